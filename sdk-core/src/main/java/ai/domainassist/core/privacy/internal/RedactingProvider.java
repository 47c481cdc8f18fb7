package ai.domainassist.core.privacy.internal;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.internal.ForwardingProvider;
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.privacy.Redaction;
import ai.domainassist.core.privacy.Redactor;
import ai.domainassist.core.privacy.StreamRestorer;
import ai.domainassist.core.provider.ModelProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The redaction decorator: replaces personal data with placeholders before a request goes on
 * (so caches, logs, audit records and providers below only ever see placeholders) and restores
 * the originals in the answer, including stream deltas (a placeholder split across deltas is
 * held back until complete) and tool-call arguments. Each call gets its own {@link Redaction}.
 *
 * <p>Embedding inputs are redacted too unless turned off ({@link #wrap(ModelProvider, Redactor, boolean)}):
 * they leave the process just as prompts do. Thread-safe.
 */
public final class RedactingProvider extends ForwardingProvider {
    private final Redactor redactor;
    private final boolean redactEmbeddings;

    private RedactingProvider(ModelProvider next, Redactor redactor, boolean redactEmbeddings) {
        super(next);
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.redactEmbeddings = redactEmbeddings;
    }

    /**
     * Wraps a provider, redacting chat and embedding requests.
     *
     * @param next the provider below
     * @param redactor what to find
     * @return the decorated provider
     */
    public static RedactingProvider wrap(ModelProvider next, Redactor redactor) {
        return new RedactingProvider(next, redactor, true);
    }

    /**
     * Wraps a provider.
     *
     * @param next the provider below
     * @param redactor what to find
     * @param redactEmbeddings whether embedding inputs are redacted too
     * @return the decorated provider
     */
    public static RedactingProvider wrap(ModelProvider next, Redactor redactor, boolean redactEmbeddings) {
        return new RedactingProvider(next, redactor, redactEmbeddings);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Redaction redaction = redactor.newRedaction(request.options().privateTerms());
        ChatRequest redacted = redaction.redact(request);
        return redaction.restore(next.chat(redacted), request.responseFormat());
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        if (!redactEmbeddings) {
            return next.embed(request);
        }
        Redaction redaction = redactor.newRedaction(List.of());
        List<String> inputs = new ArrayList<>(request.inputs().size());
        request.inputs().forEach(in -> inputs.add(redaction.redact(in)));
        return next.embed(new EmbeddingRequest(request.model(), inputs, request.dimensions(), request.extraParameters()));
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        Redaction redaction = redactor.newRedaction(request.options().privateTerms());
        ChatRequest redacted = redaction.redact(request);
        if (redaction.isEmpty()) {
            return next.stream(redacted, handler);
        }
        boolean jsonAnswer = request.responseFormat() != null
                && request.responseFormat().type() != ResponseFormat.Type.TEXT;
        StreamRestorer restorer = redaction.newStreamRestorer();
        // the relay's completion future must carry the restored answer, not the one from below
        RelayStreamHandle relay = new RelayStreamHandle(handler, ErrorDetails.of(next.name(), request.model()));
        StreamHandler out = relay::deliver;
        StreamHandler restoring = event -> {
            if (event instanceof StreamEvent.TextDelta t) {
                emitText(out, restorer.push("text", t.text(), jsonAnswer), false);
            } else if (event instanceof StreamEvent.ReasoningDelta r) {
                emitText(out, restorer.push("reasoning", r.text(), false), true);
            } else if (event instanceof StreamEvent.ToolCallDelta d) {
                out.onEvent(new StreamEvent.ToolCallDelta(d.index(), d.id(), d.name(),
                        restorer.push("tool:" + d.index(), d.argumentsDelta(), true)));
            } else if (event instanceof StreamEvent.Completed c) {
                flushAll(out, restorer, jsonAnswer);
                out.onEvent(new StreamEvent.Completed(redaction.restore(c.response(), request.responseFormat())));
            } else if (event instanceof StreamEvent.Failed) {
                flushAll(out, restorer, jsonAnswer);
                out.onEvent(event);
            } else {
                out.onEvent(event);
            }
        };
        relay.attach(0, next.stream(redacted, restoring));
        return relay;
    }

    private static void emitText(StreamHandler handler, String text, boolean reasoning) {
        if (!text.isEmpty()) {
            handler.onEvent(reasoning ? new StreamEvent.ReasoningDelta(text) : new StreamEvent.TextDelta(text));
        }
    }

    private static void flushAll(StreamHandler handler, StreamRestorer restorer, boolean jsonAnswer) {
        for (String channel : new TreeSet<>(restorer.channelsWithPending())) {
            if (channel.equals("text")) {
                emitText(handler, restorer.flush(channel, jsonAnswer), false);
            } else if (channel.equals("reasoning")) {
                emitText(handler, restorer.flush(channel, false), true);
            } else {
                int index = Integer.parseInt(channel.substring("tool:".length()));
                handler.onEvent(new StreamEvent.ToolCallDelta(index, null, null, restorer.flush(channel, true)));
            }
        }
    }
}
