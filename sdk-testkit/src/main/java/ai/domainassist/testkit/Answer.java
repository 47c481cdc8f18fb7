package ai.domainassist.testkit;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * One scripted outcome of a model call, for {@link ScriptedModelProvider}: an answer (text, tool
 * calls, reasoning, usage), delivered whole to {@code chat} or chunk by chunk to {@code stream},
 * or a failure.
 *
 * <pre>{@code
 * Answer.text("{\"diagnosis\":\"急性支气管炎\"}").withUsage(Usage.of(120, 18))
 * Answer.stream("急性", "支气管炎")                       // two text deltas when streamed
 * Answer.toolCall("lookup_icd10", "{\"term\":\"急性支气管炎\"}")
 * Answer.failure(new RateLimitedException("slow down", ErrorDetails.of("fake", null), Duration.ofSeconds(1), null))
 * Answer.stream("半", "句").failingAfter(1, new NetworkException("reset", ErrorDetails.UNKNOWN))
 * Answer.from(request -> Answer.text("echo: " + request.messages().get(0).text()))
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return new answers. An answer queued
 * once is used once; one registered for matching requests is used for each of them.
 */
public final class Answer {
    private final List<String> chunks;
    private final List<String> reasoning;
    private final List<ToolCall> toolCalls;
    private final Usage usage;
    private final FinishReason finishReason;
    private final String model;
    private final ModelException error;
    private final int failAfter;
    private final Function<ChatRequest, Answer> dynamic;
    private final CountDownLatch pause;
    private final int pauseAfter;

    private Answer(List<String> chunks, List<String> reasoning, List<ToolCall> toolCalls, Usage usage,
                   FinishReason finishReason, String model, ModelException error, int failAfter,
                   Function<ChatRequest, Answer> dynamic, CountDownLatch pause, int pauseAfter) {
        this.chunks = List.copyOf(chunks);
        this.reasoning = List.copyOf(reasoning);
        this.toolCalls = List.copyOf(toolCalls);
        this.usage = usage;
        this.finishReason = finishReason;
        this.model = model;
        this.error = error;
        this.failAfter = failAfter;
        this.dynamic = dynamic;
        this.pause = pause;
        this.pauseAfter = pauseAfter;
    }

    private static Answer of(List<String> chunks, List<ToolCall> toolCalls) {
        return new Answer(chunks, List.of(), toolCalls, Usage.ZERO, null, null, null, 0, null, null, -1);
    }

    private Answer copy(List<String> reasoning, Usage usage, FinishReason finishReason, String model,
                        ModelException error, int failAfter, CountDownLatch pause, int pauseAfter) {
        return new Answer(chunks, reasoning, toolCalls, usage, finishReason, model, error, failAfter, dynamic, pause,
                pauseAfter);
    }

    /**
     * A text answer, streamed as one text delta.
     *
     * @param content the answer text, possibly empty
     * @return the answer
     * @throws NullPointerException if {@code content} is {@code null}
     */
    public static Answer text(String content) {
        Objects.requireNonNull(content, "content");
        return of(content.isEmpty() ? List.of() : List.of(content), List.of());
    }

    /**
     * A text answer that streams as the given chunks, one text delta each; {@code chat} gets them joined.
     *
     * @param chunks the pieces of the answer text, none empty
     * @return the answer
     * @throws IllegalArgumentException if a chunk is empty
     * @throws NullPointerException if a chunk is {@code null}
     */
    public static Answer stream(String... chunks) {
        for (String c : chunks) {
            if (Objects.requireNonNull(c, "chunk").isEmpty()) {
                throw new IllegalArgumentException("stream chunks must not be empty");
            }
        }
        return of(List.of(chunks), List.of());
    }

    /**
     * An answer that calls one tool, with id {@code call_0}; finish reason {@link FinishReason#TOOL_CALLS}.
     *
     * @param name the tool's name
     * @param argumentsJson the arguments, as the model would write them
     * @return the answer
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Answer toolCall(String name, String argumentsJson) {
        return toolCalls(List.of(new ToolCall("call_0", name, argumentsJson)));
    }

    /**
     * An answer that calls tools; finish reason {@link FinishReason#TOOL_CALLS}.
     *
     * @param calls the calls, in order
     * @return the answer
     * @throws IllegalArgumentException if there is no call
     */
    public static Answer toolCalls(List<ToolCall> calls) {
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("at least one tool call");
        }
        return of(List.of(), calls);
    }

    /**
     * Exactly this response's content, reasoning, tool calls, finish reason, usage and model.
     *
     * @param response a response
     * @return the answer
     */
    public static Answer response(ChatResponse response) {
        Answer a = of(response.content().isEmpty() ? List.of() : List.of(response.content()), response.toolCalls());
        List<String> reasoning = response.reasoningContent() == null || response.reasoningContent().isEmpty()
                ? List.of() : List.of(response.reasoningContent());
        return a.copy(reasoning, response.usage(), response.finishReason(), response.model(), null, 0, null, -1);
    }

    /**
     * A failure: {@code chat} throws it, {@code stream} delivers it as the terminal
     * {@link ai.domainassist.core.chat.StreamEvent.Failed} event before any delta.
     *
     * @param error the error, typed as a real provider would type it
     * @return the answer
     * @throws NullPointerException if {@code error} is {@code null}
     */
    public static Answer failure(ModelException error) {
        return of(List.of(), List.of()).copy(List.of(), Usage.ZERO, null, null, Objects.requireNonNull(error, "error"),
                0, null, -1);
    }

    /**
     * An answer computed from the request when it arrives, for answers that echo or depend on it.
     *
     * @param answerer computes the answer; must not return {@code null}; called on the caller's thread
     * @return the answer
     */
    public static Answer from(Function<ChatRequest, Answer> answerer) {
        Objects.requireNonNull(answerer, "answerer");
        return new Answer(List.of(), List.of(), List.of(), Usage.ZERO, null, null, null, 0, answerer, null, -1);
    }

    /**
     * @param value the usage to report (streamed as a usage event before completion)
     * @return a copy with that usage
     */
    public Answer withUsage(Usage value) {
        return copy(reasoning, Objects.requireNonNull(value, "usage"), finishReason, model, error, failAfter, pause,
                pauseAfter);
    }

    /**
     * @param chunks reasoning text (as DeepSeek-R1's {@code reasoning_content}), streamed before the answer text
     * @return a copy with that reasoning
     */
    public Answer withReasoning(String... chunks) {
        return copy(List.of(chunks), usage, finishReason, model, error, failAfter, pause, pauseAfter);
    }

    /**
     * @param reason the finish reason to report instead of the derived one (for example
     *     {@link FinishReason#LENGTH} for a truncated answer)
     * @return a copy with that finish reason
     */
    public Answer withFinishReason(FinishReason reason) {
        return copy(reasoning, usage, Objects.requireNonNull(reason, "reason"), model, error, failAfter, pause,
                pauseAfter);
    }

    /**
     * @param name the model name the response reports (by default the request's model, else {@code scripted-model})
     * @return a copy with that model
     */
    public Answer withModel(String name) {
        return copy(reasoning, usage, finishReason, Objects.requireNonNull(name, "model"), error, failAfter, pause,
                pauseAfter);
    }

    /**
     * A stream that breaks: after {@code deltas} deltas the stream fails with the error; {@code chat} throws it.
     *
     * @param deltas how many deltas are delivered first
     * @param failure the error
     * @return a copy that fails
     * @throws IllegalArgumentException if {@code deltas} is negative
     */
    public Answer failingAfter(int deltas, ModelException failure) {
        if (deltas < 0) {
            throw new IllegalArgumentException("deltas must not be negative");
        }
        return copy(reasoning, usage, finishReason, model, Objects.requireNonNull(failure, "failure"), deltas, pause,
                pauseAfter);
    }

    /**
     * A stream that stops after {@code deltas} deltas until {@code resume} is counted down (or
     * the stream is cancelled), so a test can act mid-stream, for example cancel it, without sleeping.
     *
     * @param deltas how many deltas are delivered before the pause
     * @param resume released by the test to continue
     * @return a copy that pauses
     * @throws IllegalArgumentException if {@code deltas} is negative
     */
    public Answer pausingAfter(int deltas, CountDownLatch resume) {
        if (deltas < 0) {
            throw new IllegalArgumentException("deltas must not be negative");
        }
        return copy(reasoning, usage, finishReason, model, error, failAfter, Objects.requireNonNull(resume, "resume"),
                deltas);
    }

    /** Resolves a dynamic answer for a request; others are returned as they are. */
    Answer resolve(ChatRequest request) {
        if (dynamic == null) {
            return this;
        }
        Answer a = Objects.requireNonNull(dynamic.apply(request), "Answer.from(...) returned null");
        return a.resolve(request);
    }

    /** The whole response, for {@code chat} and for the stream's completion. */
    ChatResponse toResponse(ChatRequest request, String provider, long sequence) {
        FinishReason reason = finishReason != null ? finishReason
                : toolCalls.isEmpty() ? FinishReason.STOP : FinishReason.TOOL_CALLS;
        String m = model != null ? model : request.model() != null ? request.model() : "scripted-model";
        return new ChatResponse("scripted-" + sequence, m, provider, String.join("", chunks),
                reasoning.isEmpty() ? null : String.join("", reasoning), toolCalls, reason, usage, Duration.ZERO, null);
    }

    List<String> chunks() {
        return chunks;
    }

    List<String> reasoning() {
        return reasoning;
    }

    List<ToolCall> toolCallList() {
        return toolCalls;
    }

    Usage usage() {
        return usage;
    }

    ModelException error() {
        return error;
    }

    int failAfter() {
        return failAfter;
    }

    CountDownLatch pause() {
        return pause;
    }

    int pauseAfter() {
        return pauseAfter;
    }

    @Override
    public String toString() {
        if (dynamic != null) {
            return "Answer[computed from the request]";
        }
        List<String> parts = new ArrayList<>();
        if (!chunks.isEmpty()) {
            parts.add(chunks.size() + " text chunk(s)");
        }
        if (!toolCalls.isEmpty()) {
            parts.add(toolCalls.size() + " tool call(s)");
        }
        if (error != null) {
            parts.add("failure " + error.getClass().getSimpleName() + (failAfter > 0 ? " after " + failAfter : ""));
        }
        return "Answer[" + String.join(", ", parts) + "]";
    }
}
