import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Exports the word frequencies and word-bigram counts of HanLP portable's mini core dictionary
 * ({@code data/dictionary/CoreNatureDictionary.mini.txt.bin} and
 * {@code CoreNatureDictionary.ngram.mini.txt.table.bin}, statistics HanLP estimated from the 1998
 * People's Daily segmented corpus) into a compact gzipped table that {@code tune_proofreader.py --bigrams}
 * reads: the word-bigram experiment of issue 17's third round (docs/gov-proofreading.md). It did not
 * hold on the held-back sentences and is not shipped; HanLP is not a dependency of the SDK.
 *
 * <pre>
 * curl -O https://repo.maven.apache.org/maven2/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar
 * java -cp hanlp-portable-1.8.6.jar sdk-gov/tools/ExportHanlpBigrams.java /tmp/wb2.tsv.gz 2
 * </pre>
 *
 * Output: a comment header; the words made only of CJK ideographs (U+4E00-U+9FFF) of one to four
 * characters, one a line with HanLP's total frequency, after the line {@code @words}; after
 * {@code @pairs}, the bigrams of two such words seen at least MIN_COUNT times, as the two words'
 * indices in the word list and the count, tab-separated. The dictionary's words are enumerated by
 * walking its double-array trie (HanLP has no public iterator for it); the word id of each is
 * checked against {@code CoreDictionary.getWordID}.
 */
public class ExportHanlpBigrams {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ExportHanlpBigrams OUT.tsv.gz MIN_COUNT");
            System.exit(2);
        }
        int minCount = Integer.parseInt(args[1]);
        int[] base = CoreDictionary.trie.getBase();
        int[] check = CoreDictionary.trie.getCheck();
        Map<Integer, List<Integer>> byCheck = new HashMap<>();
        for (int p = 0; p < check.length; p++) {
            if (check[p] != 0) {
                byCheck.computeIfAbsent(check[p], k -> new ArrayList<>()).add(p);
            }
        }
        // HanLP's double array: the child of state b by character c is p = b + c + 1 when check[p] == b;
        // a word ends at b when check[b] == b and base[b] < 0, its id being -base[b] - 1
        String[] words = new String[CoreDictionary.trie.size()];
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {base[0], ""});
        while (!stack.isEmpty()) {
            Object[] o = stack.pop();
            int b = (Integer) o[0];
            String prefix = (String) o[1];
            for (int p : byCheck.getOrDefault(b, List.of())) {
                if (p == b) {
                    if (base[p] < 0) {
                        words[-base[p] - 1] = prefix;
                    }
                } else {
                    stack.push(new Object[] {base[p], prefix + (char) (p - b - 1)});
                }
            }
        }
        for (int id = 0; id < words.length; id++) {
            if (words[id] == null || CoreDictionary.getWordID(words[id]) != id) {
                throw new IllegalStateException("trie walk disagrees with HanLP at word id " + id);
            }
        }
        int[] index = new int[words.length];
        List<String> kept = new ArrayList<>();
        for (int id = 0; id < words.length; id++) {
            index[id] = -1;
            if (han(words[id])) {
                index[id] = kept.size();
                kept.add(words[id]);
            }
        }
        CoreBiGramTableDictionary.getBiFrequency(0, 0); // loads the table
        int[] start = (int[]) field("start").get(null);
        int[] pair = (int[]) field("pair").get(null);
        long total = 0;
        int nPairs = 0;
        StringBuilder pairs = new StringBuilder();
        for (int a = 0; a + 1 < start.length; a++) {
            for (int k = start[a]; k < start[a + 1]; k++) {
                int b = pair[2 * k];
                int count = pair[2 * k + 1];
                total += count;
                if (count != CoreBiGramTableDictionary.getBiFrequency(a, b)) {
                    throw new IllegalStateException("bigram table layout not understood at " + a + "," + b);
                }
                if (count >= minCount && index[a] >= 0 && index[b] >= 0) {
                    pairs.append(index[a]).append('\t').append(index[b]).append('\t').append(count).append('\n');
                    nPairs++;
                }
            }
        }
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(new FileOutputStream(args[0])),
                StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(w)) {
            out.print("# Word frequencies and word-bigram counts of HanLP portable 1.8.6 (com.hankcs:hanlp:portable-1.8.6,\n"
                    + "# Maven Central; Apache License 2.0, https://github.com/hankcs/HanLP), exported from its\n"
                    + "# data/dictionary/CoreNatureDictionary.mini.txt.bin and CoreNatureDictionary.ngram.mini.txt.table.bin\n"
                    + "# by sdk-gov/tools/ExportHanlpBigrams.java. HanLP estimated them from the segmented 1998 People's\n"
                    + "# Daily corpus (its portable dictionaries are the \"98\" ones, hankcs/HanLP issue 209); "
                    + total + " bigram tokens.\n"
                    + "# Kept: words of CJK ideographs only (" + kept.size() + "), with HanLP's total frequency; pairs of two\n"
                    + "# such words seen at least " + minCount + " times (" + nPairs
                    + "), as word indices (from 0, in the order below) and count.\n");
            out.print("@words\n");
            for (int id = 0; id < words.length; id++) {
                if (index[id] >= 0) {
                    out.print(words[id] + "\t" + CoreDictionary.get(id).totalFrequency + "\n");
                }
            }
            out.print("@pairs\n");
            out.print(pairs);
        }
        System.err.println(kept.size() + " words, " + nPairs + " pairs, " + total + " bigram tokens in the table");
    }

    private static boolean han(String w) {
        if (w.isEmpty() || w.length() > 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '\u4e00' || c > '\u9fff') {
                return false;
            }
        }
        return true;
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = CoreBiGramTableDictionary.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
