package ai.domainassist.core.chat;

import java.util.Objects;

/**
 * A function call the model asked for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the provider's id for the call, echoed back in the {@link Role#TOOL} message that
 *     carries the result; never {@code null}
 * @param name the tool's name; never {@code null}
 * @param arguments the arguments as a JSON text, exactly as the model wrote them (it may be
 *     invalid JSON: validate before use); never {@code null}, {@code "{}"} when empty
 */
public record ToolCall(String id, String name, String arguments) {
    /**
     * Checks and normalises the components.
     *
     * @param id the provider's id for the call, echoed back in the {@link Role#TOOL} message that carries the result; never {@code null}
     * @param name the tool's name; never {@code null}
     * @param arguments the arguments as a JSON text, exactly as the model wrote them (it may be invalid JSON: validate before use); never {@code null}, {@code "{}"} when empty
     * @throws NullPointerException if an argument is {@code null}
     */
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }

    /**
     * Shows the shape only (id, name, length), never the text: personal data must not
     * reach a log line.
     *
     * @return a description without any text of the conversation
     */
    @Override
    public String toString() {
        return "ToolCall[id=" + id + ", name=" + name + ", arguments=" + arguments.length() + " chars]";
    }
}
