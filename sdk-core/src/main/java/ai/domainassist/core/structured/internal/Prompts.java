package ai.domainassist.core.structured.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The prompt texts of structured output, read once from {@code src/main/resources} (lines starting
 * with {@code #} are comments).
 */
public final class Prompts {
    /** The system-prompt addition that carries the schema; {@code {schema}} is replaced. */
    public static final String SCHEMA_INSTRUCTION = load("schema-instruction.txt");
    /** The re-ask message; {@code {errors}} is replaced. */
    public static final String REASK = load("reask.txt");
    /** The description of the forced tool. */
    public static final String TOOL_DESCRIPTION = load("tool-description.txt");

    private Prompts() {
    }

    private static String load(String name) {
        String path = "/ai/domainassist/core/structured/" + name;
        try (InputStream in = Prompts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#"))
                    .collect(Collectors.joining("\n")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
