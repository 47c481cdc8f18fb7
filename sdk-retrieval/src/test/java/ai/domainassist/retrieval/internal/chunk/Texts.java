package ai.domainassist.retrieval.internal.chunk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the test texts under {@code src/test/resources/texts}. */
final class Texts {
    private Texts() {
    }

    static String load(String name) {
        try (InputStream in = Texts.class.getResourceAsStream("/texts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test text " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
