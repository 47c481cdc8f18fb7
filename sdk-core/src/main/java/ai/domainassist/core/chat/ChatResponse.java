package ai.domainassist.core.chat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A model's answer to a {@link ChatRequest}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the provider's response id, or {@code null} if it sent none
 * @param model the model that answered, as the provider reported it
 * @param provider the name of the provider that answered (after failover, the one that succeeded)
 * @param content the answer text; empty (never {@code null}) when the model only called tools
 * @param reasoningContent the reasoning the model returned (DeepSeek-R1/QwQ {@code reasoning_content},
 *     Anthropic thinking), or {@code null}
 * @param toolCalls the tool calls the model asked for, in order
 * @param finishReason why the model stopped
 * @param usage the tokens used
 * @param latency the time from sending the request to the complete answer
 * @param requestId the provider's request id from its response headers, or {@code null}
 */
public record ChatResponse(String id, String model, String provider, String content, String reasoningContent,
                           List<ToolCall> toolCalls, FinishReason finishReason, Usage usage, Duration latency,
                           String requestId) {

    /**
     * Checks and normalises the components.
     *
     * @param id the provider's response id, or {@code null} if it sent none
     * @param model the model that answered, as the provider reported it
     * @param provider the name of the provider that answered (after failover, the one that succeeded)
     * @param content the answer text; empty (never {@code null}) when the model only called tools
     * @param reasoningContent the reasoning the model returned (DeepSeek-R1/QwQ {@code reasoning_content}, Anthropic thinking), or {@code null}
     * @param toolCalls the tool calls the model asked for, in order
     * @param finishReason why the model stopped
     * @param usage the tokens used
     * @param latency the time from sending the request to the complete answer
     * @param requestId the provider's request id from its response headers, or {@code null}
     * @throws NullPointerException if a required component is {@code null}
     */
    public ChatResponse {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(content, "content");
        toolCalls = List.copyOf(Objects.requireNonNull(toolCalls, "toolCalls"));
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(latency, "latency");
    }

    /** @return whether the model asked for at least one tool call */
    public boolean hasToolCalls() {
        return !toolCalls.isEmpty();
    }

    /** @return whether the answer was cut off by the token limit */
    public boolean truncated() {
        return finishReason == FinishReason.LENGTH;
    }

    /**
     * This answer as an assistant message, to append to the conversation for the next turn
     * (tool results, follow-up questions). Reasoning content is kept, because some providers
     * (DeepSeek thinking mode) require it back on tool-call turns.
     *
     * @return the assistant message
     */
    public Message toMessage() {
        return Message.assistant(content, toolCalls, reasoningContent);
    }

    /**
     * A copy that says another provider answered (used by the failover router) and with another latency.
     *
     * @param providerName the provider's name
     * @param totalLatency the latency to report
     * @return the copy
     */
    public ChatResponse withProvider(String providerName, Duration totalLatency) {
        return new ChatResponse(id, model, providerName, content, reasoningContent, toolCalls, finishReason, usage,
                totalLatency, requestId);
    }

    /**
     * A copy with other content and tool calls (used by the redactor to restore personal data).
     *
     * @param newContent the content
     * @param newReasoning the reasoning content, or {@code null}
     * @param newToolCalls the tool calls
     * @return the copy
     */
    public ChatResponse withContent(String newContent, String newReasoning, List<ToolCall> newToolCalls) {
        return new ChatResponse(id, model, provider, newContent, newReasoning, newToolCalls, finishReason, usage,
                latency, requestId);
    }

    /**
     * Shows the shape only (ids, lengths, tool names, usage), never the text: personal data must not
     * reach a log line.
     *
     * @return a description without any text of the conversation
     */
    @Override
    public String toString() {
        String reasoning = reasoningContent == null ? "none" : reasoningContent.length() + " chars";
        return "ChatResponse[id=" + id + ", model=" + model + ", provider=" + provider + ", content="
                + content.length() + " chars, reasoning=" + reasoning + ", toolCalls="
                + toolCalls.stream().map(ToolCall::name).toList() + ", finishReason="
                + finishReason + ", usage=" + usage + ", latency=" + latency + ", requestId=" + requestId + "]";
    }
}
