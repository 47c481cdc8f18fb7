package ai.domainassist.retrieval.answer;

import ai.domainassist.core.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sentence says about the words it governs: that they must be done (应当), may be done (可以), must
 * not be done (不得), need not be done (无需), are not so (不, 未, 没有), or, with no marker, simply are.
 * A marker of obligation or permission governs the words after it up to the end of its clause (a comma, a
 * semicolon, a full stop); a plain negation (不, 未, 没有) governs the next two words (its verb, not the
 * nouns after it: 未按规定分类投放生活垃圾 negates 分类投放, not 生活垃圾), and before an obligation or a
 * permission it turns it round (不能 is 不得, 不需要 is 无需). 不 before a bound (不超过, 不少于) is part of a
 * quantity, not a negation. Stateless and thread-safe.
 */
final class Modality {
    /** The classes of statement. */
    enum Kind {
        /** No marker: the words are stated plainly. */
        POSITIVE,
        /** 应当, 必须, 须. */
        OBLIGED,
        /** 可以, 允许, 有权. */
        PERMITTED,
        /** 不得, 严禁, 禁止. */
        FORBIDDEN,
        /** 无需, 不必, 不需要. */
        NOT_REQUIRED,
        /** 不, 未, 没有, 无. */
        NEGATED
    }

    private static final Map<String, Kind> MARKERS = Map.ofEntries(
            Map.entry("不得", Kind.FORBIDDEN), Map.entry("严禁", Kind.FORBIDDEN), Map.entry("禁止", Kind.FORBIDDEN),
            Map.entry("不准", Kind.FORBIDDEN), Map.entry("不允许", Kind.FORBIDDEN), Map.entry("不能", Kind.FORBIDDEN),
            Map.entry("不可", Kind.FORBIDDEN), Map.entry("不可以", Kind.FORBIDDEN), Map.entry("不应", Kind.FORBIDDEN),
            Map.entry("不应当", Kind.FORBIDDEN), Map.entry("无权", Kind.FORBIDDEN), Map.entry("不宜", Kind.FORBIDDEN),
            Map.entry("无需", Kind.NOT_REQUIRED), Map.entry("无须", Kind.NOT_REQUIRED), Map.entry("不需要", Kind.NOT_REQUIRED),
            Map.entry("不需", Kind.NOT_REQUIRED), Map.entry("不必", Kind.NOT_REQUIRED), Map.entry("不用", Kind.NOT_REQUIRED),
            Map.entry("免于", Kind.NOT_REQUIRED),
            Map.entry("应当", Kind.OBLIGED), Map.entry("应该", Kind.OBLIGED), Map.entry("应", Kind.OBLIGED),
            Map.entry("必须", Kind.OBLIGED), Map.entry("须", Kind.OBLIGED), Map.entry("需要", Kind.OBLIGED),
            Map.entry("需", Kind.OBLIGED),
            Map.entry("可以", Kind.PERMITTED), Map.entry("可", Kind.PERMITTED), Map.entry("允许", Kind.PERMITTED),
            Map.entry("能够", Kind.PERMITTED), Map.entry("能", Kind.PERMITTED), Map.entry("有权", Kind.PERMITTED),
            Map.entry("不", Kind.NEGATED), Map.entry("没有", Kind.NEGATED), Map.entry("没", Kind.NEGATED),
            Map.entry("未", Kind.NEGATED),
            Map.entry("不予", Kind.NEGATED), Map.entry("不再", Kind.NEGATED), Map.entry("不会", Kind.NEGATED),
            Map.entry("勿", Kind.NEGATED));
    private static final Set<String> BOUNDS = Set.of("超过", "少于", "低于", "高于", "多于", "大于", "小于", "足", "满",
            "晚于", "早于", "超出", "逾");

    /** How many words (stop words not counted) a plain negation governs. */
    private static final int NEGATION_SCOPE = 2;

    private Modality() {
    }

    /**
     * A word with what is said of it.
     *
     * @param start where the word starts in the text
     * @param end where it ends
     * @param kind what is said of it
     */
    record Governed(int start, int end, Kind kind) {
    }

    /**
     * The class of statement every word of a text stands under.
     *
     * @param text the text
     * @param tokens its words ({@link KeyTerms#tokens})
     * @return one entry per word that is not itself a marker, in text order
     */
    static List<Governed> of(String text, List<KeyTerms.Token> tokens, AnswerLexicon lexicon) {
        List<Governed> out = new ArrayList<>();
        List<Sentences.Span> clauses = clauses(text);
        int c = 0;
        Kind current = Kind.POSITIVE;
        int negationLeft = 0; // a plain negation governs the next two words, an obligation the rest of the clause
        Kind underNegation = Kind.POSITIVE;
        for (int i = 0; i < tokens.size(); i++) {
            KeyTerms.Token t = tokens.get(i);
            int clause = c;
            while (clause < clauses.size() && clauses.get(clause).end() <= t.start()) {
                clause++;
            }
            if (clause != c) {
                c = clause;
                current = Kind.POSITIVE;
                negationLeft = 0;
            }
            Kind marker = MARKERS.get(t.text());
            if (marker != null) {
                String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
                if (marker == Kind.NEGATED && t.text().equals("不") && BOUNDS.contains(next)) {
                    out.add(new Governed(t.start(), t.end(), negationLeft > 0 ? Kind.NEGATED : current));
                    continue; // 不超过, 不少于: a bound
                }
                if (marker == Kind.NEGATED) {
                    underNegation = current;
                    negationLeft = NEGATION_SCOPE;
                } else if (negationLeft > 0) {
                    current = combine(Kind.NEGATED, marker);
                    negationLeft = 0;
                } else {
                    current = marker;
                }
                continue;
            }
            if (negationLeft > 0) {
                out.add(new Governed(t.start(), t.end(), negated(underNegation)));
                if (!lexicon.isStopWord(t.text())) {
                    negationLeft--;
                }
                continue;
            }
            out.add(new Governed(t.start(), t.end(), current));
        }
        return out;
    }

    /** Words that state an exclusion without a marker of negation (责任免除, 除外). */
    private static final Set<String> EXCLUDING = Set.of("免除", "除外", "免责");

    /**
     * Whether a stretch of text denies or forbids something: it has a marker of negation, prohibition or exemption
     * (不, 未, 不得, 禁止, 无需 ...; 不 before a bound, 不超过, is a quantity, not a negation) or a word of exclusion
     * (免除, 除外).
     *
     * @param tokens the words of the text ({@link KeyTerms#tokens})
     * @return whether it is negative
     */
    static boolean negative(List<KeyTerms.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            Kind k = MARKERS.get(w);
            if (EXCLUDING.contains(w)) {
                return true;
            }
            if (k == Kind.NEGATED || k == Kind.FORBIDDEN || k == Kind.NOT_REQUIRED) {
                String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
                if (!(w.equals("不") && BOUNDS.contains(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a stretch of text forbids, exempts or excludes (不得, 禁止, 无需, 免除, 除外): unlike a plain negation,
     * such a marker speaks of its whole clause, the subject before it too.
     *
     * @param tokens the words of the text ({@link KeyTerms#tokens})
     * @return whether it does
     */
    static boolean prohibits(List<KeyTerms.Token> tokens) {
        for (KeyTerms.Token t : tokens) {
            Kind k = MARKERS.get(t.text());
            if (EXCLUDING.contains(t.text()) || k == Kind.FORBIDDEN || k == Kind.NOT_REQUIRED) {
                return true;
            }
        }
        return false;
    }

    /** A plain negation under a modal: 应当不 is 不得, 可以不 is 无需. */
    private static Kind negated(Kind modal) {
        return switch (modal) {
            case OBLIGED -> Kind.FORBIDDEN;
            case PERMITTED -> Kind.NOT_REQUIRED;
            default -> Kind.NEGATED;
        };
    }

    /** A marker after another in the same clause: a negation turns an obligation or permission round. */
    private static Kind combine(Kind before, Kind marker) {
        if (before == Kind.NEGATED) {
            return switch (marker) {
                case PERMITTED -> Kind.FORBIDDEN;
                case OBLIGED -> Kind.NOT_REQUIRED;
                case NEGATED -> Kind.NEGATED;
                default -> marker;
            };
        }
        return marker;
    }

    /**
     * Whether two statements about the same words agree.
     *
     * @param answer what the answer says
     * @param source what the source says
     * @return {@code false} when they contradict: one obliges and the other permits or excuses, one forbids and
     *     the other allows, one negates what the other states
     */
    static boolean agree(Kind answer, Kind source) {
        if (answer == source) {
            return true;
        }
        return switch (answer) {
            case POSITIVE -> source == Kind.OBLIGED || source == Kind.PERMITTED;
            case OBLIGED, PERMITTED -> source == Kind.POSITIVE;
            case NEGATED -> source == Kind.FORBIDDEN || source == Kind.NOT_REQUIRED;
            case FORBIDDEN -> source == Kind.NEGATED;
            case NOT_REQUIRED -> source == Kind.NEGATED || source == Kind.PERMITTED;
        };
    }

    /** @return a short Chinese name of the class, for messages */
    static String label(Kind k) {
        return switch (k) {
            case POSITIVE -> "肯定";
            case OBLIGED -> "应当";
            case PERMITTED -> "可以";
            case FORBIDDEN -> "不得";
            case NOT_REQUIRED -> "无需";
            case NEGATED -> "否定";
        };
    }

    /** The clauses of a text: split at commas, semicolons, colons and sentence ends (not at 、). */
    private static List<Sentences.Span> clauses(String text) {
        List<Sentences.Span> out = new ArrayList<>();
        for (Sentences.Span s : Sentences.clauses(text)) {
            Sentences.Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && text.substring(last.start(), last.end()).endsWith("、")) {
                out.set(out.size() - 1, new Sentences.Span(text.substring(last.start(), s.end()), last.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
