package ai.domainassist.testkit;

import ai.domainassist.testkit.internal.RecordingFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recorded responses of OpenAI-compatible servers, for {@link FakeOpenAiServer#enqueue(Recording)}.
 * Replayed byte for byte, they test a client against real wire shapes: vendors' extra fields,
 * SSE comments, usage chunks with empty {@code choices}, tool-call arguments split across many
 * deltas, error bodies of several dialects.
 *
 * <p>Where each comes from is written at the top of its file (resources
 * {@code ai/domainassist/testkit/recordings/*.http}): the successful chat, stream, tool-call,
 * JSON-schema and embedding exchanges, the llama.cpp context error and the 401 were recorded
 * from a real llama.cpp server; the others (429, 5xx, OpenAI's context error, content filter,
 * reasoning stream, broken streams) were written after the vendors' documented formats.
 */
public enum Recording {
    /** A chat completion (200, JSON). Recorded from llama.cpp. */
    CHAT("chat.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** A streamed chat completion with a final usage chunk ({@code stream_options.include_usage}). Recorded. */
    CHAT_STREAM("chat-stream.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /**
     * {@link #CHAT_STREAM}, but the connection is dropped halfway through the body: the client
     * sees the stream end abruptly, without a finish reason or {@code [DONE]}.
     */
    CHAT_STREAM_DISCONNECTED("chat-stream.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, true),
    /** A chat completion that calls one tool (llama.cpp: id without {@code call_}, content {@code ""}). Recorded. */
    CHAT_TOOL_CALL("chat-tool-call.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** The tool call streamed, its arguments split over many deltas. Recorded. */
    CHAT_STREAM_TOOL_CALL("chat-stream-tool-call.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** An answer to a {@code json_schema} response format. Recorded. */
    CHAT_JSON_SCHEMA("chat-json-schema.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** DeepSeek-style reasoning stream: {@code reasoning_content} deltas, {@code : keep-alive} comments. Written. */
    CHAT_STREAM_REASONING("chat-stream-reasoning.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** A stream that reports an {@code error} object mid-answer and ends without {@code [DONE]}. Written. */
    CHAT_STREAM_ERROR_EVENT("chat-stream-error-event.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** A stream whose body ends cleanly but without finish reason or {@code [DONE]}. Written. */
    CHAT_STREAM_NO_DONE("chat-stream-no-done.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** A 200 answer stopped by the content policy ({@code finish_reason: content_filter}). Written. */
    CHAT_CONTENT_FILTER("chat-content-filter.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** Two 384-dimension embedding vectors. Recorded. */
    EMBEDDINGS("embeddings.http", FakeOpenAiServer.Endpoint.EMBEDDINGS, false),
    /** 401 for a wrong API key (llama.cpp's body; it does not echo the key). Recorded. */
    ERROR_INVALID_API_KEY("error-invalid-api-key.http", FakeOpenAiServer.Endpoint.ANY, false),
    /** 429 {@code rate_limit_exceeded} with {@code retry-after: 2} and a request id. Written. */
    ERROR_RATE_LIMIT("error-rate-limit.http", FakeOpenAiServer.Endpoint.ANY, false),
    /** 500 {@code server_error} with a request id. Written. */
    ERROR_SERVER("error-server.http", FakeOpenAiServer.Endpoint.ANY, false),
    /** 503 server overloaded. Written. */
    ERROR_OVERLOADED("error-overloaded.http", FakeOpenAiServer.Endpoint.ANY, false),
    /** 400 {@code context_length_exceeded}, OpenAI's shape. Written. */
    ERROR_CONTEXT_LENGTH("error-context-length.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false),
    /** 400 {@code exceed_context_size_error}, llama.cpp's shape. Recorded. */
    ERROR_CONTEXT_LENGTH_LLAMACPP("error-context-length-llamacpp.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS,
            false),
    /** 400 {@code content_filter}: the prompt was rejected (Azure OpenAI's shape). Written. */
    ERROR_CONTENT_FILTER("error-content-filter.http", FakeOpenAiServer.Endpoint.CHAT_COMPLETIONS, false);

    private final String file;
    private final FakeOpenAiServer.Endpoint endpoint;
    private final boolean disconnect;
    private volatile RecordingFile loaded;

    Recording(String file, FakeOpenAiServer.Endpoint endpoint, boolean disconnect) {
        this.file = file;
        this.endpoint = endpoint;
        this.disconnect = disconnect;
    }

    private RecordingFile recording() {
        RecordingFile r = loaded;
        if (r == null) {
            r = RecordingFile.load("/ai/domainassist/testkit/recordings/" + file);
            loaded = r;
        }
        return r;
    }

    /** @return the endpoint whose requests this recording answers */
    public FakeOpenAiServer.Endpoint endpoint() {
        return endpoint;
    }

    /** @return the HTTP status */
    public int status() {
        return recording().status();
    }

    /** @return the recorded headers, in order (Content-Type and any rate-limit or request-id headers) */
    public Map<String, String> headers() {
        Map<String, String> out = new LinkedHashMap<>();
        recording().headers().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** @return the body, exactly as replayed */
    public String body() {
        return recording().body();
    }

    /** @return whether the connection is dropped halfway through the body */
    public boolean disconnects() {
        return disconnect;
    }

    /** @return the resource file's name, for example {@code chat-stream.http} */
    public String fileName() {
        return file;
    }
}
