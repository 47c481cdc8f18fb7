package ai.domainassist.core.usage.internal;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolSpec;
import ai.domainassist.core.text.Width;

/**
 * A cautious estimate of a request's prompt tokens before it is sent, without a tokenizer: each
 * Chinese character counts as one token, other text as one token per three characters, plus four
 * tokens per message. Real tokenizers of the Chinese models give fewer tokens for Chinese text
 * (roughly 0.6 to 1 per character), so the estimate errs on the side of rejecting.
 */
public final class TokenEstimate {
    private TokenEstimate() {
    }

    /**
     * @param request the request
     * @return the estimated prompt tokens
     */
    public static long prompt(ChatRequest request) {
        long tokens = 0;
        for (Message m : request.messages()) {
            tokens += 4 + text(m.text());
            for (ToolCall c : m.toolCalls()) {
                tokens += text(c.name()) + text(c.arguments());
            }
        }
        for (ToolSpec t : request.tools()) {
            tokens += text(t.name()) + text(t.description()) + text(t.parametersSchema());
        }
        if (request.responseFormat() != null && request.responseFormat().schema() != null) {
            tokens += text(request.responseFormat().schema());
        }
        return tokens;
    }

    /**
     * An upper bound of {@link #prompt(ChatRequest)} from the texts' lengths alone (the estimate
     * counts at most one token per character), so a caller can skip counting when even the bound fits.
     *
     * @param request the request
     * @return a number of tokens at least {@code prompt(request)}
     */
    public static long promptBound(ChatRequest request) {
        long chars = 0;
        for (Message m : request.messages()) {
            chars += 4 + m.text().length();
            for (ToolCall c : m.toolCalls()) {
                chars += c.name().length() + c.arguments().length();
            }
        }
        for (ToolSpec t : request.tools()) {
            chars += t.name().length() + t.description().length() + t.parametersSchema().length();
        }
        if (request.responseFormat() != null && request.responseFormat().schema() != null) {
            chars += request.responseFormat().schema().length();
        }
        return chars;
    }

    /**
     * @param s a text
     * @return its estimated tokens
     */
    public static long text(String s) {
        long han = 0;
        long other = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Width.isHan(s.charAt(i))) {
                han++;
            } else {
                other++;
            }
        }
        return han + (other + 2) / 3;
    }
}
