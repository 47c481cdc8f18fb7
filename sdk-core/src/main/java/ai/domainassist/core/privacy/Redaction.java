package ai.domainassist.core.privacy;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redaction of one request: replaces personal data with placeholders such as
 * {@code [PHONE_1]} or {@code [PRIVATE_2]}, the same original always with the same placeholder
 * within this redaction, and restores the originals in the answer (text, reasoning, tool-call
 * arguments, structured output; see {@link #newStreamRestorer()} for streams).
 *
 * <p>Placeholders are plain ASCII and JSON-safe; a model that echoes one back gets it restored,
 * also written with full-width brackets ({@code ［PHONE_1］}) or lenticular ones ({@code 【PHONE_1】}).
 * {@link #toString()} reveals only counts: a redaction is never logged. Thread-safe (placeholders
 * are assigned under a lock).
 */
public final class Redaction {
    /** A placeholder as a model may write it back. */
    static final Pattern PLACEHOLDER = Pattern.compile("[\\[［【]([A-Z][A-Z0-9_]*_\\d+)[\\]］】]");
    /** Reads and writes the JSON schemas of tools and response formats. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Redactor redactor;
    private final List<String> privateTerms;
    private final Map<String, String> byOriginal = new LinkedHashMap<>();
    private final Map<String, String> byPlaceholder = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private int longest;

    Redaction(Redactor redactor, Collection<String> privateTerms) {
        this.redactor = redactor;
        if (privateTerms.isEmpty()) {
            this.privateTerms = List.of();
            return;
        }
        List<String> terms = new ArrayList<>();
        for (String t : privateTerms) {
            if (t != null && !t.isBlank()) {
                terms.add(t);
            }
        }
        terms.sort((a, b) -> b.length() - a.length());
        this.privateTerms = List.copyOf(terms);
    }

    /**
     * Replaces the personal data in a text.
     *
     * @param text the text
     * @return the text with placeholders
     */
    public String redact(String text) {
        List<Redactor.Found> found = redactor.find(text, privateTerms);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Redactor.Found f : found) {
            sb.append(text, at, f.start()).append('[').append(placeholderFor(text.substring(f.start(), f.end()),
                    f.label())).append(']');
            at = f.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    private synchronized String placeholderFor(String original, String label) {
        String p = byOriginal.get(original);
        if (p == null) {
            int n = counters.merge(label, 1, Integer::sum);
            p = label + "_" + n;
            byOriginal.put(original, p);
            byPlaceholder.put(p, original);
            longest = Math.max(longest, p.length() + 2);
        }
        return p;
    }

    /**
     * The request with personal data replaced in every text part of every message (a number split
     * across two adjacent text parts of one message is found too: it becomes one placeholder in the
     * part where it begins), in assistant tool-call arguments and reasoning, in tool results, in
     * tool descriptions and parameter schemas, in the response-format schema and in stop
     * sequences; the marked private terms are removed from the request so nothing below sees
     * them. Images and extra parameters are passed unchanged (they cannot be redacted as text).
     *
     * @param request the request
     * @return the redacted request
     */
    public ChatRequest redact(ChatRequest request) {
        List<Message> out = new ArrayList<>(request.messages().size());
        boolean changed = false;
        for (Message m : request.messages()) {
            Message r = redact(m);
            changed |= r != m;
            out.add(r);
        }
        // tools, format and stop sequences: the same instances where nothing was found in them
        List<ToolSpec> tools = request.tools();
        if (!tools.isEmpty()) {
            List<ToolSpec> redactedTools = new ArrayList<>(tools.size());
            boolean toolsChanged = false;
            for (ToolSpec t : tools) {
                String description = redact(t.description());
                String schema = redactJson(t.parametersSchema());
                boolean same = description == t.description() && schema == t.parametersSchema();
                toolsChanged |= !same;
                redactedTools.add(same ? t : new ToolSpec(t.name(), description, schema));
            }
            tools = toolsChanged ? redactedTools : tools;
        }
        ResponseFormat format = request.responseFormat();
        if (format != null && format.schema() != null) {
            String schema = redactJson(format.schema());
            if (schema != format.schema()) {
                format = new ResponseFormat(format.type(), format.name(), schema, format.strict());
            }
        }
        List<String> stop = request.stop();
        if (!stop.isEmpty()) {
            List<String> redactedStop = new ArrayList<>(stop.size());
            boolean stopChanged = false;
            for (String s : stop) {
                String r = redact(s);
                stopChanged |= r != s;
                redactedStop.add(r);
            }
            stop = stopChanged ? redactedStop : stop;
        }
        if (!changed && tools == request.tools() && format == request.responseFormat() && stop == request.stop()
                && request.options().privateTerms().isEmpty()) {
            return request; // nothing found and no private terms to drop: the request as is, no copy
        }
        // the private terms have done their work: they are not carried further down the pipeline
        return request.toBuilder().messages(out).tools(tools).responseFormat(format).stop(stop)
                .privateTerms(List.of()).build();
    }

    /**
     * Replaces personal data in JSON text (a schema): in every string and field name, and in a
     * number that is one (a phone written as a JSON number becomes a string placeholder). Read as
     * JSON whenever something is found or a backslash-u escape could hide it, so the result stays
     * valid JSON; text that is not JSON is redacted as plain text.
     */
    private String redactJson(String json) {
        String plain = redact(json);
        if (plain == json && json.indexOf("\\u") < 0) {
            return json;
        }
        try {
            return JSON.writeValueAsString(redactNode(JSON.readTree(json)));
        } catch (IOException | RuntimeException notJson) {
            return plain;
        }
    }

    private JsonNode redactNode(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                out.set(redact(field.getKey()), redactNode(field.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode item : node) {
                out.add(redactNode(item));
            }
            return out;
        }
        if (node.isTextual() || node.isNumber()) {
            String text = node.asText();
            String r = redact(text);
            return r.equals(text) ? node : TextNode.valueOf(r);
        }
        return node;
    }

    /** A message with its texts redacted: the message itself when nothing in it was found (no copies). */
    private Message redact(Message m) {
        List<ContentPart> content = m.content();
        List<ContentPart> parts = redactParts(content);
        List<ToolCall> calls = null;
        List<ToolCall> toolCalls = m.toolCalls();
        for (int i = 0; i < toolCalls.size(); i++) {
            ToolCall c = toolCalls.get(i);
            String r = redact(c.arguments());
            if (r != c.arguments()) {
                if (calls == null) {
                    calls = new ArrayList<>(toolCalls);
                }
                calls.set(i, new ToolCall(c.id(), c.name(), r));
            }
        }
        String reasoning = m.reasoningContent() == null ? null : redact(m.reasoningContent());
        if (parts == null && calls == null && reasoning == m.reasoningContent()) {
            return m;
        }
        return new Message(m.role(), parts != null ? parts : content, calls != null ? calls : toolCalls,
                m.toolCallId(), reasoning);
    }

    /**
     * The content with its text parts redacted, adjacent text parts together (the model reads them
     * as one text), or {@code null} when nothing was found.
     */
    private List<ContentPart> redactParts(List<ContentPart> content) {
        List<ContentPart> parts = null;
        int i = 0;
        while (i < content.size()) {
            int j = i;
            while (j < content.size() && content.get(j) instanceof ContentPart.Text) {
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            String[] texts = new String[j - i];
            for (int k = i; k < j; k++) {
                texts[k - i] = ((ContentPart.Text) content.get(k)).text();
            }
            String[] redacted = texts.length == 1 ? new String[] {redact(texts[0])} : redactTogether(texts);
            for (int k = i; k < j; k++) {
                if (redacted[k - i] != texts[k - i]) {
                    if (parts == null) {
                        parts = new ArrayList<>(content);
                    }
                    parts.set(k, new ContentPart.Text(redacted[k - i]));
                }
            }
            i = j;
        }
        return parts;
    }

    /**
     * Redacts texts that are read as one: a find that spans two of them becomes one placeholder in
     * the text where it begins, and its rest is removed from the next. Texts where nothing was
     * found are returned as the same instances.
     */
    private String[] redactTogether(String[] texts) {
        int[] starts = new int[texts.length + 1];
        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < texts.length; k++) {
            starts[k] = joined.length();
            joined.append(texts[k]);
        }
        starts[texts.length] = joined.length();
        String all = joined.toString();
        List<Redactor.Found> found = redactor.find(all, privateTerms);
        String[] out = texts.clone();
        if (found.isEmpty()) {
            return out;
        }
        for (int k = 0; k < texts.length; k++) {
            int ps = starts[k];
            int pe = starts[k + 1];
            StringBuilder sb = null;
            int at = ps;
            for (Redactor.Found f : found) {
                if (f.end() <= ps || f.start() >= pe) {
                    continue;
                }
                if (sb == null) {
                    sb = new StringBuilder(pe - ps);
                }
                sb.append(all, at, Math.max(f.start(), ps));
                if (f.start() >= ps) {
                    sb.append('[').append(placeholderFor(all.substring(f.start(), f.end()), f.label())).append(']');
                }
                at = Math.min(f.end(), pe);
            }
            if (sb != null) {
                out[k] = sb.append(all, at, pe).toString();
            }
        }
        return out;
    }

    /**
     * Puts the originals back into a text.
     *
     * @param text a text that may hold this redaction's placeholders
     * @return the text with originals; unknown placeholders are left as they are
     */
    public String restore(String text) {
        return restore(text, false);
    }

    /**
     * Puts the originals back into JSON text, escaped as JSON string content, so an original with a
     * quote or backslash keeps the JSON valid.
     *
     * @param json JSON text that may hold this redaction's placeholders inside strings
     * @return the JSON with originals
     */
    public String restoreJson(String json) {
        return restore(json, true);
    }

    private String restore(String text, boolean json) {
        if (text == null || text.isEmpty() || isEmpty()) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = null;
        int at = 0;
        while (m.find()) {
            String original = original(m.group(1));
            if (original == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length());
            }
            sb.append(text, at, m.start()).append(json ? jsonEscape(original) : original);
            at = m.end();
        }
        return sb == null ? text : sb.append(text, at, text.length()).toString();
    }

    private synchronized String original(String placeholder) {
        return byPlaceholder.get(placeholder);
    }

    /**
     * The answer with originals restored in its content, reasoning and tool-call arguments. When
     * the request asked for JSON (json_object or json_schema) the content is restored as JSON.
     *
     * @param response the answer from below
     * @param format the response format the request asked for, or {@code null}
     * @return the restored answer
     */
    public ChatResponse restore(ChatResponse response, ResponseFormat format) {
        if (isEmpty()) {
            return response;
        }
        boolean json = format != null && format.type() != ResponseFormat.Type.TEXT;
        List<ToolCall> calls = new ArrayList<>(response.toolCalls().size());
        for (ToolCall c : response.toolCalls()) {
            calls.add(new ToolCall(c.id(), c.name(), restoreJson(c.arguments())));
        }
        return response.withContent(restore(response.content(), json), restore(response.reasoningContent()), calls);
    }

    /** @return a restorer for one stream of this request's answer */
    public StreamRestorer newStreamRestorer() {
        return new StreamRestorer(this);
    }

    /** @return whether no placeholder was assigned (nothing to restore) */
    public synchronized boolean isEmpty() {
        return byPlaceholder.isEmpty();
    }

    /** @return how many distinct originals were replaced */
    public synchronized int size() {
        return byPlaceholder.size();
    }

    /** @return the longest placeholder written, brackets included */
    synchronized int longestPlaceholder() {
        return longest;
    }

    static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** @return the number of placeholders only; never the data */
    @Override
    public String toString() {
        return "Redaction[" + size() + " placeholders]";
    }
}
