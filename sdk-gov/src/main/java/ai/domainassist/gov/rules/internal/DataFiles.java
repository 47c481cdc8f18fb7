package ai.domainassist.gov.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the module's data files: UTF-8 text, one entry a line, {@code #} starts a comment line,
 * blank lines ignored. Stateless and thread-safe.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /**
     * The data lines of a resource of this module.
     *
     * @param resource the resource path relative to {@code ai/domainassist/gov/}
     * @return the lines, without comments and blank lines, trailing whitespace trimmed
     * @throws IllegalStateException if the resource is missing (a packaging error)
     * @throws UncheckedIOException if it cannot be read
     */
    public static List<String> lines(String resource) {
        String path = "/ai/domainassist/gov/" + resource;
        InputStream in = DataFiles.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing data file " + path);
        }
        try (in) {
            return lines(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * The data lines of a stream (not closed).
     *
     * @param in the stream, UTF-8
     * @return the lines without comments and blank lines
     * @throws IOException if it cannot be read
     */
    public static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String t = line.stripTrailing();
            if (t.isBlank() || t.startsWith("#")) {
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
