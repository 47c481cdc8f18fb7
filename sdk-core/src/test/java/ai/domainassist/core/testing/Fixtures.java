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

    /**
     * Turns off the pipeline decorators that change what reaches the wire (redaction, cache) or
     * how often (retry, circuit breaker, bulkhead), so adapter tests see exactly one HTTP exchange
     * per call with the request as written. The pipeline's own tests live in the decorators' packages.
     *
     * @param b a builder
     * @return the same builder
     */
    public static ai.domainassist.core.ModelClientBuilder adapterOnly(ai.domainassist.core.ModelClientBuilder b) {
        return b.redactor(null).cache(null).retry(null).circuitBreaker(null).bulkhead(null);
    }
}
