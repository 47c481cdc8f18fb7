package ai.domainassist.core.privacy;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.ToolCall;
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
    private final Redactor redactor;
    private final List<String> privateTerms;
    private final Map<String, String> byOriginal = new LinkedHashMap<>();
    private final Map<String, String> byPlaceholder = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private int longest;

    Redaction(Redactor redactor, Collection<String> privateTerms) {
        this.redactor = redactor;
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
     * The request with personal data replaced in every text part of every message, in assistant
     * tool-call arguments and reasoning, and in tool results; the marked private terms are
     * removed from the request so nothing below sees them. Images are passed unchanged (they
     * cannot be redacted as text).
     *
     * @param request the request
     * @return the redacted request
     */
    public ChatRequest redact(ChatRequest request) {
        List<Message> out = new ArrayList<>(request.messages().size());
        for (Message m : request.messages()) {
            out.add(redact(m));
        }
        return new ChatRequest(request.model(), out, request.tools(), request.toolChoice(),
                request.parallelToolCalls(), request.responseFormat(), request.temperature(), request.topP(),
                request.maxTokens(), request.stop(), request.seed(), request.user(), request.timeout(),
                request.extraParameters(), request.cacheable(), request.task(), List.of());
    }

    /** A message with its texts redacted: the message itself when nothing in it was found (no copies). */
    private Message redact(Message m) {
        List<ContentPart> parts = null;
        List<ContentPart> content = m.content();
        for (int i = 0; i < content.size(); i++) {
            ContentPart p = content.get(i);
            if (p instanceof ContentPart.Text t) {
                String r = redact(t.text());
                if (r != t.text()) {
                    if (parts == null) {
                        parts = new ArrayList<>(content);
                    }
                    parts.set(i, new ContentPart.Text(r));
                }
            }
        }
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
