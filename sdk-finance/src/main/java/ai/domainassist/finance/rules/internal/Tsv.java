package ai.domainassist.finance.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated rule tables: {@code #} starts a comment line, blank lines are skipped. */
public final class Tsv {
    private Tsv() {
    }

    /**
     * Reads a table from the class path.
     *
     * @param resource the resource name under {@code ai/domainassist/finance/rules/}
     * @param minColumns the minimum number of columns per row
     * @return the rows
     * @throws IllegalStateException if the resource is missing or a row is short
     */
    public static List<String[]> resource(String resource, int minColumns) {
        String path = "/ai/domainassist/finance/rules/" + resource;
        InputStream in = Tsv.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("rule table missing from the class path: " + path);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, minColumns, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + path, e);
        }
    }

    /**
     * Reads a table.
     *
     * @param reader the text
     * @param minColumns the minimum number of columns per row
     * @param name the table's name for error messages
     * @return the rows (cells stripped)
     * @throws IOException if reading fails
     * @throws IllegalStateException if a row has fewer columns than required
     */
    public static List<String[]> read(Reader reader, int minColumns, String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = br.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < minColumns) {
                throw new IllegalStateException(name + " line " + n + ": expected " + minColumns + " columns, found "
                        + cells.length);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
