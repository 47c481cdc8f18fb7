package ai.domainassist.medical.rules.assertion;

import ai.domainassist.medical.internal.DataFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The trigger words of the assertion layer: the words that decide, for every symptom, disease or
 * finding the offline engine finds in a dialogue, whether it is denied (没有发烧), hedged (好像), only a
 * condition or a worry (如果发烧, 会不会是肺炎), the doctor speaking in general (一般, 容易), text addressing
 * the record (写成), about someone other than the patient (同事, 我妈 — unless the mother is the patient),
 * from before this illness (以前) or over (已经好了). The layer follows ConText (Harkema et al., 2009):
 * a trigger acts forward, backward or on its whole clause, until a terminating word (但是, 就是).
 *
 * <p>The shipped table ({@link #defaults()}) is {@code ai/domainassist/medical/rules/assertion-triggers.tsv};
 * a hospital adds its own words with a file in the same format ({@link #load(Path)}) merged on top
 * ({@link #with(AssertionTriggers)}). One trigger a line, tab-separated, {@code #} comments:
 * <pre>
 * phrase&lt;TAB&gt;category&lt;TAB&gt;direction[&lt;TAB&gt;value]
 * 木有      NEGATED    FORWARD
 * 俺娘      RELATIVE   BOTH      母亲
 * </pre>
 * A phrase may have several categories (没有 is a forward and a backward negation); a later line with
 * the same phrase, category and direction replaces the earlier one.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssertionTriggers {
    private static final AssertionTriggers DEFAULTS = fromRows(DataFile.resource("rules/assertion-triggers.tsv"),
            "assertion-triggers.tsv");

    /** What a trigger says about the mentions in its scope. */
    public enum Category {
        /** Denied: 没有发烧, 发烧倒没有. */
        NEGATED,
        /** Hedged: 好像, 可能. */
        POSSIBLE,
        /** Looks like a trigger but is not (不知道, 不停): masks the triggers it covers. */
        PSEUDO,
        /** Ends every forward scope: 但是, 就是, 还有. */
        TERMINATE,
        /** Asserting words that end a negation or hedge scope only: 有点, 挺. */
        TERMINATE_NEGATION,
        /** A condition or precaution, not a report: 如果, 防止. */
        HYPOTHETICAL,
        /** What is feared or asked about, not reported: 会不会是, 担心, 算不算. */
        WORRY,
        /**
         * Asks whether what follows is there (有没有发烧): in a question it marks what is asked, which counts
         * only through its answer. A mention right before 吗 or an A-not-A form (发不发烧) is asked too.
         */
        QUESTION,
        /** The doctor speaks in general, not of this patient: 一般, 容易, 会导致 (doctors' turns only). */
        TEACHING,
        /** The words address the record or the system: 写成, 病历上写. Never record content. */
        INSTRUCTION,
        /** Someone other than the patient and not a blood relative: 同事, 同学. */
        OTHER,
        /** A blood relative; the value is the record wording (父亲). The patient when the consultation is about them. */
        RELATIVE,
        /** The speaker (我也, 我自己): someone other than the patient when the speaker speaks for a patient. */
        SELF,
        /** A child patient spoken of: 孩子, 宝宝, 小朋友. */
        CHILD,
        /** Before this illness: 以前, 小时候. */
        HISTORICAL,
        /** Over now: 已经好了, 退了. */
        RESOLVED,
        /** Opens a new clause even without punctuation: 然后, 还有, 另外 (the segmenter splits before it). */
        SPLIT
    }

    /** Where a trigger acts. */
    public enum Direction {
        /** On the mentions after it in its clause, until a terminating word. */
        FORWARD,
        /** On the mention before it; for a negation or a resolution the trigger ends the clause. */
        BACKWARD,
        /** On every mention of its clause. */
        BOTH,
        /** Nowhere by itself (pseudo-triggers, terminating words, child words, clause openers). */
        NONE
    }

    /**
     * One trigger.
     *
     * @param phrase the words (width and Latin letter case are folded when matching)
     * @param category what it says
     * @param direction where it acts
     * @param value for {@link Category#RELATIVE} the relative as the record names them; for
     *              {@link Category#SELF} the largest distance in characters to the mention (empty: the clause);
     *              otherwise empty
     */
    public record Trigger(String phrase, Category category, Direction direction, String value) {
        /**
         * Checks the components.
         *
         * @param phrase the words
         * @param category what it says
         * @param direction where it acts
         * @param value the value column, or empty
         * @throws NullPointerException if a component is {@code null}
         * @throws IllegalArgumentException if the phrase is blank, a relative has no value, or a SELF value is
         *                                  not a number
         */
        public Trigger {
            Objects.requireNonNull(phrase, "phrase");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(value, "value");
            if (phrase.isBlank()) {
                throw new IllegalArgumentException("a trigger needs a phrase");
            }
            if (category == Category.RELATIVE && value.isBlank()) {
                throw new IllegalArgumentException("a RELATIVE trigger needs the relative as its value (父亲)");
            }
            if (category == Category.SELF && !value.isEmpty() && !value.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("a SELF trigger's value is a distance in characters");
            }
        }
    }

    private final Map<String, Trigger> triggers;

    private AssertionTriggers(Map<String, Trigger> triggers) {
        this.triggers = Collections.unmodifiableMap(new LinkedHashMap<>(triggers));
    }

    /** @return the shipped table, loaded once */
    public static AssertionTriggers defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a trigger file in the format above (UTF-8).
     *
     * @param file the file
     * @return the triggers of that file alone; merge them with {@code defaults().with(...)}
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if a line is malformed (the message names the file and line)
     */
    public static AssertionTriggers load(Path file) {
        Objects.requireNonNull(file, "file");
        return fromRows(DataFile.file(file), file.getFileName().toString());
    }

    /**
     * A table of the given triggers.
     *
     * @param triggers the triggers; a later one replaces an earlier one with the same phrase, category and direction
     * @return the table
     */
    public static AssertionTriggers of(List<Trigger> triggers) {
        Map<String, Trigger> m = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            m.put(key(Objects.requireNonNull(t, "trigger")), t);
        }
        return new AssertionTriggers(m);
    }

    /**
     * This table with another merged on top.
     *
     * @param more the triggers to add; they replace those with the same phrase, category and direction
     * @return the merged table
     */
    public AssertionTriggers with(AssertionTriggers more) {
        Map<String, Trigger> m = new LinkedHashMap<>(triggers);
        m.putAll(more.triggers);
        return new AssertionTriggers(m);
    }

    /** @return every trigger, in file order */
    public List<Trigger> triggers() {
        return List.copyOf(triggers.values());
    }

    /** @return the number of triggers */
    public int size() {
        return triggers.size();
    }

    private static String key(Trigger t) {
        return ai.domainassist.core.text.Width.toHalf(t.phrase().strip()).toUpperCase(Locale.ROOT) + "\t" + t.category()
                + "\t" + t.direction();
    }

    private static AssertionTriggers fromRows(List<DataFile.Row> rows, String name) {
        List<Trigger> out = new ArrayList<>(rows.size());
        for (DataFile.Row r : rows) {
            try {
                out.add(new Trigger(r.col(0), Category.valueOf(r.col(1).toUpperCase(Locale.ROOT)),
                        Direction.valueOf(r.col(2).toUpperCase(Locale.ROOT)), r.col(3)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + r.line() + ": " + e.getMessage());
            }
        }
        return of(out);
    }
}
