package ai.domainassist.core.chat;

/** Who speaks a {@link Message}. */
public enum Role {
    /** Instructions that frame the conversation. */
    SYSTEM,
    /** The end user or the calling application. */
    USER,
    /** The model. */
    ASSISTANT,
    /** The result of a tool call, sent back to the model. */
    TOOL
}
