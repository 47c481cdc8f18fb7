package ai.domainassist.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A finished review page: one self-contained HTML document (no script, font, image or request;
 * its stylesheet inline and allowed by hash), as a domain page layout writes it with a
 * {@link PageWriter}: the outpatient record page of {@code sdk-medical}, the claim assessment page
 * of {@code sdk-finance}, the normative check and draft pages of {@code sdk-gov}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReviewPage {
    private final String html;

    ReviewPage(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /** @return the HTML document, UTF-8 text starting with {@code <!DOCTYPE html>} */
    public String html() {
        return html;
    }

    /**
     * Writes the page to a file in UTF-8, replacing it if it exists.
     *
     * @param file the file, conventionally ending in {@code .html}
     * @throws IOException if the file cannot be written
     */
    public void writeTo(Path file) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /**
     * Writes the page to a writer, which should encode UTF-8 (the page declares that charset).
     * The writer is flushed, not closed.
     *
     * @param out the writer
     * @throws IOException if writing fails
     */
    public void writeTo(Writer out) throws IOException {
        out.write(html);
        out.flush();
    }

    /** Shows the length only, never the content (the page holds personal data). */
    @Override
    public String toString() {
        return "ReviewPage[" + html.length() + " chars]";
    }
}
