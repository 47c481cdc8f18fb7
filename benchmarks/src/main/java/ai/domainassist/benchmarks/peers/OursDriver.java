package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.Payloads;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Our {@link ModelClient}, used as its documentation shows: a {@link ChatRequest} with the model
 * and one user message, {@code chat}, {@code stream} with a handler, {@code embed}. The client is
 * built by {@link Drivers} (defaults, or with every decorator on).
 */
final class OursDriver implements Driver {
    private final ModelClient client;

    OursDriver(ModelClient client) {
        this.client = client;
    }

    @Override
    public String chat(String prompt) {
        return client.chat(request(prompt)).content();
    }

    @Override
    public Streamed stream(String prompt) {
        long start = System.nanoTime();
        long[] first = new long[1];
        int[] deltas = new int[1];
        StreamHandle handle = client.stream(request(prompt), event -> {
            if (event instanceof StreamEvent.TextDelta delta && !delta.text().isEmpty()) {
                if (deltas[0]++ == 0) {
                    first[0] = System.nanoTime() - start;
                }
            }
        });
        try {
            String text = handle.completion().join().content();
            return new Streamed(text, first[0], deltas[0]);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public Object embed(String text) {
        return client.embed(EmbeddingRequest.of(Payloads.EMBEDDING_MODEL, List.of(text))).vectors().get(0);
    }

    @Override
    public VisitSummary extract(String prompt) {
        throw new UnsupportedOperationException("ModelClient.extract is not on main yet");
    }

    @Override
    public void close() {
        client.close();
    }

    private static ChatRequest request(String prompt) {
        return ChatRequest.builder().model(Payloads.CHAT_MODEL).user(prompt).build();
    }
}
