package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.Payloads;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.service.AiServices;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * LangChain4j 1.19.0's OpenAI integration ({@code langchain4j-open-ai}), as its documentation
 * shows: {@link OpenAiChatModel} with base URL, key and model name and otherwise its defaults (its
 * default HTTP client, the JDK's {@code java.net.http.HttpClient}), {@link OpenAiStreamingChatModel}
 * with a {@link StreamingChatResponseHandler}, {@link OpenAiEmbeddingModel}, and structured output
 * through an AI service returning the record, on a model that declares JSON-schema support
 * (strict), so the schema goes out as {@code response_format: json_schema} as with the others.
 */
final class LangChain4jDriver implements Driver {
    /** The AI service interface LangChain4j implements for structured output. */
    interface VisitExtractor {
        VisitSummary extract(String text);
    }

    private final OpenAiChatModel chat;
    private final OpenAiStreamingChatModel streaming;
    private final OpenAiEmbeddingModel embeddings;
    private final VisitExtractor extractor;

    LangChain4jDriver(String baseUrl, String apiKey) {
        this.chat = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey).modelName(Payloads.CHAT_MODEL).build();
        this.streaming = OpenAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey(apiKey)
                .modelName(Payloads.CHAT_MODEL).build();
        this.embeddings = OpenAiEmbeddingModel.builder().baseUrl(baseUrl).apiKey(apiKey)
                .modelName(Payloads.EMBEDDING_MODEL).build();
        OpenAiChatModel structured = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey)
                .modelName(Payloads.CHAT_MODEL).supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .strictJsonSchema(true).build();
        this.extractor = AiServices.create(VisitExtractor.class, structured);
    }

    @Override
    public String chat(String prompt) {
        ChatResponse response = chat.chat(ChatRequest.builder().messages(UserMessage.from(prompt)).build());
        return response.aiMessage().text();
    }

    @Override
    public Streamed stream(String prompt) {
        long start = System.nanoTime();
        long[] first = new long[1];
        int[] deltas = new int[1];
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        streaming.chat(ChatRequest.builder().messages(UserMessage.from(prompt)).build(),
                new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String partial) {
                        if (!partial.isEmpty() && deltas[0]++ == 0) {
                            first[0] = System.nanoTime() - start;
                        }
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        try {
            return new Streamed(done.join().aiMessage().text(), first[0], deltas[0]);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public Object embed(String text) {
        return embeddings.embed(text).content().vector();
    }

    @Override
    public VisitSummary extract(String prompt) {
        return extractor.extract(prompt);
    }

    @Override
    public void close() {
        // LangChain4j's models hold no resources to release; the JDK HTTP client's threads are daemons
    }
}
