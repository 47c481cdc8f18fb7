package ai.domainassist.retrieval.answer;

/** How far a text covers a term. Stateless and thread-safe. */
final class Coverage {
    /** The complements of result a verb takes interchangeably (分成, 分为, 分作; 视为, 视作). */
    private static final String RESULTATIVE = "成为作";

    private Coverage() {
    }

    /**
     * @param term the term
     * @param foldedText the text, folded by {@link KeyTerms#fold}
     * @param lexicon the synonyms
     * @return 1 when the term or a synonym stands in the text, or, for a verb with a complement of result (分成), the
     *     verb with another (分为); for a term of three or more characters, half the
     *     share of its two-character parts that stand there; else 0
     */
    static double of(String term, String foldedText, AnswerLexicon lexicon) {
        String t = KeyTerms.fold(term);
        if (t.isEmpty() || foldedText.contains(t)) {
            return 1;
        }
        for (String s : lexicon.synonyms(term)) {
            String f = KeyTerms.fold(s);
            if (!f.isEmpty() && foldedText.contains(f)) {
                return 1;
            }
        }
        if (t.length() == 2 && RESULTATIVE.indexOf(t.charAt(1)) >= 0) {
            // 分成 is 分为, 视作 is 视为: the same verb with another complement of result
            for (int i = 0; i < RESULTATIVE.length(); i++) {
                if (foldedText.contains(t.substring(0, 1) + RESULTATIVE.charAt(i))) {
                    return 1;
                }
            }
        }
        if (t.length() < 3) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i + 2 <= t.length(); i++) {
            if (foldedText.contains(t.substring(i, i + 2))) {
                found++;
            }
        }
        return 0.5 * found / (t.length() - 1);
    }
}
