package ai.domainassist.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded HTTP response, read from a {@code .http} resource: comment lines starting with
 * {@code #} (where the recording comes from), the status line ({@code HTTP/1.1 200 OK}), header
 * lines, one empty line, then the body, verbatim to the end of the file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the HTTP status code
 * @param reason the reason phrase
 * @param headers the headers, in file order
 * @param body the body
 */
public record RecordingFile(int status, String reason, List<Map.Entry<String, String>> headers, String body) {

    /** Copies the headers. */
    public RecordingFile {
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /**
     * Reads a recording from the class path.
     *
     * @param resource the resource's absolute name
     * @return the recording
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static RecordingFile load(String resource) {
        try (InputStream in = RecordingFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing recording " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + resource, e);
        }
    }

    /**
     * Parses a recording.
     *
     * @param text the file's text
     * @param name the file's name, for error messages
     * @return the recording
     * @throws IllegalStateException if the text is not a recording
     */
    public static RecordingFile parse(String text, String name) {
        int pos = 0;
        String statusLine = null;
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                throw new IllegalStateException(name + ": no empty line between the headers and the body");
            }
            String line = text.substring(pos, nl);
            pos = nl + 1;
            if (statusLine == null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                statusLine = line;
            } else if (line.isEmpty()) {
                String[] parts = statusLine.split(" ", 3);
                if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
                    throw new IllegalStateException(name + ": bad status line '" + statusLine + "'");
                }
                return new RecordingFile(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "", headers,
                        text.substring(pos));
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException(name + ": bad header line '" + line + "'");
                }
                headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
            }
        }
        throw new IllegalStateException(name + ": no status line");
    }
}
