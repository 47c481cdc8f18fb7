package ai.domainassist.core.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional-to-simplified folding of single characters, read once from the data file
 * {@code ai/domainassist/core/text/traditional-to-simplified.txt} (derived from OpenCC, see its
 * header). One character maps to one character, so folding keeps offsets.
 *
 * <p>Thread-safe: the table is built once, on first use, and never changes.
 */
public final class CharacterVariants {
    private static final String RESOURCE = "/ai/domainassist/core/text/traditional-to-simplified.txt";
    private static final char[] TABLE = load();

    private CharacterVariants() {
    }

    /**
     * @param c a character
     * @return its simplified form, or {@code c} itself when it has none
     */
    public static char toSimplified(char c) {
        char s = TABLE[c];
        return s == 0 ? c : s;
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        try (InputStream in = CharacterVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.length() != 3 || line.charAt(1) != '\t') {
                    throw new IllegalStateException(RESOURCE + " line " + n + " is not CHAR<TAB>CHAR");
                }
                table[line.charAt(0)] = line.charAt(2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return table;
    }
}
