package ai.domainassist.core.privacy;

import ai.domainassist.core.privacy.internal.Checksums;
import ai.domainassist.core.text.Width;
import ai.domainassist.core.text.internal.CharacterVariants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text: mainland ID card numbers (check digit verified; written whole or
 * in groups), mobile and landline phone numbers (spaces of any width, hyphens or dots between
 * groups), bank card numbers (Luhn verified), e-mail addresses, terms from dictionaries (a
 * hospital's patient names, an insurer's list of addresses), numbers matching configured
 * patterns (medical record, policy and claim numbers), and whatever the caller marks for one
 * request. Digits are recognised in full-width form too, and numbers also when Latin letters touch
 * them ({@code ID110105...}); terms also in traditional or simplified characters.
 *
 * <p>The redactor is the configuration; each request gets its own {@link Redaction}
 * ({@link #newRedaction(Collection)}), which assigns the placeholders and restores the originals.
 * Immutable and thread-safe.
 */
public final class Redactor {
    /** No digit right before or after a number: letters may touch it ({@code ID110...}, {@code Card6222...}). */
    private static final String B = "(?<![0-9])";
    private static final String E = "(?![0-9])";
    /** One separator a person may write inside a number, after spaces of every width became {@code ' '}. */
    private static final String S = "[ -]?";
    /**
     * A mainland ID number, its 18 characters written together or in groups (6-8-4, 6-4-4-4,
     * 4-4-4-4-2, with a space or hyphen between groups); the check digit is verified afterwards.
     */
    private static final Pattern ID_CARD = Pattern.compile(B + "[1-9]\\d{3}" + S + "\\d{2}" + S + "(?:18|19|20)" + S
            + "\\d{2}" + S + "(?:0[1-9]|1[0-2])" + S + "(?:0[1-9]|[12]\\d|3[01])" + S + "\\d{2}" + S
            + "\\d[0-9Xx]" + E);
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)86[ -]?)?1[3-9]\\d(?:[ .-]?\\d{4}){2}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:\\(0\\d{2,3}\\)[ -]?|0\\d{2,3}[ .-])\\d{3,4}[ .-]?\\d{4}(?![0-9])");
    private static final Pattern BANK_CARD = Pattern.compile(
            B + "(?:\\d{4}(?:[ -]\\d{4}){2,3}(?:[ -]\\d{1,3})?|\\d{13,19})" + E);
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern LABEL = Pattern.compile("[A-Z][A-Z0-9_]{0,30}");

    /** The label of terms the caller marks per request. */
    public static final String PRIVATE_LABEL = "PRIVATE";

    private final Set<PersonalData> enabled;
    private final Map<String, Pattern> patterns;
    private final Map<String, List<String>> dictionaries;

    private Redactor(Builder b) {
        this.enabled = b.enabled.isEmpty() ? EnumSet.noneOf(PersonalData.class) : EnumSet.copyOf(b.enabled);
        this.patterns = Map.copyOf(b.patterns);
        Map<String, List<String>> d = new LinkedHashMap<>();
        b.dictionaries.forEach((k, v) -> d.put(k, List.copyOf(v)));
        this.dictionaries = Map.copyOf(d);
    }

    /** @return a builder with every built-in detector on, no patterns and no dictionaries */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a redactor with every built-in detector on */
    public static Redactor defaults() {
        return builder().build();
    }

    /**
     * Starts the redaction of one request.
     *
     * @param privateTerms strings the caller marks as personal data for this request
     * @return a fresh redaction with no placeholders yet
     */
    public Redaction newRedaction(Collection<String> privateTerms) {
        return new Redaction(this, privateTerms);
    }

    /** A found piece of personal data. */
    record Found(int start, int end, String label, int priority) {
    }

    /** Text order, then priority, then the longer find first (made once, not per call). */
    private static final Comparator<Found> FIND_ORDER = Comparator.comparingInt(Found::start)
            .thenComparingInt(Found::priority)
            .thenComparing(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed());

    /**
     * Finds personal data in a text, non-overlapping, in text order.
     *
     * @param text the text
     * @param privateTerms the request's marked terms
     * @return the spans with their labels
     */
    List<Found> find(String text, List<String> privateTerms) {
        List<Found> all = new ArrayList<>();
        if (!privateTerms.isEmpty() || !dictionaries.isEmpty()) {
            // Terms are matched with traditional and simplified characters (and full- and half-width
            // forms) taken as the same: a name marked as 张建国 is found written 張建國. Both foldings
            // map one character to one, so offsets in the folded text are offsets in the text.
            String folded = foldForTerms(text);
            for (String term : privateTerms) {
                addTerm(all, folded, foldForTerms(term), PRIVATE_LABEL, 0);
            }
            dictionaries.forEach((label, terms) -> terms.forEach(t -> addTerm(all, folded, foldForTerms(t), label, 1)));
        }
        // The number detectors run only inside the stretches that could hold a number (see
        // numberRuns): scanning every position of a long text with five regexes cost more than
        // the whole HTTP call. Their matches, and so the result, are the same.
        boolean idCards = enabled.contains(PersonalData.ID_CARD);
        boolean bankCards = enabled.contains(PersonalData.BANK_CARD);
        boolean mobiles = enabled.contains(PersonalData.MOBILE_PHONE);
        boolean landlines = enabled.contains(PersonalData.LANDLINE_PHONE);
        if (idCards || bankCards || mobiles || landlines) {
            for (int[] run : numberRuns(text)) {
                // one character of context on each side, for the detectors' look-behind and look-ahead
                int from = Math.max(0, run[0] - 1);
                String window = foldSpaces(Width.toHalf(text.substring(from, Math.min(text.length(), run[1] + 1))));
                int start = run[0] - from;
                int end = run[1] - from;
                if (idCards) {
                    addMatches(all, window, from, start, end, ID_CARD, PersonalData.ID_CARD.label(), 2,
                            s -> Checksums.validIdCard(s.replaceAll("[ -]", "")));
                }
                if (bankCards) {
                    addMatches(all, window, from, start, end, BANK_CARD, PersonalData.BANK_CARD.label(), 3, s -> {
                        String digits = s.replaceAll("[ -]", "");
                        return digits.length() >= 13 && digits.length() <= 19 && Checksums.luhn(digits);
                    });
                }
                if (mobiles) {
                    addMatches(all, window, from, start, end, MOBILE, PersonalData.MOBILE_PHONE.label(), 4, s -> true);
                }
                if (landlines) {
                    addMatches(all, window, from, start, end, LANDLINE, PersonalData.LANDLINE_PHONE.label(), 4,
                            s -> true);
                }
            }
        }
        String half = null;
        if (enabled.contains(PersonalData.EMAIL) && hasAt(text)) {
            half = Width.toHalf(text);
            addMatches(all, half, 0, 0, half.length(), EMAIL, PersonalData.EMAIL.label(), 4, s -> true);
        }
        if (!patterns.isEmpty()) {
            String h = half != null ? half : Width.toHalf(text);
            patterns.forEach((label, p) -> addMatches(all, h, 0, 0, h.length(), p, label, 5, s -> true));
        }
        if (all.isEmpty()) {
            return List.of();
        }
        all.sort(FIND_ORDER);
        List<Found> chosen = new ArrayList<>();
        int covered = 0;
        for (Found f : all) {
            if (f.start() >= covered) {
                chosen.add(f);
                covered = f.end();
            } else if (!chosen.isEmpty()) {
                Found last = chosen.get(chosen.size() - 1);
                // a higher-priority or longer find that starts inside the last one replaces it
                if (f.start() == last.start() && f.priority() < last.priority()) {
                    chosen.set(chosen.size() - 1, f);
                    covered = f.end();
                }
            }
        }
        return chosen;
    }

    /** Simplified characters and half-width forms: a one-to-one folding, so it keeps offsets. */
    static String foldForTerms(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            char f = CharacterVariants.toSimplified(Width.toHalf(c));
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** The spaces of other widths people type inside numbers (no-break, figure, thin, narrow no-break) as spaces. */
    private static String foldSpaces(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            if (isOtherSpace(text.charAt(i))) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }

    private static boolean isOtherSpace(int c) {
        return c == 0x00A0 || c == 0x2007 || c == 0x2009 || c == 0x202F;
    }

    private static void addTerm(List<Found> out, String text, String term, String label, int priority) {
        if (term.isBlank()) {
            return;
        }
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            out.add(new Found(at, at + term.length(), label, priority));
        }
    }

    /**
     * Adds the matches of a pattern within {@code [start, end)} of a text that begins at
     * {@code offset} of the original; look-behind and look-ahead see past the region.
     */
    private static void addMatches(List<Found> out, String text, int offset, int start, int end, Pattern p,
                                   String label, int priority, java.util.function.Predicate<String> valid) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(start, end);
        while (m.find()) {
            if (m.end() > m.start() && valid.test(m.group())) {
                out.add(new Found(offset + m.start(), offset + m.end(), label, priority));
            }
        }
    }

    /**
     * The stretches of a text made only of characters an ID card, phone or bank card number can
     * consist of after width folding (digits, spaces of any width, {@code - + ( ) .} and
     * {@code X x}) that hold at least one digit: every match of those detectors lies inside one of them.
     *
     * @param text the text, not yet folded
     * @return {@code [start, end)} pairs in text order
     */
    static List<int[]> numberRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        boolean digit = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int c = text.charAt(i);
            if (c >= 0x80) {
                // the only wide characters that fold into a number's characters: full-width forms, the
                // ideographic space and the other spaces people type inside numbers (no-break, thin ...)
                // (tested in ascending ranges, so a Chinese character, the common case, takes three comparisons)
                if (c < 0x2007) {
                    c = c == 0x00A0 ? ' ' : 0;
                } else if (c <= 0x3000) {
                    c = c == 0x3000 || c == 0x2007 || c == 0x2009 || c == 0x202F ? ' ' : 0;
                } else {
                    c = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : 0;
                }
            }
            byte kind = NUMBER_CHARS[c];
            if (kind != 0) {
                if (start < 0) {
                    start = i;
                    digit = false;
                }
                digit |= kind == DIGIT;
            } else if (start >= 0) {
                if (digit) {
                    runs.add(new int[] {start, i});
                }
                start = -1;
            }
        }
        if (start >= 0 && digit) {
            runs.add(new int[] {start, n});
        }
        return runs;
    }

    private static final byte DIGIT = 1;
    private static final byte OTHER_NUMBER_CHAR = 2;
    /** For each ASCII character: {@link #DIGIT}, {@link #OTHER_NUMBER_CHAR} (space, {@code - + ( ) X x .}) or 0. */
    private static final byte[] NUMBER_CHARS = new byte[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            NUMBER_CHARS[c] = DIGIT;
        }
        for (char c : new char[] {' ', '-', '+', '(', ')', 'X', 'x', '.'}) {
            NUMBER_CHARS[c] = OTHER_NUMBER_CHAR;
        }
    }

    private static boolean hasAt(String text) {
        return text.indexOf('@') >= 0 || text.indexOf('\uFF20') >= 0; // '＠' folds to '@'
    }

    /** A mutable builder that validates at once. Not thread-safe. */
    public static final class Builder {
        private final Set<PersonalData> enabled = EnumSet.allOf(PersonalData.class);
        private final Map<String, Pattern> patterns = new LinkedHashMap<>();
        private final Map<String, List<String>> dictionaries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Turns built-in detectors off.
         *
         * @param kinds the detectors to turn off
         * @return this builder
         */
        public Builder disable(PersonalData... kinds) {
            for (PersonalData k : kinds) {
                enabled.remove(Objects.requireNonNull(k, "kind"));
            }
            return this;
        }

        /**
         * Adds a pattern for numbers of one kind, for example
         * {@code pattern("RECORD_NO", "MR\\d{8}")} for medical record numbers or
         * {@code pattern("POLICY_NO", "P\\d{12}")}. Matched against the text with full-width
         * letters and digits folded to ASCII.
         *
         * @param label the placeholder label: upper-case letters, digits and {@code _}, starting with a letter
         * @param regex the pattern (Java syntax)
         * @return this builder
         * @throws IllegalArgumentException if the label is malformed or taken, or the pattern does not compile
         *     or matches the empty string
         */
        public Builder pattern(String label, String regex) {
            checkLabel(label);
            Pattern p;
            try {
                p = Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("pattern for " + label + " does not compile: " + e.getDescription(), e);
            }
            if (p.matcher("").matches()) {
                throw new IllegalArgumentException("pattern for " + label + " matches the empty string");
            }
            patterns.put(label, p);
            return this;
        }

        /**
         * Adds a dictionary of terms to replace wherever they occur (names, addresses).
         *
         * @param label the placeholder label, for example {@code NAME} or {@code ADDRESS}
         * @param terms the terms; blank ones are ignored
         * @return this builder
         * @throws IllegalArgumentException if the label is malformed or taken
         */
        public Builder dictionary(String label, Collection<String> terms) {
            checkLabel(label);
            List<String> kept = new ArrayList<>();
            for (String t : terms) {
                if (!Objects.requireNonNull(t, "term").isBlank()) {
                    kept.add(t);
                }
            }
            kept.sort(Comparator.comparingInt(String::length).reversed());
            dictionaries.put(label, kept);
            return this;
        }

        private void checkLabel(String label) {
            if (label == null || !LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("label must match [A-Z][A-Z0-9_]{0,30}, was " + label);
            }
            if (patterns.containsKey(label) || dictionaries.containsKey(label) || PRIVATE_LABEL.equals(label)) {
                throw new IllegalArgumentException("label " + label + " is already used");
            }
        }

        /** @return the redactor */
        public Redactor build() {
            return new Redactor(this);
        }
    }
}
