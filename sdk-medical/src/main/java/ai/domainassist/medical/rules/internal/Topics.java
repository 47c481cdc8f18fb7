package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.assertion.internal.Segmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a lexicon match whose entry names a topic ({@code TOPIC:大便|便便}: 稀, 发绿, 带血) only where the
 * topic is spoken of: one of its words earlier in the match's clause or in the clause before, or in the two
 * utterances before (the question it answers: 大便怎么样？ 稀的; and the turn before that, where a parent's
 * second line goes on about the stool). Stateless and thread-safe.
 */
final class Topics {
    private Topics() {
    }

    /**
     * The matches to keep.
     *
     * @param terms the matches of an utterance
     * @param folded its folded text
     * @param clauses its clauses
     * @param before the folded text of the two utterances before, or empty
     * @return the matches without those whose topic is not spoken of (the same list when none has a topic)
     */
    static List<TermMatcher.Match> keep(List<TermMatcher.Match> terms, String folded, List<Segment> clauses,
                                        String before) {
        return keep(terms, folded, clauses, before, List.of());
    }

    /**
     * {@link #keep(List, String, List, String)}, and where neither the utterance nor the two before it name the
     * topic, the last of the topic's words and {@code rules/other-topics.tsv} said in the utterance before the match
     * or, going back, in the {@value #REACH} utterances before it decides (大便怎么样？ … 一天三四次 … 绿色的: the
     * stool; 鼻涕什么颜色？ … 绿色的: not).
     *
     * @param terms the matches of an utterance
     * @param folded its folded text
     * @param clauses its clauses
     * @param before the folded text of the two utterances before, or empty
     * @param earlier the folded text of every utterance before it, in order
     * @return the matches to keep
     */
    static List<TermMatcher.Match> keep(List<TermMatcher.Match> terms, String folded, List<Segment> clauses,
                                        String before, List<String> earlier) {
        List<TermMatcher.Match> out = null;
        for (int k = 0; k < terms.size(); k++) {
            TermMatcher.Match m = terms.get(k);
            List<String> topic = m.entry().topic();
            boolean keep = topic.isEmpty() || spoken(topic, folded, clauses, m.start()) || any(topic, before, 0, before.length())
                    || lastSpoken(topic, folded, m.start(), earlier);
            if (!keep && out == null) {
                out = new ArrayList<>(terms.subList(0, k));
            }
            if (keep && out != null) {
                out.add(m);
            }
        }
        return out == null ? terms : out;
    }

    /** How many utterances back the topic of a bare descriptor is looked for. */
    static final int REACH = 8;

    private static final List<String> OTHER = DataFile.resource("rules/other-topics.tsv").stream()
            .map(r -> TermMatcher.fold(r.col(0))).toList();

    private static boolean lastSpoken(List<String> topic, String folded, int at, List<String> earlier) {
        if (earlier.isEmpty()) {
            return false;
        }
        int own = last(OTHER, folded, at);
        if (own >= 0) {
            return false; // 鼻涕有点绿
        }
        for (int i = earlier.size() - 1; i >= Math.max(0, earlier.size() - REACH); i--) {
            String s = earlier.get(i);
            int mine = last(topic, s, s.length());
            int other = last(OTHER, s, s.length());
            if (mine >= 0 || other >= 0) {
                return mine > other;
            }
        }
        return false;
    }

    /** Where the last of the words starts before {@code to}, or -1. */
    private static int last(List<String> words, String s, int to) {
        int best = -1;
        for (String w : words) {
            int i = s.lastIndexOf(w, to - w.length());
            if (i >= 0) {
                best = Math.max(best, i);
            }
        }
        return best;
    }

    private static boolean spoken(List<String> topic, String s, List<Segment> clauses, int at) {
        int c = Segmenter.indexOf(clauses, at);
        int from = c > 0 ? clauses.get(c - 1).start() : c == 0 ? clauses.get(0).start() : Math.max(0, at - 12);
        return any(topic, s, from, at);
    }

    private static boolean any(List<String> words, String s, int from, int to) {
        for (String w : words) {
            int i = s.indexOf(w, from);
            if (i >= 0 && i + w.length() <= to) {
                return true;
            }
        }
        return false;
    }
}
