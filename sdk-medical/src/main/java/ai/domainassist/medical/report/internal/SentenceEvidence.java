package ai.domainassist.medical.report.internal;

import ai.domainassist.core.grounding.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a record section into sentences and gives each sentence the evidence it rests on, so that
 * the page links every sentence to its own words of the dialogue rather than the whole section to
 * all of them.
 *
 * <p>A section carries one list of evidence for its whole text. Each span is given to a sentence
 * by what the record says about it: the structured item the span supports (a symptom, a medicine,
 * a vital sign) names its words (发热, 布洛芬, 38.5), and the span goes to the first sentence that
 * writes one of them, a denied item preferring a sentence whose clause denies it (无, 否认, 未, 不 before the word); a span no
 * item claims goes to the first sentence that contains its quote, or to every sentence its quote
 * contains when it runs over several (advice said in one breath). A section of one sentence
 * (否认过敏史。) gets all the section's evidence. A span that no sentence takes is
 * left over and shown after the section, never dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceEvidence {
    /** Sentence ends of record prose; the plan separates its numbered items with ；. */
    private static final Pattern END = Pattern.compile("(?<=[。；;！!？?\\n])");
    private static final Pattern DENIAL = Pattern.compile("[无否未不]");
    /** A sentence without its item number ("3. ") and end mark, for matching a span that spans sentences. */
    private static final Pattern CORE = Pattern.compile("^\\d+[.、．]\\s*|[。；;！!？?]$");

    /**
     * What a structured item says, for placing its evidence.
     *
     * @param evidence the item's evidence
     * @param words the words a sentence about the item writes (term, value, name), non-empty ones used
     * @param denied whether the item is denied or absent
     */
    public record ItemWords(List<Evidence> evidence, List<String> words, boolean denied) {
    }

    /**
     * One sentence and its evidence.
     *
     * @param text the sentence as written, with its end mark
     * @param evidence the spans it rests on, in the section's order
     */
    public record Sentence(String text, List<Evidence> evidence) {
    }

    /**
     * The sentences of a section with their evidence.
     *
     * @param sentences the sentences, in order
     * @param rest the spans no sentence took, in the section's order
     */
    public record Placed(List<Sentence> sentences, List<Evidence> rest) {
    }

    private SentenceEvidence() {
    }

    /**
     * Splits a section's text into sentences (after 。；！？ and line ends; blank pieces dropped).
     *
     * @param text the section's text
     * @return the sentences, with their end marks
     */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : END.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /**
     * Gives each span of a section to a sentence.
     *
     * @param text the section's text
     * @param evidence the section's evidence
     * @param items the structured items whose evidence may be among it
     * @return the sentences with their evidence, and what was left over
     */
    public static Placed place(String text, List<Evidence> evidence, List<ItemWords> items) {
        List<String> sentences = split(text);
        List<List<Evidence>> bySentence = new ArrayList<>();
        sentences.forEach(s -> bySentence.add(new ArrayList<>()));
        List<Evidence> rest = new ArrayList<>();
        for (Evidence e : evidence) {
            // a section of one sentence rests on all its evidence, whatever words it chose
            List<Integer> at = sentences.size() == 1 ? List.of(0) : sentencesFor(e, sentences, items);
            if (at.isEmpty()) {
                rest.add(e);
            }
            for (int i : at) {
                if (!bySentence.get(i).contains(e)) {
                    bySentence.get(i).add(e);
                }
            }
        }
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new Sentence(sentences.get(i), List.copyOf(bySentence.get(i))));
        }
        return new Placed(out, rest);
    }

    private static List<Integer> sentencesFor(Evidence e, List<String> sentences, List<ItemWords> items) {
        for (ItemWords item : items) {
            if (item.evidence().contains(e)) {
                int at = sentenceWriting(item, sentences);
                if (at >= 0) {
                    return List.of(at);
                }
            }
        }
        String quote = e.quote().strip();
        if (quote.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(quote)) {
                return List.of(i);
            }
        }
        // a span that runs over several sentences (advice said in one breath) supports each of them
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String core = CORE.matcher(sentences.get(i)).replaceAll("");
            if (core.length() >= 2 && quote.contains(core)) {
                covered.add(i);
            }
        }
        return covered;
    }

    private static int sentenceWriting(ItemWords item, List<String> sentences) {
        int first = -1;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            for (String w : item.words()) {
                int k = w.isBlank() ? -1 : s.indexOf(w);
                if (k < 0) {
                    continue;
                }
                int clause = Math.max(s.lastIndexOf('，', k), s.lastIndexOf(',', k)) + 1;
                if (!item.denied() || DENIAL.matcher(s.substring(clause, k)).find()) {
                    return i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return first;
    }
}
