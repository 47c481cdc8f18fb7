package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.internal.DataFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of {@code rules/personal-history.tsv} (smoking, drinking, occupation, exposure,
 * menstrual and obstetric history) in one trie, so one pass over a clause finds them all.
 * Immutable and thread-safe.
 */
final class PersonalWords {
    /** What a word tells. */
    enum Kind {
        SMOKING, DRINKING, FORMER, OCCUPATION_QUESTION, OCCUPATION, EXPOSURE, MENSTRUAL, OBSTETRIC
    }

    /** Where a word counts. */
    enum Scope {
        /** Anywhere the patient says it (抽烟, 喝酒). */
        ANYWHERE,
        /** In a question about the topic and its answer (烟, 酒, 月经, 结婚). */
        ASKED,
        /** Only in an answer to a question about the topic (抽, 喝). */
        ANSWER
    }

    /**
     * One meaning of a word.
     *
     * @param kind what it tells
     * @param scope where it counts
     * @param value the record wording (exposures), or empty
     */
    record Meaning(Kind kind, Scope scope, String value) {
    }

    /**
     * A word found.
     *
     * @param start where
     * @param end one past
     * @param meaning one of its meanings
     */
    record Hit(int start, int end, Meaning meaning) {
    }

    private static final PersonalWords SHIPPED = new PersonalWords(DataFile.resource("rules/personal-history.tsv"));

    private final PhraseTrie<List<Meaning>> trie = new PhraseTrie<>();

    private PersonalWords(List<DataFile.Row> rows) {
        Map<String, List<Meaning>> byWord = new HashMap<>();
        for (DataFile.Row r : rows) {
            Kind kind = Kind.valueOf(r.col(1));
            String v = r.col(2);
            Scope scope = v.equals("ASKED") ? Scope.ASKED : v.equals("ANSWER") ? Scope.ANSWER : Scope.ANYWHERE;
            String value = scope == Scope.ANYWHERE ? v : "";
            byWord.computeIfAbsent(TermMatcher.fold(r.col(0)), k -> new ArrayList<>()).add(new Meaning(kind, scope, value));
        }
        byWord.forEach((w, m) -> trie.add(w, List.copyOf(m)));
        trie.freeze();
    }

    /** @return the shipped words */
    static PersonalWords shipped() {
        return SHIPPED;
    }

    /**
     * The words in {@code [from, to)} of a folded text, longest at each position, non-overlapping,
     * one hit per meaning.
     *
     * @param s the folded text
     * @param from start
     * @param to end
     * @return the hits in order
     */
    List<Hit> find(String s, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, s.length());
        while (i < end) {
            PhraseTrie.Hit<List<Meaning>> h = trie.longestAt(s, i, end);
            if (h == null) {
                i++;
                continue;
            }
            for (Meaning m : h.payload()) {
                out.add(new Hit(h.start(), h.end(), m));
            }
            i = h.end();
        }
        return out;
    }

    /**
     * The hits by kind.
     *
     * @param hits hits from {@link #find}
     * @return the hits of each kind present, in order
     */
    static Map<Kind, List<Hit>> byKind(List<Hit> hits) {
        Map<Kind, List<Hit>> out = new EnumMap<>(Kind.class);
        for (Hit h : hits) {
            out.computeIfAbsent(h.meaning().kind(), k -> new ArrayList<>()).add(h);
        }
        return out;
    }
}
