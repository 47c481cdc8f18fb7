package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.Payloads;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.StructuredChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import java.util.List;
import java.util.Optional;

/**
 * The official OpenAI Java SDK ({@code com.openai:openai-java} 4.0.0) with its OkHttp client, as
 * its README shows: {@link OpenAIOkHttpClient} with base URL and key and otherwise its defaults,
 * {@code chat().completions().create}, {@code createStreaming} read on the caller's thread (the
 * text assembled from the chunks), {@code embeddings().create} (it asks for base64 vectors by
 * default, and the server answers in kind), and structured outputs through
 * {@code responseFormat(VisitSummary.class)}.
 */
final class OpenAiJavaDriver implements Driver {
    private final OpenAIClient client;

    OpenAiJavaDriver(String baseUrl, String apiKey) {
        this.client = OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey(apiKey).build();
    }

    @Override
    public String chat(String prompt) {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model(Payloads.CHAT_MODEL)
                .addUserMessage(prompt).build();
        return client.chat().completions().create(params).choices().get(0).message().content().orElse("");
    }

    @Override
    public Streamed stream(String prompt) {
        long start = System.nanoTime();
        long first = 0;
        int deltas = 0;
        StringBuilder text = new StringBuilder();
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model(Payloads.CHAT_MODEL)
                .addUserMessage(prompt).build();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            var chunks = stream.stream().iterator();
            while (chunks.hasNext()) {
                ChatCompletionChunk chunk = chunks.next();
                List<ChatCompletionChunk.Choice> choices = chunk.choices();
                if (choices.isEmpty()) {
                    continue;
                }
                Optional<String> content = choices.get(0).delta().content();
                if (content.isPresent() && !content.get().isEmpty()) {
                    if (deltas++ == 0) {
                        first = System.nanoTime() - start;
                    }
                    text.append(content.get());
                }
            }
        }
        return new Streamed(text.toString(), first, deltas);
    }

    @Override
    public Object embed(String text) {
        EmbeddingCreateParams params = EmbeddingCreateParams.builder().model(Payloads.EMBEDDING_MODEL).input(text)
                .build();
        return client.embeddings().create(params).data().get(0).embedding();
    }

    @Override
    public VisitSummary extract(String prompt) {
        StructuredChatCompletionCreateParams<VisitSummary> params = ChatCompletionCreateParams.builder()
                .model(Payloads.CHAT_MODEL).addUserMessage(prompt).responseFormat(VisitSummary.class).build();
        return client.chat().completions().create(params).choices().get(0).message().content().orElseThrow();
    }

    @Override
    public void close() {
        client.close();
    }
}
