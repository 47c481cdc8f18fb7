package ai.domainassist.gov.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For every Chinese character, the characters it may have been written for, each with the reason
 * ({@link Kind}): its homophones (toneless pinyin), its fuzzy homophones (模糊音 pairs of
 * {@code proofreading/fuzzy-pinyin.tsv}), the characters that look like it (similar shape codes of
 * the Unicode Han Database, two levels, {@code proofreading/visual.tsv}) and the confusions seen in official documents
 * ({@code proofreading/confusions.tsv}, with their counts). Only common characters (jieba frequency
 * at least {@link #COMMON_FREQ}) are proposed from pinyin; the first reason in {@link Kind} order wins.
 * Candidate lists are sorted, so they can be intersected with a {@link CompletionIndex} pattern.
 *
 * <p>Immutable; thread-safe.
 */
public final class ConfusionSets {
    /** A character of at least this jieba frequency may be proposed as a homophone. */
    public static final int COMMON_FREQ = 50;

    /** Why a character is a candidate for another, in order of precedence. */
    public enum Kind {
        /** Same toneless syllable (同音字). */
        HOMOPHONE,
        /** A fuzzy-pinyin variant of the syllable (近音字). */
        FUZZY,
        /** Stroke sequences one edit apart (形近字). */
        VISUAL1,
        /** Stroke sequences two edits apart (形近字). */
        VISUAL2,
        /** Only seen as a confusion in official documents. */
        CONFUSION,
        /**
         * Outside the sets: completes a common word with its neighbours (the corrector's own kind;
         * never in a set, scored by {@link ScoringWeights#completes}).
         */
        COMPLETION
    }

    private static final Kind[] KINDS = Kind.values();

    private final char[][] candidates = new char[65536][];
    private final byte[][] kinds = new byte[65536][];
    /** Per character: the characters it was seen written for (sorted) and how often. */
    private final char[][] learnedChars = new char[65536][];
    private final int[][] learnedCounts = new int[65536][];

    private ConfusionSets() {
    }

    /**
     * Builds the sets from data lines (comments already removed, as {@link DataFiles#lines} gives).
     *
     * @param pinyin lines of {@code pinyin.tsv}: character, comma-separated toneless syllables
     * @param fuzzy lines of {@code fuzzy-pinyin.tsv}: initial|final, one, other
     * @param visual lines of {@code visual.tsv}: character, level-1 characters, level-2 characters
     * @param confusions lines of {@code confusions.tsv}: wrong, right, count
     * @param frequency the jieba frequency of a single character (0 when unknown)
     * @return the sets
     * @throws IllegalStateException if a line is malformed
     */
    public static ConfusionSets build(List<String> pinyin, List<String> fuzzy, List<String> visual,
            List<String> confusions, java.util.function.ToIntFunction<Character> frequency) {
        Map<Character, String[]> syllables = new HashMap<>();
        Map<String, StringBuilder> bySyllable = new HashMap<>();
        for (String line : pinyin) {
            String[] c = split(line, 2, "pinyin.tsv");
            char ch = c[0].charAt(0);
            String[] ss = c[1].split(",");
            syllables.put(ch, ss);
            if (frequency.applyAsInt(ch) >= COMMON_FREQ) {
                for (String s : ss) {
                    bySyllable.computeIfAbsent(s, k -> new StringBuilder()).append(ch);
                }
            }
        }
        List<String[]> initials = new ArrayList<>();
        List<String[]> finals = new ArrayList<>();
        for (String line : fuzzy) {
            String[] c = split(line, 3, "fuzzy-pinyin.tsv");
            (c[0].equals("initial") ? initials : finals).add(new String[] {c[1], c[2]});
        }
        Map<Character, TreeMap<Character, Kind>> sets = new HashMap<>();
        syllables.forEach((ch, ss) -> {
            TreeMap<Character, Kind> m = sets.computeIfAbsent(ch, k -> new TreeMap<>());
            for (String s : ss) {
                addAll(m, bySyllable.get(s), Kind.HOMOPHONE);
            }
            for (String s : ss) {
                for (String v : variants(s, initials, finals)) {
                    addAll(m, bySyllable.get(v), Kind.FUZZY);
                }
            }
        });
        for (String line : visual) {
            String[] c = line.split("\t", -1);
            if (c.length < 2 || c[0].length() != 1) {
                throw new IllegalStateException("visual.tsv: bad line " + line);
            }
            TreeMap<Character, Kind> m = sets.computeIfAbsent(c[0].charAt(0), k -> new TreeMap<>());
            addAll(m, c[1], Kind.VISUAL1);
            if (c.length > 2) {
                addAll(m, c[2], Kind.VISUAL2);
            }
        }
        Map<Character, Map<Character, Integer>> learned = new HashMap<>();
        for (String line : confusions) {
            String[] c = split(line, 3, "confusions.tsv");
            char a = c[0].charAt(0);
            char b = c[1].charAt(0);
            learned.computeIfAbsent(a, k -> new HashMap<>()).put(b, Integer.parseInt(c[2]));
            sets.computeIfAbsent(a, k -> new TreeMap<>()).putIfAbsent(b, Kind.CONFUSION);
        }
        ConfusionSets out = new ConfusionSets();
        learned.forEach((a, m) -> {
            TreeMap<Character, Integer> sorted = new TreeMap<>(m);
            char[] cs = new char[sorted.size()];
            int[] ns = new int[sorted.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : sorted.entrySet()) {
                cs[k] = e.getKey();
                ns[k++] = e.getValue();
            }
            out.learnedChars[a] = cs;
            out.learnedCounts[a] = ns;
        });
        sets.forEach((ch, m) -> {
            m.remove(ch);
            if (m.isEmpty()) {
                return;
            }
            char[] cs = new char[m.size()];
            byte[] ks = new byte[m.size()];
            int k = 0;
            for (Map.Entry<Character, Kind> e : m.entrySet()) {
                cs[k] = e.getKey();
                ks[k++] = (byte) e.getValue().ordinal();
            }
            out.candidates[ch] = cs;
            out.kinds[ch] = ks;
        });
        return out;
    }

    private static String[] split(String line, int n, String file) {
        String[] c = line.split("\t");
        if (c.length < n || c[0].isEmpty() || c[1].isEmpty()) {
            throw new IllegalStateException(file + ": bad line " + line);
        }
        return c;
    }

    private static void addAll(TreeMap<Character, Kind> m, CharSequence chars, Kind kind) {
        if (chars == null) {
            return;
        }
        for (int k = 0; k < chars.length(); k++) {
            m.putIfAbsent(chars.charAt(k), kind);
        }
    }

    /**
     * The fuzzy variants of a syllable: every combination of at most one initial swap and at most
     * one final swap, less the syllable itself.
     */
    static List<String> variants(String s, List<String[]> initials, List<String[]> finals) {
        List<String> inits = new ArrayList<>(List.of(s));
        for (String[] p : initials) {
            if (s.startsWith(p[0])) {
                inits.add(p[1] + s.substring(p[0].length()));
                break;
            }
            if (s.startsWith(p[1])) {
                inits.add(p[0] + s.substring(p[1].length()));
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String x : inits) {
            out.add(x);
            for (String[] p : finals) {
                if (x.endsWith(p[0])) {
                    out.add(x.substring(0, x.length() - p[0].length()) + p[1]);
                    break;
                }
                if (x.endsWith(p[1])) {
                    out.add(x.substring(0, x.length() - p[1].length()) + p[0]);
                    break;
                }
            }
        }
        out.remove(s);
        return out;
    }

    /**
     * @param c a character
     * @return its candidates, sorted (do not modify), or {@code null} when it has none
     */
    public char[] candidates(char c) {
        return candidates[c];
    }

    /**
     * @param c a character
     * @param index an index into {@link #candidates}{@code (c)}
     * @return why that candidate is one
     */
    public Kind kind(char c, int index) {
        return KINDS[kinds[c][index]];
    }

    /**
     * @param wrong the character written
     * @param right the character meant
     * @return how often this confusion was seen in the training part of csc-odw-train (0 when never)
     */
    public int learnedCount(char wrong, char right) {
        char[] cs = learnedChars[wrong];
        if (cs == null) {
            return 0;
        }
        int at = java.util.Arrays.binarySearch(cs, right);
        return at < 0 ? 0 : learnedCounts[wrong][at];
    }

    /**
     * @param wrong a character
     * @return the characters it was seen written for, sorted (do not modify), or {@code null} when none
     */
    public char[] learned(char wrong) {
        return learnedChars[wrong];
    }
}
