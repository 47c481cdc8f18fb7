package ai.domainassist.retrieval.answer;

/** How far a text covers a term. Stateless and thread-safe. */
final class Coverage {
    private Coverage() {
    }

    /**
     * @param term the term
     * @param foldedText the text, folded by {@link KeyTerms#fold}
     * @param lexicon the synonyms
     * @return 1 when the term or a synonym stands in the text; for a term of three or more characters, half the
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
