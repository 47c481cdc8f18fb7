package ai.domainassist.retrieval.answer;

import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.core.text.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a question or an answer sentence into words ({@link Segmenter}: a word-frequency list, no optional
 * library) and keeps its key terms: stop words and punctuation dropped, runs of single characters the dictionary did
 * not know joined into terms of two or three characters (餐/厨 into 餐厨), numbers kept apart. Stateless
 * and thread-safe.
 */
final class KeyTerms {
    private static final Set<String> ASKING_NUMBER = Set.of("几", "多少", "哪");
    private static final Set<String> INTERROGATIVES = Set.of("什么", "如何", "怎么", "怎样", "哪些", "哪种", "哪类", "何种");
    /** Question words a dictionary word may begin with (谁负责, 几次, 多少天, 什么时候). */
    private static final Set<String> QUESTION_PREFIXES = Set.of("谁", "哪", "几", "多少", "什么", "如何", "怎么", "怎样", "多久",
            "何种", "哪些", "哪种", "哪类");
    /** The complements of a verb a dictionary word may end in (运到, 用来, 交给, 放在). */
    private static final String COMPLEMENTS = "到来给在着了过";

    private KeyTerms() {
    }

    /**
     * A word of the text.
     *
     * @param text the word as it stands in the text
     * @param start where it starts
     * @param end where it ends
     */
    record Token(String text, int start, int end) {
    }

    /**
     * A key term.
     *
     * @param text the term as it stands in the text
     * @param start where it starts
     * @param end where it ends
     * @param weight how much it counts: 1, or 0.5 for a generic word or a single character
     * @param frame whether it follows an interrogative directly (什么时间, 如何计算, 有什么区别): the kind of
     *     answer asked for rather than its subject
     */
    record Term(String text, int start, int end, double weight, boolean frame) {
    }

    /**
     * The words of a text, the lexicon's words (its synonyms and generic words) read as one word wherever they
     * stand (医保 in 从医保报销) unless they lie inside one longer word of the segmenter (保险 in 保险费), the
     * rest as the segmenter cuts it.
     *
     * @param text the text
     * @param lexicon the lexicon
     * @return the words in text order, punctuation left out
     */
    static List<Token> tokens(String text, AnswerLexicon lexicon) {
        List<Token> plain = tokens(text);
        boolean[] taken = new boolean[text.length()];
        List<Token> known = new ArrayList<>();
        for (String w : lexicon.knownWords()) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                boolean free = !insideOneWord(plain, at, at + w.length());
                for (int k = at; k < at + w.length(); k++) {
                    free &= !taken[k];
                }
                if (free) {
                    for (int k = at; k < at + w.length(); k++) {
                        taken[k] = true;
                    }
                    known.add(new Token(w, at, at + w.length()));
                }
            }
        }
        if (known.isEmpty()) {
            return plain;
        }
        List<Token> out = new ArrayList<>(known);
        for (Token t : plain) {
            int k = t.start();
            while (k < t.end()) {
                if (taken[k]) {
                    k++;
                    continue;
                }
                int e = k;
                while (e < t.end() && !taken[e]) {
                    e++;
                }
                if (hasWordChar(text, k, e)) {
                    out.add(new Token(text.substring(k, e), k, e));
                }
                k = e;
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** Whether a span lies strictly inside one longer word of the segmenter (保险 in 保险费, 保险人). */
    private static boolean insideOneWord(List<Token> words, int start, int end) {
        for (Token t : words) {
            if (t.start() <= start && end <= t.end() && t.end() - t.start() > end - start) {
                return true;
            }
        }
        return false;
    }

    /** @return every word of the text with its offsets, punctuation left out */
    static List<Token> tokens(String text) {
        return Segmenter.standard().tokens(text);
    }

    /**
     * The key terms of a text.
     *
     * @param text the text
     * @param lexicon stop words and generic words
     * @return the terms in text order; numbers are not among them
     */
    static List<Term> of(String text, AnswerLexicon lexicon) {
        List<Token> tokens = questionWordsApart(tokens(text, lexicon), lexicon);
        boolean[] number = new boolean[text.length() + 1];
        for (NumberMentions.Mention m : NumberMentions.of(text)) {
            for (int i = m.start(); i < m.end(); i++) {
                number[i] = true;
            }
        }
        boolean[] asking = askingForms(text);
        List<Token> content = new ArrayList<>();
        Set<Integer> frames = new java.util.HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int stop = stopRun(tokens, i, lexicon);
            if (stop > 0) {
                String last = tokens.get(i + stop - 1).text();
                int end = tokens.get(i + stop - 1).end();
                i += stop;
                if (INTERROGATIVES.contains(last) && i < tokens.size() && tokens.get(i).start() == end) {
                    frames.add(tokens.get(i).start());
                }
                if (ASKING_NUMBER.contains(last) && i < tokens.size() && single(tokens.get(i))) {
                    i++; // the measure word of 几次, 多少天, 哪类: part of the question, not a term
                }
                continue;
            }
            Token t = trimmed(tokens.get(i), text, asking, lexicon);
            if (t != null && !number[t.start()] && isWord(t.text())) {
                content.add(t);
            }
            i++;
        }
        List<Term> joined = join(content, text, lexicon);
        List<Term> out = new ArrayList<>(joined.size());
        for (Term t : joined) {
            out.add(frames.contains(t.start()) ? new Term(t.text(), t.start(), t.end(), t.weight(), true) : t);
        }
        return out;
    }

    /**
     * The characters of a text that only ask or soften, by the form of what they stand in: the 不A or 没A of an
     * A-not-A question (给不给钱 asks of 给钱, 受不受影响 of 受影响; of a tag question, 行不行, 好不好, 对不对, 成不成,
     * the whole of it) and the 一A of a tentative verb (转一转, 劝一劝: the verb is the term).
     */
    static boolean[] askingForms(String text) {
        boolean[] out = new boolean[text.length() + 1];
        java.util.regex.Matcher m = A_NOT_A.matcher(text);
        while (m.find()) {
            int from = TAG_QUESTIONS.indexOf(m.group(1).charAt(0)) >= 0 ? m.start() : m.start() + 1;
            for (int k = from; k < m.end(); k++) {
                out[k] = true;
            }
        }
        m = TENTATIVE.matcher(text);
        while (m.find()) {
            for (int k = m.start() + 1; k < m.end(); k++) {
                out[k] = true;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern A_NOT_A = java.util.regex.Pattern.compile("(\\p{IsHan})[不没]\\1");
    private static final java.util.regex.Pattern TENTATIVE = java.util.regex.Pattern.compile("(\\p{IsHan})一\\1");
    private static final String TAG_QUESTIONS = "行好对成";

    /**
     * A token less its asking characters ({@link #askingForms}), a reduplicated one-character verb as the verb (看看,
     * 问问: the try of it; a light word of that form, 常常, stays): null when nothing is left.
     */
    private static Token trimmed(Token t, String text, boolean[] asking, AnswerLexicon lexicon) {
        String w = t.text();
        if (w.length() == 2 && w.charAt(0) == w.charAt(1) && Width.isHan(w.charAt(0)) && !lexicon.isLight(w)
                && !lexicon.isStopWord(w)) {
            return new Token(w.substring(0, 1), t.start(), t.start() + 1);
        }
        int s = t.start();
        int e = t.end();
        while (s < e && asking[s]) {
            s++;
        }
        while (e > s && asking[e - 1]) {
            e--;
        }
        if (s == e) {
            return null;
        }
        return s == t.start() && e == t.end() ? t : new Token(text.substring(s, e), s, e);
    }

    /**
     * The words with a question word or a verb's complement the dictionary joined to a word taken apart: 谁负责 as
     * 谁/负责, 几次 as 几/次, 什么时候 as 什么/时候, 运到 as 运/到, 用来 as 用/来 (到, 来, 给, 在 ... are stop
     * words: the verb is the term), and a word of stop characters only as its characters (是从, 这份), so that a
     * question counts the same words whichever way the dictionary cut it.
     */
    static List<Token> questionWordsApart(List<Token> tokens, AnswerLexicon lexicon) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() < 2 || lexicon.isStopWord(w)) {
                out.add(t);
                continue;
            }
            if (w.codePoints().allMatch(c -> lexicon.isStopWord(new String(Character.toChars(c))))) {
                for (int k = 0; k < w.length(); k++) { // 是从, 这份: stop words the dictionary joined
                    out.add(new Token(w.substring(k, k + 1), t.start() + k, t.start() + k + 1));
                }
                continue;
            }
            String prefix = QUESTION_PREFIXES.stream().filter(w::startsWith).max((a, b) -> a.length() - b.length()).orElse(null);
            if (prefix != null && prefix.length() < w.length()) {
                int cut = t.start() + prefix.length();
                out.add(new Token(prefix, t.start(), cut));
                out.add(new Token(w.substring(prefix.length()), cut, t.end()));
            } else if (w.length() == 2 && COMPLEMENTS.indexOf(w.charAt(1)) >= 0 && "未不没无".indexOf(w.charAt(0)) < 0
                    && lexicon.isStopWord(w.substring(1))) {
                out.add(new Token(w.substring(0, 1), t.start(), t.start() + 1));
                out.add(new Token(w.substring(1), t.start() + 1, t.end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The number of tokens from i that make a stop word or phrase (longest first), or 0. */
    static int stopRun(List<Token> tokens, int i, AnswerLexicon lexicon) {
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int n = 0; n < 4 && i + n < tokens.size(); n++) {
            Token t = tokens.get(i + n);
            if (n > 0 && tokens.get(i + n - 1).end() != t.start()) {
                break;
            }
            sb.append(t.text());
            if (lexicon.isStopWord(sb.toString())) {
                best = n + 1;
            }
        }
        return best;
    }

    private static List<Term> join(List<Token> content, String text, AnswerLexicon lexicon) {
        // runs of adjacent single Han characters (words the dictionary did not know) become terms of two
        // or three characters (餐/厨 into 餐厨, 收/运/餐/厨 into 收运 and 餐厨); a lone character stays alone
        List<Token> out = new ArrayList<>();
        int k = 0;
        while (k < content.size()) {
            Token t = content.get(k);
            int j = k + 1;
            while (single(t) && j < content.size() && single(content.get(j)) && content.get(j - 1).end() == content.get(j).start()) {
                j++;
            }
            int n = j - k;
            if (n == 1) {
                out.add(t);
            } else {
                int at = k;
                while (at < j) {
                    int len = j - at == 3 ? 3 : Math.min(2, j - at);
                    Token a = content.get(at);
                    Token b = content.get(at + len - 1);
                    out.add(new Token(text.substring(a.start(), b.end()), a.start(), b.end()));
                    at += len;
                }
            }
            k = j;
        }
        List<Term> terms = new ArrayList<>();
        for (Token t : out) {
            double w = lexicon.isGeneric(t.text()) || t.text().length() == 1 ? 0.5 : 1.0;
            terms.add(new Term(t.text(), t.start(), t.end(), w, false));
        }
        return terms;
    }

    private static boolean single(Token t) {
        return t.text().length() == 1 && Width.isHan(t.text().charAt(0));
    }

    private static boolean isWord(String s) {
        return s.chars().anyMatch(c -> Character.isLetterOrDigit(c));
    }

    private static boolean hasWordChar(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text folded for matching (width, whitespace, punctuation, case, character variants).
     *
     * @param text the text
     * @return the folded text
     */
    static String fold(String text) {
        return NormalizedText.of(text).folded();
    }
}
