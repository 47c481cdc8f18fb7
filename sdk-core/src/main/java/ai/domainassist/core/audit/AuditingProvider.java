package ai.domainassist.core.audit;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit decorator: writes one {@link AuditRecord} per provider call attempt to an
 * {@link AuditSink}. It sits right above the provider adapter, below retry, so every attempt is
 * recorded. A sink that throws is logged at warn (error type only) and never fails the call.
 *
 * <p>Attempts are told apart by the request object: retry and failover pass the same request
 * again, so the n-th time one request object reaches this provider is attempt n; the call id is
 * shared by every {@code AuditingProvider} built over the same {@link Tracker} (the client builder
 * gives all providers of a client one tracker, so a failover keeps the call id). Thread-safe.
 */
public final class AuditingProvider implements ModelProvider {
    private static final Logger LOG = LoggerFactory.getLogger(AuditingProvider.class);
    private final ModelProvider next;
    private final AuditSink sink;
    private final Tracker tracker;
    private final Clock clock;

    /**
     * Remembers call ids and attempt counts per request object (weakly: entries go with their requests).
     * Thread-safe.
     */
    public static final class Tracker {
        private final Cache<Object, CallState> calls = Caffeine.newBuilder().weakKeys().executor(Runnable::run).build();

        /** Creates an empty tracker. */
        public Tracker() {
        }

        private CallState state(Object request) {
            return calls.get(request, k -> new CallState(UUID.randomUUID().toString()));
        }

        String callId(Object request) {
            return state(request).callId;
        }

        int nextAttempt(Object request, String provider) {
            return state(request).attempts.computeIfAbsent(provider, p -> new AtomicInteger()).incrementAndGet();
        }

        private static final class CallState {
            final String callId;
            final java.util.concurrent.ConcurrentHashMap<String, AtomicInteger> attempts =
                    new java.util.concurrent.ConcurrentHashMap<>();

            CallState(String callId) {
                this.callId = callId;
            }
        }
    }

    private AuditingProvider(ModelProvider next, AuditSink sink, Tracker tracker, Clock clock) {
        this.next = Objects.requireNonNull(next, "next");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Wraps a provider.
     *
     * @param next the provider adapter
     * @param sink where records go
     * @param tracker call ids and attempt counts, shared by the providers of one client
     * @param clock the clock that stamps and times records
     * @return the decorated provider
     */
    public static AuditingProvider wrap(ModelProvider next, AuditSink sink, Tracker tracker, Clock clock) {
        return new AuditingProvider(next, sink, tracker, clock);
    }

    @Override
    public String name() {
        return next.name();
    }

    @Override
    public ProviderCapabilities capabilities() {
        return next.capabilities();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Instant start = clock.instant();
        String callId = tracker.callId(request);
        int attempt = tracker.nextAttempt(request, next.name());
        try {
            ChatResponse r = next.chat(request);
            write(success(start, callId, attempt, "chat", request, r));
            return r;
        } catch (ModelException e) {
            write(failure(start, callId, attempt, "chat", request.model(), request.task(), hash(request), e));
            throw e;
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        Instant start = clock.instant();
        String callId = tracker.callId(request);
        int attempt = tracker.nextAttempt(request, next.name());
        String promptHash = sha256(String.join("\u0000", request.inputs()));
        try {
            EmbeddingResponse r = next.embed(request);
            Usage u = r.usage();
            write(new AuditRecord(start, callId, attempt, next.name(), r.model() != null ? r.model() : request.model(),
                    "embeddings", null, u.promptTokens(), u.completionTokens(), u.totalTokens(), u.cachedPromptTokens(),
                    Duration.between(start, clock.instant()), AuditRecord.Outcome.SUCCESS, null, 0, promptHash,
                    sha256(Integer.toString(r.size()))));
            return r;
        } catch (ModelException e) {
            write(failure(start, callId, attempt, "embeddings", request.model(), null, promptHash, e));
            throw e;
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        Instant start = clock.instant();
        String callId = tracker.callId(request);
        int attempt = tracker.nextAttempt(request, next.name());
        AtomicReference<StreamHandle> handle = new AtomicReference<>();
        StreamHandler auditing = event -> {
            if (event instanceof StreamEvent.Completed c) {
                write(success(start, callId, attempt, "stream", request, c.response()));
            } else if (event instanceof StreamEvent.Failed f) {
                StreamHandle h = handle.get();
                AuditRecord r = failure(start, callId, attempt, "stream", request.model(), request.task(), hash(request),
                        f.error());
                if (h != null && h.isCancelled()) {
                    r = new AuditRecord(r.time(), r.callId(), r.attempt(), r.provider(), r.model(), r.operation(),
                            r.task(), 0, 0, 0, 0, r.latency(), AuditRecord.Outcome.CANCELLED, r.errorType(), 0,
                            r.promptSha256(), null);
                }
                write(r);
            }
            handler.onEvent(event);
        };
        StreamHandle h = next.stream(request, auditing);
        handle.set(h);
        return h;
    }

    private AuditRecord success(Instant start, String callId, int attempt, String op, ChatRequest request,
                                ChatResponse r) {
        Usage u = r.usage();
        return new AuditRecord(start, callId, attempt, next.name(), r.model() != null ? r.model() : request.model(), op,
                request.task(), u.promptTokens(), u.completionTokens(), u.totalTokens(), u.cachedPromptTokens(),
                Duration.between(start, clock.instant()), AuditRecord.Outcome.SUCCESS, null, 0, hash(request),
                hashAnswer(r));
    }

    private AuditRecord failure(Instant start, String callId, int attempt, String op, String model, String task,
                                String promptHash, ModelException e) {
        return new AuditRecord(start, callId, attempt, next.name(), model, op, task, 0, 0, 0, 0,
                Duration.between(start, clock.instant()), AuditRecord.Outcome.FAILURE, e.getClass().getSimpleName(),
                e.httpStatus().orElse(0), promptHash, null);
    }

    private void write(AuditRecord record) {
        try {
            sink.write(record);
        } catch (RuntimeException e) {
            LOG.warn("audit sink {} failed ({}); the model call goes on", sink.getClass().getSimpleName(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * The hash of a request as sent: model, messages (role, text, tool calls), tools and format.
     *
     * @param request the request (already redacted)
     * @return SHA-256 hex
     */
    static String hash(ChatRequest request) {
        StringBuilder sb = new StringBuilder();
        sb.append(request.model()).append('\u0000');
        for (Message m : request.messages()) {
            sb.append(m.role()).append('\u0001').append(m.text()).append('\u0001');
            for (ToolCall c : m.toolCalls()) {
                sb.append(c.name()).append('\u0002').append(c.arguments()).append('\u0002');
            }
            sb.append(m.toolCallId()).append('\u0000');
        }
        List<ToolSpec> tools = request.tools();
        for (ToolSpec t : tools) {
            sb.append(t.name()).append('\u0003').append(t.parametersSchema()).append('\u0003');
        }
        sb.append(request.responseFormat());
        return sha256(sb.toString());
    }

    private static String hashAnswer(ChatResponse r) {
        StringBuilder sb = new StringBuilder(r.content());
        for (ToolCall c : r.toolCalls()) {
            sb.append('\u0000').append(c.name()).append('\u0001').append(c.arguments());
        }
        return sha256(sb.toString());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public void close() {
        next.close();
    }
}
