package ai.domainassist.gov.library.internal;

import ai.domainassist.gov.library.UnsupportedFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plain text from the file formats the library reads itself: .txt, .md and .html. Stateless.
 */
public final class TextExtraction {
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|h[1-6]|li|tr|table|section|article)[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");

    private TextExtraction() {
    }

    /**
     * Reads a file's text.
     *
     * @param file the file
     * @return its plain text, one paragraph a line
     * @throws UnsupportedFormatException if the extension is not .txt, .md, .markdown, .html or .htm
     * @throws UncheckedIOException if it cannot be read
     */
    public static String read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (name.endsWith(".txt")) {
            return raw;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return markdown(raw);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return html(raw);
        }
        throw new UnsupportedFormatException("cannot read " + file.getFileName()
                + ": supported formats are .txt, .md, .html (and .docx, .pdf through sdk-retrieval ingestion)");
    }

    /**
     * @param md Markdown text
     * @return the text without heading marks, emphasis and quote marks
     */
    public static String markdown(String md) {
        StringBuilder sb = new StringBuilder();
        for (String line : md.split("\n", -1)) {
            String l = line.replaceFirst("^\\s{0,3}(#{1,6}|>|[-*+])\\s+", "");
            l = l.replace("**", "").replace("__", "");
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    /**
     * @param html HTML text
     * @return its text, block elements on lines of their own
     */
    public static String html(String html) {
        String s = SCRIPT.matcher(html).replaceAll("");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return s.replaceAll("\n[ \t]*\n+", "\n");
    }
}
