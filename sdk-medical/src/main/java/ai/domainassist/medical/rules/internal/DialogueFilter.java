package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.UtteranceDecision.Category;
import java.util.ArrayList;
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
    private final PhraseTrie<Category> irrelevant = new PhraseTrie<>();
    private final PhraseTrie<String> clinical = new PhraseTrie<>();

    /** Loads the shipped cues. */
    public DialogueFilter() {
        for (DataFile.Row r : DataFile.resource("rules/filter.tsv")) {
            String w = TermMatcher.fold(r.col(0));
            if (r.col(1).equals("CLINICAL")) {
                clinical.add(w, w);
            } else {
                irrelevant.add(w, Category.valueOf(r.col(1)));
            }
        }
        irrelevant.freeze();
        clinical.freeze();
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
        int i = 0;
        while (i < rest.length()) {
            PhraseTrie.Hit<Category> h = irrelevant.longestAt(t.folded, i, t.folded.length());
            if (h == null || insideTerm(t, h.start(), h.end())) {
                i++;
                continue;
            }
            if (h.payload() != Category.FILLER) {
                if (first == null) {
                    first = h.payload();
                }
                if (!said.contains(h.phrase())) {
                    said.add(h.phrase());
                }
            }
            for (int k = h.start(); k < h.end(); k++) {
                rest.setCharAt(k, ' ');
            }
            i = h.end();
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
        for (int k = 0; k < remaining.length() && clinicalWord == null; k++) {
            PhraseTrie.Hit<String> h = clinical.longestAt(remaining, k, remaining.length());
            if (h != null) {
                clinicalWord = h.phrase();
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

    private static boolean insideTerm(Turn t, int start, int end) {
        for (TermMatcher.Match m : t.terms) {
            if (start < m.end() && m.start() < end) {
                return true;
            }
        }
        return false;
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
