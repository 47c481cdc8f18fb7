package ai.domainassist.medical.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the module's data files: UTF-8, tab-separated, {@code #} starts a comment line, blank
 * lines ignored. Every shipped file starts with a comment header saying where its content comes
 * from; {@link #resource(String)} refuses a file without one, so no rule table ships unattributed.
 *
 * <p>Stateless and thread-safe.
 */
public final class DataFile {
    /** The folder of the module's resources. */
    public static final String BASE = "/ai/domainassist/medical/";

    private DataFile() {
    }

    /**
     * One non-comment line, split at tabs (trailing empty columns kept as empty strings).
     *
     * @param line the line number, from 1
     * @param columns the columns, stripped
     */
    public record Row(int line, List<String> columns) {
        /**
         * A column, or empty when the row is shorter.
         *
         * @param i the column, from 0
         * @return its text
         */
        public String col(int i) {
            return i < columns.size() ? columns.get(i) : "";
        }
    }

    /**
     * Reads a shipped resource under {@link #BASE}.
     *
     * @param name the path below the base, for example {@code lexicon/symptoms.tsv}
     * @return the rows
     * @throws IllegalStateException if it is missing or has no comment header
     */
    public static List<Row> resource(String name) {
        try (InputStream in = DataFile.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name);
            }
            List<Row> rows = new ArrayList<>();
            boolean header = read(new InputStreamReader(in, StandardCharsets.UTF_8), rows);
            if (!header) {
                throw new IllegalStateException("data file " + name + " has no source header comment");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }

    /**
     * Reads a shipped resource as plain text (a prompt template).
     *
     * @param name the path below the base
     * @return the text
     * @throws IllegalStateException if it is missing
     */
    public static String text(String name) {
        try (InputStream in = DataFile.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }

    /**
     * Reads a user's file (a header is welcome but not required).
     *
     * @param path the file
     * @return the rows
     * @throws UncheckedIOException if it cannot be read
     */
    public static List<Row> file(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>();
            read(r, rows);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.getFileName(), e);
        }
    }

    private static boolean read(Reader reader, List<Row> rows) throws IOException {
        BufferedReader br = new BufferedReader(reader);
        boolean header = false;
        String line;
        int n = 0;
        while ((line = br.readLine()) != null) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            String s = line.strip();
            if (s.startsWith("#")) {
                header |= rows.isEmpty();
                continue;
            }
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            List<String> cols = new ArrayList<>(parts.length);
            for (String p : parts) {
                cols.add(p.strip());
            }
            rows.add(new Row(n, List.copyOf(cols)));
        }
        return header;
    }
}
