package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.UtteranceDecision.Category;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides, for every utterance, whether it is kept for the record or dropped as irrelevant talk,
 * with the reason (cue words from {@code rules/filter.tsv}). The rule errs on the side of keeping:
 * <ol>
 *   <li>an answer to a clinical question is kept ({@code 嗯}, {@code 没有} carry the answer);</li>
 *   <li>an utterance whose text, once greeting, thanks, payment, scheduling, small-talk and filler
 *       words are removed, still holds a lexicon term or a clinical word is kept;</li>
 *   <li>an utterance with an irrelevant-talk cue and nothing clinical left is dropped, as is one of
 *       filler words only;</li>
 *   <li>anything else is kept as unclassified.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class DialogueFilter {
    private record Cue(String words, Category category) {
    }

    private final List<Cue> irrelevant = new ArrayList<>();
    private final List<String> clinical = new ArrayList<>();

    /** Loads the shipped cues. */
    public DialogueFilter() {
        for (DataFile.Row r : DataFile.resource("rules/filter.tsv")) {
            String w = TermMatcher.fold(r.col(0));
            if (r.col(1).equals("CLINICAL")) {
                clinical.add(w);
            } else {
                irrelevant.add(new Cue(w, Category.valueOf(r.col(1))));
            }
        }
        irrelevant.sort(Comparator.comparingInt((Cue c) -> c.words.length()).reversed());
    }

    /**
     * Decides one turn; sets its kept flag, category and reason.
     *
     * @param t the turn
     * @param answersClinicalQuestion whether it answers a clinical question of the doctor
     */
    void decide(Turn t, boolean answersClinicalQuestion) {
        if (answersClinicalQuestion) {
            set(t, true, Category.ANSWER, "回答医生的问诊");
            return;
        }
        StringBuilder rest = new StringBuilder(t.folded);
        Category first = null;
        List<String> said = new ArrayList<>();
        for (Cue c : irrelevant) {
            int at;
            while ((at = rest.indexOf(c.words)) >= 0) {
                boolean insideTerm = false;
                for (TermMatcher.Match m : t.terms) {
                    if (at < m.end() && m.start() < at + c.words.length()) {
                        insideTerm = true;
                        break;
                    }
                }
                if (insideTerm) {
                    break;
                }
                if (c.category != Category.FILLER && first == null) {
                    first = c.category;
                }
                if (c.category != Category.FILLER && !said.contains(c.words)) {
                    said.add(c.words);
                }
                for (int i = at; i < at + c.words.length(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        String remaining = rest.toString();
        boolean hasTerm = false;
        for (TermMatcher.Match m : t.terms) {
            if (m.entry().category() != ai.domainassist.medical.rules.TermLexicon.Category.IGNORE) {
                hasTerm = true;
                break;
            }
        }
        String clinicalWord = null;
        for (String w : clinical) {
            if (remaining.contains(w)) {
                clinicalWord = w;
                break;
            }
        }
        if (hasTerm || clinicalWord != null) {
            set(t, true, Category.CLINICAL, hasTerm ? "含临床术语：" + t.text.substring(firstTerm(t).start(),
                    firstTerm(t).end()) : "含临床内容：" + clinicalWord);
            return;
        }
        boolean empty = remaining.codePoints().allMatch(c -> Character.isWhitespace(c) || isPunct(c));
        if (first != null) {
            set(t, false, first, describe(first) + "：" + String.join("、", said));
        } else if (empty) {
            set(t, false, Category.FILLER, "仅语气词");
        } else {
            set(t, true, Category.UNCLASSIFIED, "未识别为无关内容，保留");
        }
    }

    private static TermMatcher.Match firstTerm(Turn t) {
        for (TermMatcher.Match m : t.terms) {
            if (m.entry().category() != ai.domainassist.medical.rules.TermLexicon.Category.IGNORE) {
                return m;
            }
        }
        throw new IllegalStateException("no term");
    }

    private static String describe(Category c) {
        return switch (c) {
            case GREETING -> "寒暄问候";
            case THANKS -> "致谢客套";
            case PAYMENT -> "缴费医保";
            case SCHEDULING -> "挂号排队取药等事务";
            case SMALL_TALK -> "与病情无关的闲聊";
            default -> "语气词";
        };
    }

    private static boolean isPunct(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '~' || c == '～';
    }

    private static void set(Turn t, boolean kept, Category c, String reason) {
        t.kept = kept;
        t.category = c;
        t.reason = reason;
    }
}
