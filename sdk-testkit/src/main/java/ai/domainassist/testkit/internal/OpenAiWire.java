package ai.domainassist.testkit.internal;

import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.Usage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes OpenAI Chat Completions and Embeddings wire bodies (JSON and SSE) for generated fake
 * responses, in the shape the recorded ones have. Every string goes through Jackson, so any
 * content is escaped correctly. Stateless and thread-safe.
 */
public final class OpenAiWire {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A fixed creation time keeps generated bodies reproducible. */
    static final long CREATED = 1_733_000_000L;

    private OpenAiWire() {
    }

    /**
     * A whole chat completion.
     *
     * @param id the completion id
     * @param model the model
     * @param content the answer text
     * @param toolCalls the tool calls, possibly empty
     * @param finishReason the wire finish reason ({@code stop}, {@code tool_calls} ...)
     * @param usage the usage
     * @return the JSON body
     */
    public static String completion(String id, String model, String content, List<ToolCall> toolCalls,
                                    String finishReason, Usage usage) {
        ObjectNode root = head(id, model, "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        if (toolCalls.isEmpty()) {
            message.put("content", content);
        } else {
            if (content.isEmpty()) {
                message.putNull("content");
            } else {
                message.put("content", content);
            }
            ArrayNode calls = message.putArray("tool_calls");
            for (ToolCall c : toolCalls) {
                ObjectNode call = calls.addObject().put("id", c.id()).put("type", "function");
                call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
            }
        }
        choice.put("finish_reason", finishReason);
        root.set("usage", usage(usage));
        return root.toString();
    }

    /**
     * A streamed chat completion: a role chunk, one chunk per text piece, the tool calls (id and
     * name, then the arguments in two pieces), a finish chunk, a usage chunk with empty
     * {@code choices} when asked for, then {@code [DONE]}.
     *
     * @param id the completion id
     * @param model the model
     * @param pieces the answer text in pieces
     * @param toolCalls the tool calls, possibly empty
     * @param finishReason the wire finish reason
     * @param usage the usage, or {@code null} to send no usage chunk
     * @return the SSE body
     */
    public static String stream(String id, String model, List<String> pieces, List<ToolCall> toolCalls,
                                String finishReason, Usage usage) {
        StringBuilder sse = new StringBuilder();
        ObjectNode first = chunk(id, model);
        choices(first).addObject().put("index", 0).putNull("finish_reason")
                .putObject("delta").put("role", "assistant").put("content", "");
        event(sse, first);
        for (String piece : pieces) {
            ObjectNode c = chunk(id, model);
            choices(c).addObject().put("index", 0).putNull("finish_reason")
                    .putObject("delta").put("content", piece);
            event(sse, c);
        }
        for (int i = 0; i < toolCalls.size(); i++) {
            ToolCall call = toolCalls.get(i);
            String args = call.arguments();
            int half = args.length() / 2;
            // the first delta introduces the call (id, name); the arguments follow in two pieces
            for (String piece : new String[] {null, args.substring(0, half), args.substring(half)}) {
                if (piece != null && piece.isEmpty()) {
                    continue;
                }
                ObjectNode c = chunk(id, model);
                ObjectNode tc = choices(c).addObject().put("index", 0).putNull("finish_reason").putObject("delta")
                        .putArray("tool_calls").addObject().put("index", i);
                if (piece == null) {
                    tc.put("id", call.id()).put("type", "function");
                    tc.putObject("function").put("name", call.name()).put("arguments", "");
                } else {
                    tc.putObject("function").put("arguments", piece);
                }
                event(sse, c);
            }
        }
        ObjectNode last = chunk(id, model);
        choices(last).addObject().put("index", 0).put("finish_reason", finishReason).putObject("delta");
        event(sse, last);
        if (usage != null) {
            ObjectNode u = chunk(id, model);
            u.putArray("choices");
            u.set("usage", usage(usage));
            event(sse, u);
        }
        sse.append("data: [DONE]\n\n");
        return sse.toString();
    }

    /**
     * An embeddings response.
     *
     * @param model the model
     * @param vectors the vectors, in input order
     * @param promptTokens the tokens to report
     * @return the JSON body
     */
    public static String embeddings(String model, List<float[]> vectors, long promptTokens) {
        ObjectNode root = JSON.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (int i = 0; i < vectors.size(); i++) {
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            ArrayNode v = item.putArray("embedding");
            for (float f : vectors.get(i)) {
                v.add(f);
            }
        }
        root.put("model", model);
        root.putObject("usage").put("prompt_tokens", promptTokens).put("total_tokens", promptTokens);
        return root.toString();
    }

    /**
     * An error body in OpenAI's format.
     *
     * @param message the message
     * @param type the error type, or {@code null}
     * @param code the error code, or {@code null}
     * @return the JSON body
     */
    public static String error(String message, String type, String code) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error").put("message", message).put("type", type);
        error.putNull("param");
        error.put("code", code);
        return root.toString();
    }

    private static ObjectNode head(String id, String model, String object) {
        return JSON.createObjectNode().put("id", id).put("object", object).put("created", CREATED).put("model", model);
    }

    private static ObjectNode chunk(String id, String model) {
        ObjectNode c = head(id, model, "chat.completion.chunk");
        c.putArray("choices");
        return c;
    }

    private static ArrayNode choices(ObjectNode chunk) {
        return (ArrayNode) chunk.get("choices");
    }

    private static ObjectNode usage(Usage u) {
        ObjectNode n = JSON.createObjectNode().put("prompt_tokens", u.promptTokens())
                .put("completion_tokens", u.completionTokens()).put("total_tokens", u.totalTokens());
        n.putObject("prompt_tokens_details").put("cached_tokens", u.cachedPromptTokens());
        n.putObject("completion_tokens_details").put("reasoning_tokens", u.reasoningTokens());
        return n;
    }

    private static void event(StringBuilder sse, ObjectNode data) {
        sse.append("data: ").append(data.toString()).append("\n\n");
    }
}
