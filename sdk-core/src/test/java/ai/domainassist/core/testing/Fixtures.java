package ai.domainassist.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the wire fixtures under {@code src/test/resources/wire} (see SOURCES.md there). */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * @param path a path under {@code wire/}, for example {@code openai/chat.json}
     * @return the file's text
     */
    public static String wire(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/wire/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture wire/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
