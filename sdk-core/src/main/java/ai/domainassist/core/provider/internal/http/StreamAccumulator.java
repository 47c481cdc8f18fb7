package ai.domainassist.core.provider.internal.http;

import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Folds the pieces of a streamed answer, whatever protocol sent them, into the events the caller
 * sees and into the final {@link ChatResponse}. Only this class knows how deltas combine; the
 * protocol decoders only say what arrived.
 *
 * <p>Tolerant of what vendors really send: tool-call deltas are keyed by index (or, when a vendor
 * leaves the index out, by id, else they extend the last call); an id repeated in every chunk
 * (DeepSeek, Qwen) or a name repeated whole is recognised and not doubled; names and arguments
 * split over chunks are concatenated; several calls in one chunk are fine; usage may come in the
 * last chunk, in every chunk (the latest wins) or not at all (then it is zero).
 *
 * <p>Not thread-safe: one accumulator per stream, fed from the stream's reader thread.
 */
public final class StreamAccumulator {
    private final Consumer<StreamEvent> out;
    private final StringBuilder content = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final Map<Integer, PendingCall> calls = new TreeMap<>();
    private Integer lastIndex;
    private Usage usage;
    private String finishReason;
    private String id;
    private String model;
    private boolean done;

    /** @param out receives the events to deliver, in order */
    public StreamAccumulator(Consumer<StreamEvent> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** @param responseId the response id, kept when first seen */
    public void id(String responseId) {
        if (id == null && responseId != null && !responseId.isEmpty()) {
            id = responseId;
        }
    }

    /** @param responseModel the model that answers, kept when first seen */
    public void model(String responseModel) {
        if (model == null && responseModel != null && !responseModel.isEmpty()) {
            model = responseModel;
        }
    }

    /** @param text a piece of answer text; empty pieces are dropped */
    public void text(String text) {
        if (text != null && !text.isEmpty()) {
            content.append(text);
            out.accept(new StreamEvent.TextDelta(text));
        }
    }

    /** @param text a piece of reasoning; empty pieces are dropped */
    public void reasoning(String text) {
        if (text != null && !text.isEmpty()) {
            reasoning.append(text);
            out.accept(new StreamEvent.ReasoningDelta(text));
        }
    }

    /**
     * A piece of a tool call.
     *
     * @param index the call's index, or {@code null} when the vendor sent none
     * @param callId the call's id if present in this piece (possibly repeated), else {@code null}
     * @param name the tool name or a piece of it, else {@code null}
     * @param arguments a piece of the arguments JSON, else {@code null}
     */
    public void toolCall(Integer index, String callId, String name, String arguments) {
        int key = resolveIndex(index, callId);
        PendingCall call = calls.computeIfAbsent(key, k -> new PendingCall());
        lastIndex = key;
        String newId = null;
        if (callId != null && !callId.isEmpty() && call.id == null) {
            call.id = callId;
            newId = callId;
        }
        String newName = null;
        if (name != null && !name.isEmpty() && !name.equals(call.name.toString())) {
            call.name.append(name);
            newName = name;
        }
        String args = arguments == null ? "" : arguments;
        call.arguments.append(args);
        if (newId != null || newName != null || !args.isEmpty()) {
            out.accept(new StreamEvent.ToolCallDelta(key, newId, newName, args));
        }
    }

    /** @param reported usage as reported so far; replaces what was reported before */
    public void usage(Usage reported) {
        if (reported != null) {
            usage = reported;
            out.accept(new StreamEvent.UsageUpdate(reported));
        }
    }

    /** @return the usage reported so far, or {@code null} */
    public Usage usage() {
        return usage;
    }

    /** @param reason the provider's finish or stop reason, kept when not {@code null} */
    public void finishReason(String reason) {
        if (reason != null && !reason.isEmpty()) {
            finishReason = reason;
        }
    }

    /** Records that the protocol's terminator arrived. */
    public void done() {
        done = true;
    }

    /** @return whether the terminator arrived */
    public boolean isDone() {
        return done;
    }

    /**
     * Builds the whole answer.
     *
     * @param provider the provider's name
     * @param latency the time from sending to the terminator
     * @param requestId the request id from the response headers, or {@code null}
     * @return the response
     * @throws IllegalStateException if a tool call never got a name
     */
    public ChatResponse build(String provider, Duration latency, String requestId) {
        List<ToolCall> toolCalls = new ArrayList<>();
        for (Map.Entry<Integer, PendingCall> e : calls.entrySet()) {
            PendingCall c = e.getValue();
            if (c.name.length() == 0) {
                throw new IllegalStateException("tool call " + e.getKey() + " has no name");
            }
            String args = c.arguments.toString();
            toolCalls.add(new ToolCall(c.id != null ? c.id : "call_" + e.getKey(), c.name.toString(),
                    args.isBlank() ? "{}" : args));
        }
        FinishReason reason = FinishReason.fromProvider(finishReason);
        if (finishReason == null && !toolCalls.isEmpty()) {
            reason = FinishReason.TOOL_CALLS;
        }
        return new ChatResponse(id, model, provider, content.toString(),
                reasoning.length() == 0 ? null : reasoning.toString(), toolCalls, reason,
                usage == null ? Usage.ZERO : usage, latency, requestId);
    }

    private int resolveIndex(Integer index, String callId) {
        if (index != null && index >= 0) {
            return index;
        }
        if (callId != null && !callId.isEmpty()) {
            for (Map.Entry<Integer, PendingCall> e : calls.entrySet()) {
                if (callId.equals(e.getValue().id)) {
                    return e.getKey();
                }
            }
            return calls.isEmpty() ? 0 : ((TreeMap<Integer, PendingCall>) calls).lastKey() + 1;
        }
        return lastIndex != null ? lastIndex : 0;
    }

    private static final class PendingCall {
        String id;
        final StringBuilder name = new StringBuilder();
        final StringBuilder arguments = new StringBuilder();
    }
}
