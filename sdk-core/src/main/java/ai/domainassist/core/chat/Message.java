package ai.domainassist.core.chat;

import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation.
 *
 * <p>Use the factories: {@link #system(String)}, {@link #user(String)}, {@link #user(List)},
 * {@link #assistant(String)}, {@link #assistant(String, List, String)} and
 * {@link #toolResult(String, String)}. Immutable and thread-safe; lists are copied.
 *
 * @param role who speaks
 * @param content the content parts (text, images); empty for an assistant message that only calls tools
 * @param toolCalls the tool calls of an {@link Role#ASSISTANT} message; empty otherwise
 * @param toolCallId the id of the call a {@link Role#TOOL} message answers; {@code null} otherwise
 * @param reasoningContent the reasoning an assistant message came with (DeepSeek-R1 / QwQ style
 *     {@code reasoning_content}, Anthropic thinking), sent back where a provider requires it;
 *     {@code null} when there was none
 */
public record Message(Role role, List<ContentPart> content, List<ToolCall> toolCalls, String toolCallId,
                      String reasoningContent) {

    /**
     * Checks and normalises the components.
     *
     * @param role who speaks
     * @param content the content parts (text, images); empty for an assistant message that only calls tools
     * @param toolCalls the tool calls of an {@link Role#ASSISTANT} message; empty otherwise
     * @param toolCallId the id of the call a {@link Role#TOOL} message answers; {@code null} otherwise
     * @param reasoningContent the reasoning an assistant message came with (DeepSeek-R1 / QwQ style {@code reasoning_content}, Anthropic thinking), sent back where a provider requires it; {@code null} when there was none
     * @throws NullPointerException if {@code role}, a list or a list element is {@code null}
     * @throws IllegalArgumentException if the parts do not fit the role: tool calls on a non-assistant
     *     message, a tool message without {@code toolCallId}, images outside user messages, or a
     *     message with neither content nor tool calls
     */
    public Message {
        Objects.requireNonNull(role, "role");
        content = List.copyOf(Objects.requireNonNull(content, "content"));
        toolCalls = List.copyOf(Objects.requireNonNull(toolCalls, "toolCalls"));
        if (!toolCalls.isEmpty() && role != Role.ASSISTANT) {
            throw new IllegalArgumentException("only assistant messages carry tool calls");
        }
        if ((role == Role.TOOL) != (toolCallId != null)) {
            throw new IllegalArgumentException("toolCallId is required on tool messages and only there");
        }
        if (role != Role.USER && content.stream().anyMatch(p -> !(p instanceof ContentPart.Text))) {
            throw new IllegalArgumentException("images are only allowed in user messages");
        }
        if (content.isEmpty() && toolCalls.isEmpty()) {
            throw new IllegalArgumentException(role + " message needs content or tool calls");
        }
        if (reasoningContent != null && role != Role.ASSISTANT) {
            throw new IllegalArgumentException("only assistant messages carry reasoning content");
        }
    }

    /**
     * A system message.
     *
     * @param text the instructions
     * @return the message
     */
    public static Message system(String text) {
        return new Message(Role.SYSTEM, List.of(ContentPart.text(text)), List.of(), null, null);
    }

    /**
     * A user message with text only.
     *
     * @param text the text
     * @return the message
     */
    public static Message user(String text) {
        return new Message(Role.USER, List.of(ContentPart.text(text)), List.of(), null, null);
    }

    /**
     * A user message with several parts, for example text and images.
     *
     * @param parts the parts, at least one
     * @return the message
     */
    public static Message user(List<ContentPart> parts) {
        return new Message(Role.USER, parts, List.of(), null, null);
    }

    /**
     * An assistant message with text only (a previous answer, for multi-turn conversations).
     *
     * @param text the text
     * @return the message
     */
    public static Message assistant(String text) {
        return new Message(Role.ASSISTANT, List.of(ContentPart.text(text)), List.of(), null, null);
    }

    /**
     * An assistant message as the model sent it: text (may be {@code null} or empty), tool calls
     * and reasoning.
     *
     * @param text the text, or {@code null}
     * @param toolCalls the tool calls, possibly empty
     * @param reasoningContent the reasoning, or {@code null}
     * @return the message
     */
    public static Message assistant(String text, List<ToolCall> toolCalls, String reasoningContent) {
        List<ContentPart> parts = text == null || text.isEmpty() ? List.of() : List.of(ContentPart.text(text));
        return new Message(Role.ASSISTANT, parts, toolCalls, null, reasoningContent);
    }

    /**
     * The result of a tool call, sent back to the model.
     *
     * @param toolCallId the id of the {@link ToolCall} this answers
     * @param result the result, usually JSON text
     * @return the message
     */
    public static Message toolResult(String toolCallId, String result) {
        return new Message(Role.TOOL, List.of(ContentPart.text(result)), List.of(), toolCallId, null);
    }

    /**
     * The text parts joined, without images.
     *
     * @return the text, empty when there is none
     */
    public String text() {
        if (content.size() == 1 && content.get(0) instanceof ContentPart.Text only) {
            return only.text(); // the common case, without copying the text
        }
        StringBuilder text = new StringBuilder();
        for (ContentPart p : content) {
            if (p instanceof ContentPart.Text t) {
                text.append(t.text());
            }
        }
        return text.toString();
    }

    /**
     * Shows the shape only (role, counts, tool names), never the text: personal data must not
     * reach a log line.
     *
     * @return a description without any text of the conversation
     */
    @Override
    public String toString() {
        return "Message[role=" + role + ", parts=" + content.size() + " (" + text().length() + " chars), toolCalls="
                + toolCalls.stream().map(ToolCall::name).toList() + ", toolCallId=" + toolCallId
                + (reasoningContent == null ? "" : ", reasoning=" + reasoningContent.length() + " chars") + "]";
    }
}
