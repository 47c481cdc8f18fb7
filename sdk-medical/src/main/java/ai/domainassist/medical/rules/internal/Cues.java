package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.rules.assertion.AssertionTriggers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue words of {@code rules/cues.tsv} and the assertion triggers ({@link AssertionTriggers}: negation,
 * hedges, conditions, worries, other people, relatives, children) under their older type names, by type,
 * longest first, with the search helpers the extractors share. A {@code RELATIVE} cue is also an
 * {@code OTHER_PERSON} cue. Immutable and thread-safe.
 */
public final class Cues {
    /** The cue types of the data file. */
    public enum Type {
        NEG_PRE, NEG_POST, PSEUDO, UNCERTAIN, SCOPE_END, QUESTION, ANSWER_YES, ANSWER_NO, ANSWER_UNSURE, SEVERITY,
        FREQUENCY, DIAGNOSIS, NOT_DIAGNOSIS, INFERENCE, PRESCRIBE, TAKEN, ORDER, RESULT, PAST, CHILD, FOLLOW_UP, LIFESTYLE,
        REFERRAL, TREATMENT, WARNING_SIGNS, HEALTHY, HISTORY_GENERIC, CONDITIONAL, SPECULATION, EFFECT, EXAM_CONTEXT, NEG_SCOPE_END, OTHER_PERSON,
        VAGUE_TIME, RELATIVE, ANSWER_LEAD, STOPPED, STILL, ANSWER_NORMAL, CONDITION, PURPOSE, ADVISE, DEFERRED,
        VACCINE_GIVEN, VACCINE_NOT_GIVEN, VACCINE_PLAN, PAST_COURSE, FAMILY
    }

    /**
     * A cue found in a text.
     *
     * @param start where
     * @param end one past
     * @param cue the cue words
     * @param value the cue's value column
     */
    public record Hit(int start, int end, String cue, String value) {
    }

    private static final List<DataFile.Row> ROWS = DataFile.resource("rules/cues.tsv");
    private static final Cues SHIPPED = new Cues(ROWS, AssertionTriggers.defaults());

    private final Map<Type, List<String>> cues = new EnumMap<>(Type.class);
    private final Map<Type, Map<String, String>> values = new EnumMap<>(Type.class);
    private final Map<Type, PhraseTrie<String>> tries = new EnumMap<>(Type.class);
    /** Every cue of every type in one trie, so one pass over a text finds them all. */
    private final PhraseTrie<List<Type>> combined = new PhraseTrie<>();

    private Cues(List<DataFile.Row> rows, AssertionTriggers triggers) {
        for (Type t : Type.values()) {
            cues.put(t, new ArrayList<>());
            values.put(t, new HashMap<>());
        }
        for (DataFile.Row r : rows) {
            add(Type.valueOf(r.col(1)), TermMatcher.fold(r.col(0)), r.col(2));
        }
        for (AssertionTriggers.Trigger tr : triggers.triggers()) {
            Type t = type(tr);
            if (t != null) {
                add(t, TermMatcher.fold(tr.phrase()), tr.value());
            }
        }
        for (Map.Entry<Type, List<String>> e : cues.entrySet()) {
            e.getValue().sort(Comparator.comparingInt(String::length).reversed());
            PhraseTrie<String> trie = new PhraseTrie<>();
            for (String c : e.getValue()) {
                trie.add(c, values.get(e.getKey()).get(c));
            }
            tries.put(e.getKey(), trie.freeze());
        }
        Map<String, List<Type>> byPhrase = new java.util.HashMap<>();
        for (Map.Entry<Type, List<String>> e : cues.entrySet()) {
            for (String c : e.getValue()) {
                byPhrase.computeIfAbsent(c, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        byPhrase.forEach(combined::add);
        combined.freeze();
    }

    private void add(Type t, String cue, String value) {
        if (values.get(t).containsKey(cue)) {
            values.get(t).put(cue, value);
            return;
        }
        cues.get(t).add(cue);
        values.get(t).put(cue, value);
        if (t == Type.RELATIVE && !values.get(Type.OTHER_PERSON).containsKey(cue)) {
            cues.get(Type.OTHER_PERSON).add(cue); // a relative is someone other than the patient
            values.get(Type.OTHER_PERSON).put(cue, "");
        }
    }

    /** The older cue type a trigger stands for, or {@code null}. */
    private static Type type(AssertionTriggers.Trigger t) {
        boolean forward = t.direction() == AssertionTriggers.Direction.FORWARD;
        return switch (t.category()) {
            case NEGATED -> forward ? Type.NEG_PRE : t.direction() == AssertionTriggers.Direction.BACKWARD ? Type.NEG_POST : null;
            case POSSIBLE -> forward ? Type.UNCERTAIN : null;
            case PSEUDO -> Type.PSEUDO;
            case TERMINATE -> Type.SCOPE_END;
            case TERMINATE_NEGATION -> Type.NEG_SCOPE_END;
            case HYPOTHETICAL -> forward ? Type.CONDITIONAL : null;
            case WORRY -> Type.SPECULATION;
            case OTHER -> Type.OTHER_PERSON;
            case RELATIVE -> Type.RELATIVE;
            case CHILD -> Type.CHILD;
            default -> null;
        };
    }

    /**
     * The cue table of the shipped {@code rules/cues.tsv} with a trigger table's assertion words.
     *
     * @param triggers the assertion triggers
     * @return the table
     */
    public static Cues of(AssertionTriggers triggers) {
        return triggers == AssertionTriggers.defaults() ? SHIPPED : new Cues(ROWS, triggers);
    }

    /**
     * Every type's cues in a text in one pass: per type the same hits as {@link #find} over the
     * whole text (longest cue at each position, non-overlapping).
     *
     * @param s the folded text
     * @return the hits of each type that occurs, in order
     */
    public Map<Type, List<Hit>> findAll(String s) {
        Map<Type, List<Hit>> out = new EnumMap<>(Type.class);
        int[] next = new int[Type.values().length];
        String[] longest = new String[Type.values().length];
        List<Type> seen = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            seen.clear();
            int at = i;
            combined.forEachFrom(s, i, s.length(), (end, phrase, types) -> {
                for (Type t : types) {
                    if (next[t.ordinal()] <= at) {
                        if (longest[t.ordinal()] == null) {
                            seen.add(t);
                        }
                        longest[t.ordinal()] = phrase;
                    }
                }
            });
            for (Type t : seen) {
                String c = longest[t.ordinal()];
                out.computeIfAbsent(t, k -> new ArrayList<>()).add(new Hit(i, i + c.length(), c, values.get(t).get(c)));
                next[t.ordinal()] = i + c.length();
                longest[t.ordinal()] = null;
            }
        }
        return out;
    }

    /** @return the shipped cues */
    public static Cues shipped() {
        return SHIPPED;
    }

    /**
     * The cues of a type, longest first.
     *
     * @param t the type
     * @return the cues
     */
    public List<String> of(Type t) {
        return cues.get(t);
    }

    /**
     * The value of a cue.
     *
     * @param t the type
     * @param cue the cue
     * @return its value column, or empty
     */
    public String value(Type t, String cue) {
        return values.get(t).getOrDefault(cue, "");
    }

    /**
     * Every occurrence of a type's cues in {@code [from, to)}, longest cue first at a position,
     * non-overlapping, in order.
     *
     * @param s the folded text
     * @param from start
     * @param to end
     * @param t the type
     * @return the hits
     */
    public List<Hit> find(String s, int from, int to, Type t) {
        List<Hit> out = new ArrayList<>();
        PhraseTrie<String> trie = tries.get(t);
        int i = Math.max(0, from);
        int end = Math.min(to, s.length());
        while (i < end) {
            PhraseTrie.Hit<String> h = trie.longestAt(s, i, end);
            if (h == null) {
                i++;
            } else {
                out.add(new Hit(h.start(), h.end(), h.phrase(), h.payload()));
                i = h.end();
            }
        }
        return out;
    }

    /**
     * Whether a type's cue occurs in {@code [from, to)}.
     *
     * @param s the folded text
     * @param from start
     * @param to end
     * @param t the type
     * @return {@code true} if one occurs
     */
    public boolean any(String s, int from, int to, Type t) {
        int a = Math.max(0, from);
        int b = Math.min(to, s.length());
        PhraseTrie<String> trie = tries.get(t);
        for (int i = a; i < b; i++) {
            if (trie.longestAt(s, i, b) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue of a type that the text at {@code at} starts with, the longest.
     *
     * @param s the folded text
     * @param at where
     * @param t the type
     * @return the cue, or {@code null}
     */
    public String startingAt(String s, int at, Type t) {
        PhraseTrie.Hit<String> h = tries.get(t).longestAt(s, at, s.length());
        return h == null ? null : h.phrase();
    }
}
