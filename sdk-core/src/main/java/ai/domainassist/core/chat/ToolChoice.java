package ai.domainassist.core.chat;

import java.util.Objects;

/**
 * Whether and which tool the model must call.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode the kind of choice
 * @param toolName the tool that must be called when {@code mode} is {@link Mode#NAMED}, else {@code null}
 */
public record ToolChoice(Mode mode, String toolName) {

    /** The kinds of tool choice. */
    public enum Mode {
        /** The model decides (the providers' default). */
        AUTO,
        /** The model must not call a tool. */
        NONE,
        /** The model must call some tool. */
        REQUIRED,
        /** The model must call the named tool. */
        NAMED
    }

    /** The model decides. */
    public static final ToolChoice AUTO = new ToolChoice(Mode.AUTO, null);
    /** No tool call. */
    public static final ToolChoice NONE = new ToolChoice(Mode.NONE, null);
    /** Some tool call is required. */
    public static final ToolChoice REQUIRED = new ToolChoice(Mode.REQUIRED, null);

    /**
     * Checks and normalises the components.
     *
     * @param mode the kind of choice
     * @param toolName the tool that must be called when {@code mode} is {@link Mode#NAMED}, else {@code null}
     * @throws NullPointerException if {@code mode} is {@code null}
     * @throws IllegalArgumentException if a name is missing for {@link Mode#NAMED} or given otherwise
     */
    public ToolChoice {
        Objects.requireNonNull(mode, "mode");
        if ((mode == Mode.NAMED) != (toolName != null)) {
            throw new IllegalArgumentException("toolName is required for NAMED and only for NAMED");
        }
    }

    /**
     * The model must call this tool.
     *
     * @param toolName the tool's name
     * @return the choice
     */
    public static ToolChoice named(String toolName) {
        return new ToolChoice(Mode.NAMED, Objects.requireNonNull(toolName, "toolName"));
    }
}
