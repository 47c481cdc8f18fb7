package ai.domainassist.benchmarks.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Every HTTP response the benchmark server sends, encoded once to bytes at start-up so that
 * serving a request is a few {@code write} calls. Bodies follow the shapes of OpenAI's published
 * Chat Completions and Embeddings API references (ids, usage details, {@code refusal},
 * {@code system_fingerprint}), so typed clients parse everything they would parse in production.
 *
 * <p>Immutable and thread-safe after construction.
 */
final class Responses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CREATED = 1_700_000_000L;

    final byte[] chat;
    final byte[] structured;
    final byte[] embeddingFloats;
    final byte[] embeddingBase64;
    final byte[] notFound;
    /** The streamed answer: the head and events grouped into writes; the last ends the chunked body. */
    final List<byte[]> streamWrites;

    Responses(int streamChunks, int flushEvery, int embeddingDimensions) {
        chat = http(200, "application/json", completion(Payloads.answer()));
        structured = http(200, "application/json", completion(Payloads.STRUCTURED_JSON));
        float[] vector = Payloads.embedding(embeddingDimensions);
        embeddingFloats = http(200, "application/json", embeddings(vector, false));
        embeddingBase64 = http(200, "application/json", embeddings(vector, true));
        notFound = http(404, "application/json",
                "{\"error\":{\"message\":\"not found\",\"type\":\"invalid_request_error\",\"code\":null}}"
                        .getBytes(StandardCharsets.UTF_8));
        streamWrites = stream(streamChunks, flushEvery);
    }

    private static byte[] completion(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-bench0001");
        body.put("object", "chat.completion");
        body.put("created", CREATED);
        body.put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.putNull("refusal");
        message.putArray("annotations");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        body.set("usage", usage(410, 380));
        body.put("service_tier", "default");
        body.put("system_fingerprint", "fp_bench");
        return bytes(body);
    }

    private static ObjectNode usage(int prompt, int completion) {
        ObjectNode usage = JSON.createObjectNode();
        usage.put("prompt_tokens", prompt);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", prompt + completion);
        ObjectNode promptDetails = usage.putObject("prompt_tokens_details");
        promptDetails.put("cached_tokens", 0);
        promptDetails.put("audio_tokens", 0);
        ObjectNode completionDetails = usage.putObject("completion_tokens_details");
        completionDetails.put("reasoning_tokens", 0);
        completionDetails.put("audio_tokens", 0);
        completionDetails.put("accepted_prediction_tokens", 0);
        completionDetails.put("rejected_prediction_tokens", 0);
        return usage;
    }

    private static byte[] embeddings(float[] vector, boolean base64) {
        ObjectNode body = JSON.createObjectNode();
        body.put("object", "list");
        ObjectNode item = body.putArray("data").addObject();
        item.put("object", "embedding");
        item.put("index", 0);
        if (base64) {
            ByteBuffer le = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : vector) {
                le.putFloat(f);
            }
            item.put("embedding", Base64.getEncoder().encodeToString(le.array()));
        } else {
            ArrayNode values = item.putArray("embedding");
            for (float f : vector) {
                values.add(f);
            }
        }
        body.put("model", Payloads.EMBEDDING_MODEL);
        ObjectNode usage = body.putObject("usage");
        usage.put("prompt_tokens", 8);
        usage.put("total_tokens", 8);
        return bytes(body);
    }

    private static List<byte[]> stream(int chunks, int flushEvery) {
        List<byte[]> events = new ArrayList<>();
        events.add(chunkEvent(delta("role", "assistant", true), null));
        for (String piece : Payloads.streamPieces(chunks)) {
            events.add(chunkEvent(delta("content", piece, false), null));
        }
        events.add(chunkEvent(JSON.createObjectNode(), "stop"));
        ObjectNode usageChunk = chunkBase();
        usageChunk.putArray("choices");
        usageChunk.set("usage", usage(410, chunks));
        events.add(sse(bytes(usageChunk)));
        events.add(sse("[DONE]".getBytes(StandardCharsets.UTF_8)));

        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                + "Transfer-Encoding: chunked\r\nCache-Control: no-cache\r\nx-request-id: req_bench\r\n\r\n";
        List<byte[]> writes = new ArrayList<>();
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        group.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        int inGroup = 0;
        for (byte[] event : events) {
            group.writeBytes((Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            group.writeBytes(event);
            group.writeBytes(new byte[] {'\r', '\n'});
            if (++inGroup == flushEvery) {
                writes.add(group.toByteArray());
                group.reset();
                inGroup = 0;
            }
        }
        group.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        writes.add(group.toByteArray());
        return List.copyOf(writes);
    }

    private static ObjectNode delta(String field, String value, boolean first) {
        ObjectNode delta = JSON.createObjectNode();
        delta.put(field, value);
        if (first) {
            delta.put("content", "");
            delta.putNull("refusal");
        }
        return delta;
    }

    private static ObjectNode chunkBase() {
        ObjectNode chunk = JSON.createObjectNode();
        chunk.put("id", "chatcmpl-bench0001");
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", CREATED);
        chunk.put("model", "gpt-4o-mini-2024-07-18");
        chunk.put("service_tier", "default");
        chunk.put("system_fingerprint", "fp_bench");
        return chunk;
    }

    private static byte[] chunkEvent(ObjectNode delta, String finishReason) {
        ObjectNode chunk = chunkBase();
        ObjectNode choice = chunk.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return sse(bytes(chunk));
    }

    private static byte[] sse(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 8);
        out.writeBytes("data: ".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(new byte[] {'\n', '\n'});
        return out.toByteArray();
    }

    private static byte[] http(int status, String contentType, byte[] body) {
        String reason = status == 200 ? "OK" : "Not Found";
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\nx-request-id: req_bench\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
