package ai.domainassist.gov.llm.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The prompt templates under {@code prompts/}: the leading comment lines (starting with #) are the
 * file's header and are not sent; {@code {name}} placeholders are filled. Stateless.
 */
public final class Prompts {
    private Prompts() {
    }

    /**
     * Loads a template.
     *
     * @param name the file name under {@code prompts/}, for example {@code draft-body-v1.txt}
     * @return the template without its header
     * @throws IllegalStateException if the file is missing (a packaging error)
     */
    public static String load(String name) {
        String path = "/ai/domainassist/gov/prompts/" + name;
        try (InputStream in = Prompts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing prompt " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder();
            boolean header = true;
            for (String line : text.split("\n", -1)) {
                if (header && line.startsWith("#")) {
                    continue;
                }
                header = false;
                sb.append(line).append('\n');
            }
            return sb.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Fills a template.
     *
     * @param template the template
     * @param values placeholder name to value
     * @return the prompt
     */
    public static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
