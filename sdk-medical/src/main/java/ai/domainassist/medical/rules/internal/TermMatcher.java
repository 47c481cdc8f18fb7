package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.medical.rules.TermLexicon.Entry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds lexicon surfaces in text: a character trie, leftmost-longest, non-overlapping, with gap
 * entries ({@code 肚子…疼} matches {@code 肚子有点疼}, at most {@value #MAX_GAP} characters between,
 * never across clause punctuation). Filler words of manner and frequency
 * ({@code rules/gap-fillers.tsv}: 一阵一阵的, 一跳一跳地) are bridged on top of those three characters
 * ({@code 肚子一阵一阵的疼}), up to {@value #MAX_SPAN} characters in all. Immutable and thread-safe once built.
 */
public final class TermMatcher {
    /** The largest gap a "…" entry bridges, in characters other than filler words. */
    public static final int MAX_GAP = 3;
    /** The largest gap a "…" entry bridges with filler words, in characters. */
    public static final int MAX_SPAN = 10;
    private static final java.util.Set<NormalizedText.Fold> FOLDS = java.util.EnumSet.of(NormalizedText.Fold.WIDTH,
            NormalizedText.Fold.VARIANTS);
    private static final String BREAKS = "，。！？；,.!?;:：、\n\r";
    private static final PhraseTrie<String> FILLERS = fillers();

    private static PhraseTrie<String> fillers() {
        PhraseTrie<String> t = new PhraseTrie<>();
        for (ai.domainassist.medical.internal.DataFile.Row r
                : ai.domainassist.medical.internal.DataFile.resource("rules/gap-fillers.tsv")) {
            t.add(fold(r.col(0)), r.col(0));
        }
        return t.freeze();
    }

    /**
     * A match.
     *
     * @param start the first character
     * @param end one past the last character
     * @param entry the lexicon entry
     * @param gapStart where the gap begins ({@code == gapEnd} when there is none)
     * @param gapEnd where the gap ends
     */
    public record Match(int start, int end, Entry entry, int gapStart, int gapEnd) {
        /** @return whether the match bridged a gap */
        public boolean hasGap() {
            return gapEnd > gapStart;
        }
    }

    private static final class Node extends CharTrieNode<Node> {
        Entry terminal;
        List<String> gapTails;
        List<Entry> gapEntries;

        @Override
        Node newNode() {
            return new Node();
        }
    }

    private final Node root = new Node();

    /** Body parts a spoken symptom begins with (手脚凉, 嗓子红, 鼻子堵). */
    private static final String[] BODY = {"手脚", "嗓子", "喉咙", "鼻子", "肚子", "眼睛", "嘴唇", "屁股", "脸色", "皮肤", "小便", "大便"};

    private static String bodyWord(String s) {
        for (String b : BODY) {
            if (s.startsWith(b)) {
                return b;
            }
        }
        return null;
    }

    /** Degree words said inside a negated surface (食欲不太好 for 食欲不好). */
    private static final String[] SOFTENERS = {"太", "大", "是很", "是太", "怎么", "咋"};

    private TermMatcher() {
    }

    /**
     * Builds a matcher.
     *
     * @param entries the entries (their surfaces are folded to half width and upper case)
     * @return the matcher
     */
    public static TermMatcher of(Collection<Entry> entries) {
        TermMatcher m = new TermMatcher();
        List<String> surfaces = new ArrayList<>();
        List<Entry> owners = new ArrayList<>();
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Entry e : entries) {
            own.add(fold(e.surface()));
        }
        for (Entry e : entries) {
            String s = fold(e.surface());
            surfaces.add(s);
            owners.add(e);
            String body = bodyWord(s);
            if (body != null && s.length() - body.length() >= 1 && s.length() - body.length() <= 2 && s.indexOf('…') < 0
                    && (e.category() == ai.domainassist.medical.rules.TermLexicon.Category.SYMPTOM
                    || e.category() == ai.domainassist.medical.rules.TermLexicon.Category.SIGN)) {
                // 手脚凉 is also said 手脚不凉 / 手脚有点凉 / 嗓子也不红: the body part, then what it is like
                String v = body + "…" + s.substring(body.length());
                if (own.add(v)) {
                    surfaces.add(v);
                    owners.add(e);
                }
            }
            int not = s.indexOf('不');
            if (not >= 1 && not + 1 < s.length() && s.indexOf('…') < 0) {
                // 食欲不好 is also said 食欲不太好 / 精神不大好 / 鼻子不怎么通: a degree word inside the negation
                for (String degree : SOFTENERS) {
                    String v = s.substring(0, not + 1) + degree + s.substring(not + 1);
                    if (own.add(v)) {
                        surfaces.add(v);
                        owners.add(e);
                    }
                }
            }
        }
        for (int k = 0; k < surfaces.size(); k++) {
            Entry e = owners.get(k);
            String s = surfaces.get(k);
            int gap = s.indexOf('…');
            String head = gap < 0 ? s : s.substring(0, gap);
            Node n = m.root;
            for (int i = 0; i < head.length(); i++) {
                n = n.childOrCreate(head.charAt(i));
            }
            if (gap < 0) {
                n.terminal = e;
            } else {
                if (n.gapTails == null) {
                    n.gapTails = new ArrayList<>(2);
                    n.gapEntries = new ArrayList<>(2);
                }
                n.gapTails.add(s.substring(gap + 1));
                n.gapEntries.add(e);
            }
        }
        m.root.freeze();
        return m;
    }

    /**
     * Folds text the way surfaces are folded (length preserved, so offsets stay valid): half width,
     * traditional characters to simplified (沒有 is 没有), upper-case Latin letters.
     *
     * @param text the text
     * @return the folded text
     */
    public static String fold(String text) {
        char[] out = NormalizedText.of(text, FOLDS).folded().toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            out[i] = c;
        }
        return new String(out);
    }

    /**
     * Finds the matches in {@code [from, to)} of a folded text.
     *
     * @param folded the text, folded with {@link #fold(String)}
     * @param from where to start
     * @param to where to stop
     * @return the matches, leftmost-longest, non-overlapping, in order
     */
    public List<Match> find(String folded, int from, int to) {
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match best = longestAt(folded, i, to);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.end();
            }
        }
        return out;
    }

    /** The end of the longest exact (gap-free) surface starting at {@code start}, or -1. */
    private int exactEnd(String s, int start, int to) {
        Node n = root;
        int end = -1;
        for (int j = start; j < to; j++) {
            n = n.child(s.charAt(j));
            if (n == null) {
                break;
            }
            if (n.terminal != null) {
                end = j + 1;
            }
        }
        return end;
    }

    private boolean tailOwnedByAnotherTerm(String s, int gapStart, int gapEnd, int matchEnd, int to) {
        for (int p = gapStart; p < gapEnd; p++) {
            if (exactEnd(s, p, to) >= matchEnd) {
                return true;
            }
        }
        return false;
    }

    private Object exactCategory(String s, int start, int end) {
        Node n = root;
        for (int j = start; j < end && n != null; j++) {
            n = n.child(s.charAt(j));
        }
        return n == null || n.terminal == null ? null : n.terminal.category();
    }

    private Match longestAt(String s, int start, int to) {
        Node n = root;
        Match best = null;
        int exactEnd = -2; // computed only when a gap entry needs it
        for (int j = start; j < to; j++) {
            n = n.child(s.charAt(j));
            if (n == null) {
                break;
            }
            int end = j + 1;
            if (n.terminal != null && (best == null || end > best.end() || end == best.end() && best.hasGap())) {
                // an exact surface beats a gap entry over the same span (尿得次数多 -> 尿频, not 尿…多 -> 多尿)
                best = new Match(start, end, n.terminal, end, end);
            }
            if (n.gapTails != null) {
                for (int k = 0; k < n.gapTails.size(); k++) {
                    String tail = n.gapTails.get(k);
                    int p = end;
                    int plain = 0;
                    while (p + tail.length() <= to) {
                        if (s.startsWith(tail, p)) {
                            int e = p + tail.length();
                            if (exactEnd == -2) {
                                exactEnd = exactEnd(s, start, to);
                            }
                            if (exactEnd > end && exactEnd <= p
                                    && exactCategory(s, start, exactEnd) == n.gapEntries.get(k).category()) {
                                break; // 头晕头疼: the gap would swallow the exact term 头晕 of the same kind
                            }
                            if (tailOwnedByAnotherTerm(s, end, p, e, to)) {
                                break; // 右下腹压痛: 痛 ends the term 压痛, which starts inside the gap
                            }
                            if (best == null || e > best.end()) {
                                best = new Match(start, e, n.gapEntries.get(k), end, p);
                            }
                            break;
                        }
                        PhraseTrie.Hit<String> filler = FILLERS.longestAt(s, p, to);
                        if (filler != null && filler.end() - end <= MAX_SPAN) {
                            p = filler.end(); // 肚子一阵一阵的疼: manner words do not count
                            continue;
                        }
                        if (BREAKS.indexOf(s.charAt(p)) >= 0 || ++plain > MAX_GAP) {
                            break;
                        }
                        p++;
                    }
                }
            }
        }
        return best;
    }
}
