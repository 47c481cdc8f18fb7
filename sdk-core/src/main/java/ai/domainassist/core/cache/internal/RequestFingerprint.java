package ai.domainassist.core.cache.internal;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical SHA-256 of what decides a model's answer: model, messages, tools, tool choice,
 * response format and sampling settings, written as JSON with sorted keys. Left out: the end-user
 * id, the timeout, the task label, the cacheable flag and the private terms (none changes the
 * answer; the private terms are personal data). The request is hashed as it reaches the cache,
 * i.e. after redaction, so no personal data goes into a key, and a key is a hash, never text.
 *
 * <p>Stateless and thread-safe.
 */
public final class RequestFingerprint {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private RequestFingerprint() {
    }

    /**
     * @param r the request
     * @return its fingerprint, 64 hex digits
     */
    public static String of(ChatRequest r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", r.model());
        ArrayNode messages = root.putArray("messages");
        for (Message m : r.messages()) {
            ObjectNode mn = messages.addObject();
            mn.put("role", m.role().name());
            ArrayNode parts = mn.putArray("content");
            for (ContentPart p : m.content()) {
                ObjectNode pn = parts.addObject();
                if (p instanceof ContentPart.Text t) {
                    pn.put("text", t.text());
                } else if (p instanceof ContentPart.ImageUrl u) {
                    pn.put("imageUrl", u.url());
                    pn.put("detail", u.detail());
                } else if (p instanceof ContentPart.ImageData d) {
                    pn.put("mediaType", d.mediaType());
                    pn.put("imageSha256", sha256(d.base64()));
                }
            }
            ArrayNode calls = mn.putArray("toolCalls");
            for (ToolCall c : m.toolCalls()) {
                calls.addObject().put("id", c.id()).put("name", c.name()).put("arguments", c.arguments());
            }
            mn.put("toolCallId", m.toolCallId());
            mn.put("reasoning", m.reasoningContent());
        }
        ArrayNode tools = root.putArray("tools");
        for (ToolSpec t : r.tools()) {
            tools.addObject().put("name", t.name()).put("description", t.description())
                    .put("parameters", t.parametersSchema());
        }
        if (r.toolChoice() != null) {
            root.put("toolChoice", r.toolChoice().mode() + ":" + r.toolChoice().toolName());
        }
        root.put("parallelToolCalls", r.parallelToolCalls());
        if (r.responseFormat() != null) {
            root.putObject("format").put("type", r.responseFormat().type().name())
                    .put("name", r.responseFormat().name()).put("schema", r.responseFormat().schema())
                    .put("strict", r.responseFormat().strict());
        }
        root.put("temperature", r.temperature());
        root.put("topP", r.topP());
        root.put("maxTokens", r.maxTokens());
        r.stop().forEach(root.putArray("stop")::add);
        root.put("seed", r.seed());
        root.set("extra", JSON.valueToTree(r.extraParameters()));
        return hash(root);
    }

    /**
     * The key of one embedding input: model, dimensions, extra parameters and the text.
     *
     * @param r the request
     * @param input the input text
     * @return the fingerprint, 64 hex digits
     */
    public static String ofEmbedding(EmbeddingRequest r, String input) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", r.model());
        root.put("dimensions", r.dimensions());
        root.set("extra", JSON.valueToTree(r.extraParameters()));
        root.put("input", input);
        return hash(root);
    }

    private static String hash(ObjectNode root) {
        try {
            return sha256(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request parameters are not JSON-serialisable", e);
        }
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
