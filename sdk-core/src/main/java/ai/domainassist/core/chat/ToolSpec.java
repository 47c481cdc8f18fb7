package ai.domainassist.core.chat;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A function the model may call.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the function name: letters, digits, underscore and hyphen, 1 to 64 characters
 * @param description what the function does, for the model; may be empty
 * @param parametersSchema the JSON schema of the arguments object, as JSON text
 *     (for example {@code {"type":"object","properties":{...},"required":[...]}})
 */
public record ToolSpec(String name, String description, String parametersSchema) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * Checks and normalises the components.
     *
     * @param name the function name: letters, digits, underscore and hyphen, 1 to 64 characters
     * @param description what the function does, for the model; may be empty
     * @param parametersSchema the JSON schema of the arguments object, as JSON text (for example {@code {"type":"object","properties":{...},"required":[...]}})
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the name is not valid or the schema does not look like a
     *     JSON object
     */
    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parametersSchema, "parametersSchema");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool name must match [A-Za-z0-9_-]{1,64}, was '" + name + "'");
        }
        if (!parametersSchema.strip().startsWith("{")) {
            throw new IllegalArgumentException("parametersSchema of tool '" + name + "' must be a JSON object");
        }
    }
}
