package ai.domainassist.core.audit.internal;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.internal.CallTag;
import ai.domainassist.core.chat.internal.CallTags;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.internal.ForwardingProvider;
import ai.domainassist.core.provider.ModelProvider;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
public final class AuditingProvider extends ForwardingProvider {
    private static final Logger LOG = LoggerFactory.getLogger(AuditingProvider.class);
    private final AuditSink sink;
    private final Tracker tracker;
    private final Clock clock;
    private final boolean hashes;

    /**
     * Remembers call ids and attempt counts per request object (weakly: entries go with their requests).
     * Thread-safe.
     *
     * <p>An identity map of weak keys over a {@link ConcurrentHashMap}, its collected keys removed
     * on the next lookup: one small entry per call. (A Caffeine cache with weak keys did the same
     * with a cache node, a read and a write buffer, a maintenance task and a concurrent map of
     * counters per call.)
     */
    public static final class Tracker {
        private final ConcurrentHashMap<Key, CallState> calls = new ConcurrentHashMap<>();
        private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

        /** Creates an empty tracker. */
        public Tracker() {
        }

        private CallState state(Object request) {
            for (Reference<?> gone = collected.poll(); gone != null; gone = collected.poll()) {
                calls.remove(gone);
            }
            // when the request is known the new key is dropped unqueued (an unreachable reference is never enqueued)
            return calls.computeIfAbsent(new Key(request, collected), k -> new CallState(randomCallId()));
        }

        /**
         * A random (version 4) UUID from {@code ThreadLocalRandom}: a call id correlates records and
         * need not be unpredictable, and {@code UUID.randomUUID()}'s shared SecureRandom costs a lock
         * and a system call per call.
         */
        private static String randomCallId() {
            return CallTag.randomUuid();
        }

        String callId(Object request) {
            return state(request).callId;
        }

        int nextAttempt(Object request, String provider) {
            return state(request).nextAttempt(provider);
        }

        /** @return how many requests are tracked (collected ones go at the next lookup) */
        int size() {
            return calls.size();
        }

        /** A weak reference compared by the identity of its referent; a cleared one equals only itself. */
        private static final class Key extends WeakReference<Object> {
            private final int hash;

            Key(Object referent, ReferenceQueue<Object> queue) {
                super(referent, queue);
                this.hash = System.identityHashCode(referent);
            }

            @Override
            public int hashCode() {
                return hash;
            }

            @Override
            public boolean equals(Object o) {
                if (o == this) {
                    return true;
                }
                if (!(o instanceof Key k) || k.hash != hash) {
                    return false;
                }
                Object referent = get();
                return referent != null && referent == k.get();
            }
        }

        /** One request's call id and its attempts per provider (one provider unless it failed over). */
        private static final class CallState {
            final String callId;
            private String firstProvider;
            private int firstAttempts;
            private Map<String, Integer> otherProviders;

            CallState(String callId) {
                this.callId = callId;
            }

            synchronized int nextAttempt(String provider) {
                if (firstProvider == null || firstProvider.equals(provider)) {
                    firstProvider = provider;
                    return ++firstAttempts;
                }
                if (otherProviders == null) {
                    otherProviders = new HashMap<>();
                }
                return otherProviders.merge(provider, 1, Integer::sum);
            }
        }
    }

    private AuditingProvider(ModelProvider next, AuditSink sink, Tracker tracker, Clock clock, boolean hashes) {
        super(next);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hashes = hashes;
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
        return new AuditingProvider(next, sink, tracker, clock, true);
    }

    /**
     * Wraps a provider whose records may go only to sinks that never read the prompt and answer
     * hashes (the usage meter): then no hashes are computed and both are {@code null}.
     *
     * @param next the provider adapter
     * @param sink where records go
     * @param tracker call ids and attempt counts, shared by the providers of one client
     * @param clock the clock that stamps and times records
     * @param hashes whether to compute the SHA-256 of prompt and answer (false when no sink reads them)
     * @return the decorated provider
     */
    public static AuditingProvider wrap(ModelProvider next, AuditSink sink, Tracker tracker, Clock clock,
                                        boolean hashes) {
        return new AuditingProvider(next, sink, tracker, clock, hashes);
    }

    /** An attempt's call id and number at this provider. */
    private record Attempt(String callId, int number) {
    }

    /**
     * Counts an attempt of a chat call: by the pipeline's call tag when the client's facade tagged
     * the request, else by the tracker (this decorator used alone).
     */
    private Attempt attempt(ChatRequest request) {
        CallTag tag = CallTags.call(request);
        if (tag != null) {
            return new Attempt(tag.auditCallId(), tag.nextAuditAttempt(next.name()));
        }
        Tracker.CallState call = tracker.state(request);
        return new Attempt(call.callId, call.nextAttempt(next.name()));
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Instant start = clock.instant();
        Attempt a = attempt(request);
        String callId = a.callId();
        int attempt = a.number();
        try {
            ChatResponse r = next.chat(request);
            write(success(start, callId, attempt, "chat", request, r));
            return r;
        } catch (ModelException e) {
            write(failure(start, callId, attempt, "chat", request.model(), request.options().task(),
                    request.options().auditId(), promptHash(request), e));
            throw e;
        }
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        Instant start = clock.instant();
        Tracker.CallState call = tracker.state(request);
        String callId = call.callId;
        int attempt = call.nextAttempt(next.name());
        String promptHash = hashes ? sha256(String.join("\u0000", request.inputs())) : null;
        try {
            EmbeddingResponse r = next.embed(request);
            Usage u = r.usage();
            write(new AuditRecord(start, callId, attempt, next.name(), r.model() != null ? r.model() : request.model(),
                    "embeddings", null, null, u.promptTokens(), u.completionTokens(), u.totalTokens(), u.cachedPromptTokens(),
                    Duration.between(start, clock.instant()), AuditRecord.Outcome.SUCCESS, null, 0, promptHash,
                    hashes ? sha256(Integer.toString(r.size())) : null));
            return r;
        } catch (ModelException e) {
            write(failure(start, callId, attempt, "embeddings", request.model(), null, null, promptHash, e));
            throw e;
        }
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        Instant start = clock.instant();
        Attempt a = attempt(request);
        String callId = a.callId();
        int attempt = a.number();
        AtomicReference<StreamHandle> handle = new AtomicReference<>();
        StreamHandler auditing = event -> {
            if (event instanceof StreamEvent.Completed c) {
                write(success(start, callId, attempt, "stream", request, c.response()));
            } else if (event instanceof StreamEvent.Failed f) {
                StreamHandle h = handle.get();
                AuditRecord r = failure(start, callId, attempt, "stream", request.model(), request.options().task(),
                        request.options().auditId(),
                        promptHash(request), f.error());
                if (h != null && h.isCancelled()) {
                    r = new AuditRecord(r.time(), r.callId(), r.attempt(), r.provider(), r.model(), r.operation(),
                            r.task(), r.auditId(), 0, 0, 0, 0, r.latency(), AuditRecord.Outcome.CANCELLED, r.errorType(), 0,
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
                request.options().task(), request.options().auditId(), u.promptTokens(), u.completionTokens(), u.totalTokens(), u.cachedPromptTokens(),
                Duration.between(start, clock.instant()), AuditRecord.Outcome.SUCCESS, null, 0, promptHash(request),
                hashes ? hashAnswer(r) : null);
    }

    private String promptHash(ChatRequest request) {
        return hashes ? hash(request) : null;
    }

    private AuditRecord failure(Instant start, String callId, int attempt, String op, String model, String task,
                                String auditId, String promptHash, ModelException e) {
        return new AuditRecord(start, callId, attempt, next.name(), model, op, task, auditId, 0, 0, 0, 0,
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
        Utf8Digest d = Utf8Digest.start();
        d.update(request.model());
        d.put((byte) 0);
        for (Message m : request.messages()) {
            d.update(m.role().toString());
            d.put((byte) 1);
            d.update(m.text());
            d.put((byte) 1);
            for (ToolCall c : m.toolCalls()) {
                d.update(c.name());
                d.put((byte) 2);
                d.update(c.arguments());
                d.put((byte) 2);
            }
            d.update(m.toolCallId());
            d.put((byte) 0);
        }
        List<ToolSpec> tools = request.tools();
        for (ToolSpec t : tools) {
            d.update(t.name());
            d.put((byte) 3);
            d.update(t.parametersSchema());
            d.put((byte) 3);
        }
        d.update(String.valueOf(request.responseFormat()));
        return d.hex();
    }

    private static String hashAnswer(ChatResponse r) {
        Utf8Digest d = Utf8Digest.start();
        d.update(r.content());
        for (ToolCall c : r.toolCalls()) {
            d.put((byte) 0);
            d.update(c.name());
            d.put((byte) 1);
            d.update(c.arguments());
        }
        return d.hex();
    }

    static String sha256(String s) {
        return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A SHA-256 digest fed with strings as UTF-8 through small buffers, so a long prompt is not
     * copied into a byte array first (the same bytes as {@code String.getBytes(UTF_8)}: unpaired
     * surrogates become {@code '?'}). The text is taken in chunks with {@link String#getChars} and
     * encoded from the char array in a loop over locals (a {@code charAt} per character, with its
     * checks, and a field update per byte made this the largest cost of an audited call). One per
     * thread, reset by {@link #start()}; not thread-safe, and one hash at a time per thread.
     */
    private static final class Utf8Digest {
        private static final int CHUNK = 256;
        private static final ThreadLocal<Utf8Digest> PER_THREAD = ThreadLocal.withInitial(Utf8Digest::new);
        private final MessageDigest digest = sha256();
        private final char[] chars = new char[CHUNK];
        /** Room for a whole chunk at three bytes a character beside what is buffered. */
        private final byte[] buf = new byte[4 * CHUNK];
        private int n;

        /** @return this thread's digest, empty */
        static Utf8Digest start() {
            Utf8Digest d = PER_THREAD.get();
            d.n = 0;
            d.digest.reset();
            return d;
        }

        /** Adds a string ({@code "null"} for {@code null}, as string concatenation wrote it). */
        void update(String s) {
            String text = String.valueOf(s);
            int length = text.length();
            for (int from = 0; from < length; ) {
                int to = Math.min(length, from + CHUNK);
                if (to < length && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--; // keep a surrogate pair in one chunk
                }
                text.getChars(from, to, chars, 0);
                encode(to - from);
                from = to;
            }
        }

        /** Encodes the first {@code count} characters of {@link #chars} into {@link #buf}. */
        private void encode(int count) {
            if (n > buf.length - 3 * count) {
                flush();
            }
            char[] cs = chars;
            byte[] b = buf;
            int at = n;
            for (int i = 0; i < count; i++) {
                char c = cs[i];
                if (c < 0x80) {
                    b[at++] = (byte) c;
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(cs[i + 1])) {
                    int cp = Character.toCodePoint(c, cs[++i]);
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    b[at++] = '?';
                } else {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            n = at;
        }

        void put(byte b) {
            if (n == buf.length) {
                flush();
            }
            buf[n++] = b;
        }

        String hex() {
            flush();
            return HexFormat.of().formatHex(digest.digest());
        }

        private void flush() {
            digest.update(buf, 0, n);
            n = 0;
        }
    }

    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A fresh SHA-256 digest: a clone of one looked up once (the provider look-up cost more than the hash). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", impossible);
            }
        }
    }
}
