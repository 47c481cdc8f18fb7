package ai.domainassist.core.fakes;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fake provider for unit tests of pure pipeline logic: it answers from a script of outcomes
 * (a response, or an exception) and records what it was asked. Streams deliver their scripted
 * events synchronously on the calling thread. Not a mock: a small real implementation.
 */
public final class ScriptedProvider implements ModelProvider {
    private final String name;
    private final ProviderCapabilities capabilities;
    private final Deque<Object> chatScript = new ConcurrentLinkedDeque<>();
    private final Deque<List<StreamEvent>> streamScript = new ConcurrentLinkedDeque<>();
    private final Deque<Object> embedScript = new ConcurrentLinkedDeque<>();
    private final List<ChatRequest> chatRequests = new CopyOnWriteArrayList<>();
    private final List<EmbeddingRequest> embedRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger streamCalls = new AtomicInteger();
    private volatile Function<ChatRequest, ChatResponse> fallback;
    private final AtomicBoolean closed = new AtomicBoolean();

    public ScriptedProvider(String name) {
        this(name, ProviderCapabilities.ALL);
    }

    public ScriptedProvider(String name, ProviderCapabilities capabilities) {
        this.name = name;
        this.capabilities = capabilities;
    }

    /** A plain text answer from this provider. */
    public ChatResponse answer(String text) {
        return response(name, text);
    }

    public static ChatResponse response(String provider, String text) {
        return new ChatResponse("id-1", "m", provider, text, null, List.of(), FinishReason.STOP, Usage.of(10, 5),
                Duration.ofMillis(5), null);
    }

    public static ChatResponse toolAnswer(String provider, ToolCall call) {
        return new ChatResponse("id-1", "m", provider, "", null, List.of(call), FinishReason.TOOL_CALLS,
                Usage.of(10, 5), Duration.ofMillis(5), null);
    }

    public ScriptedProvider thenAnswer(String text) {
        chatScript.add(answer(text));
        return this;
    }

    public ScriptedProvider thenRespond(ChatResponse response) {
        chatScript.add(response);
        return this;
    }

    public ScriptedProvider thenFail(ModelException e) {
        chatScript.add(e);
        return this;
    }

    /** What to answer once the script is used up (default: fail the test loudly). */
    public ScriptedProvider otherwise(Function<ChatRequest, ChatResponse> f) {
        this.fallback = f;
        return this;
    }

    public ScriptedProvider thenStream(StreamEvent... events) {
        streamScript.add(List.of(events));
        return this;
    }

    public ScriptedProvider thenEmbed(EmbeddingResponse r) {
        embedScript.add(r);
        return this;
    }

    public ScriptedProvider thenFailEmbed(ModelException e) {
        embedScript.add(e);
        return this;
    }

    public List<ChatRequest> chatRequests() {
        return List.copyOf(chatRequests);
    }

    public List<EmbeddingRequest> embedRequests() {
        return List.copyOf(embedRequests);
    }

    public int chatCalls() {
        return chatRequests.size();
    }

    public int streamCalls() {
        return streamCalls.get();
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        chatRequests.add(request);
        Object next = chatScript.poll();
        if (next == null) {
            if (fallback != null) {
                return fallback.apply(request);
            }
            throw new AssertionError("provider " + name + " got an unscripted chat call");
        }
        if (next instanceof ModelException e) {
            throw e;
        }
        return (ChatResponse) next;
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        chatRequests.add(request);
        streamCalls.incrementAndGet();
        List<StreamEvent> events = streamScript.poll();
        if (events == null) {
            throw new AssertionError("provider " + name + " got an unscripted stream call");
        }
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        StreamHandle handle = new StreamHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            @Override
            public CompletableFuture<ChatResponse> completion() {
                return done;
            }
        };
        for (StreamEvent e : events) {
            if (e instanceof StreamEvent.Completed c) {
                done.complete(c.response());
            } else if (e instanceof StreamEvent.Failed f) {
                done.completeExceptionally(f.error());
            }
            handler.onEvent(e);
        }
        return handle;
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        embedRequests.add(request);
        Object next = embedScript.poll();
        if (next == null) {
            List<float[]> vectors = new ArrayList<>();
            for (String in : request.inputs()) {
                vectors.add(new float[] {in.length(), in.hashCode()});
            }
            return new EmbeddingResponse("e", name, vectors, Usage.of(request.inputs().size(), 0), Duration.ZERO);
        }
        if (next instanceof ModelException e) {
            throw e;
        }
        return (EmbeddingResponse) next;
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
