package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.Payloads;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Our {@link ModelClient}, used as its documentation shows: a {@link ChatRequest} with the model
 * and one user message, {@code chat}, {@code stream} with a handler, {@code embed}. The client is
 * built by {@link Drivers} (defaults, or with every decorator on); structured output through
 * {@code ModelClient.extract}.
 */
final class OursDriver implements Driver {
    private final ModelClient client;
    private final Path auditFile;

    /**
     * @param client the client to drive
     * @param auditFile an audit file to delete on close, or {@code null}
     */
    OursDriver(ModelClient client, Path auditFile) {
        this.client = client;
        this.auditFile = auditFile;
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
        return client.extract(request(prompt), VisitSummary.class).value();
    }

    @Override
    public void close() {
        client.close();
        if (auditFile != null) {
            try {
                Files.deleteIfExists(auditFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static ChatRequest request(String prompt) {
        return ChatRequest.builder().model(Payloads.CHAT_MODEL).user(prompt).build();
    }
}
