package ai.domainassist.core.provider.internal.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Removes secrets (the API key) and prompt text from a string before it goes into an exception
 * message or a log line: provider error messages sometimes echo what they were sent. Prompt
 * fragments shorter than {@value #MIN_PROMPT_FRAGMENT} characters are left alone (they would
 * match ordinary words). Also shortens the string to a bounded length.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scrubber {
    /** The shortest prompt text that is looked for. */
    public static final int MIN_PROMPT_FRAGMENT = 8;
    private static final int MAX_LENGTH = 300;
    private static final java.util.regex.Pattern KEY_LIKE =
            java.util.regex.Pattern.compile("\\b(?:sk-|sk_|bce-v3/|ALTAK)[A-Za-z0-9*._/+=-]{2,}[A-Za-z0-9*_/+=-]");

    /** A scrubber that only shortens. */
    public static final Scrubber NONE = new Scrubber(List.of(), List.of());

    private final List<String> secrets;
    private final List<String> promptTexts;

    private Scrubber(List<String> secrets, List<String> promptTexts) {
        this.secrets = List.copyOf(secrets);
        List<String> sorted = new ArrayList<>(promptTexts);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.promptTexts = List.copyOf(sorted);
    }

    /**
     * @param secret a secret to hide (ignored when {@code null} or empty)
     * @return a scrubber that hides it, too
     */
    public Scrubber withSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            return this;
        }
        List<String> s = new ArrayList<>(secrets);
        s.add(secret);
        return new Scrubber(s, promptTexts);
    }

    /**
     * @param texts prompt texts to hide
     * @return a scrubber that hides them, too
     */
    public Scrubber withPromptTexts(List<String> texts) {
        List<String> p = new ArrayList<>(promptTexts);
        for (String t : texts) {
            if (t != null && t.strip().length() >= MIN_PROMPT_FRAGMENT) {
                p.add(t.strip());
            }
        }
        return new Scrubber(secrets, p);
    }

    /**
     * @param text any text, or {@code null}
     * @return the text with secrets replaced by {@code ***}, prompt text by {@code [prompt]}, and
     *     shortened to 300 characters; {@code null} stays {@code null}
     */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, "***");
        }
        for (String p : promptTexts) {
            out = out.replace(p, "[prompt]");
        }
        // Providers echo masked keys ("Incorrect API key provided: sk-proj-****abcd"): drop those too.
        out = KEY_LIKE.matcher(out).replaceAll("***");
        out = out.replaceAll("\\s+", " ").strip();
        if (out.length() > MAX_LENGTH) {
            out = out.substring(0, MAX_LENGTH) + "...";
        }
        return out;
    }
}
