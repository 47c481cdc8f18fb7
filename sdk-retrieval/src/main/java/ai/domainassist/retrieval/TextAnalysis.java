package ai.domainassist.retrieval;

/**
 * How a library cuts Chinese text into search terms. The choice is fixed when an index is created
 * (it is recorded in the index and checked on reopen). The measurements behind the default are in
 * {@code docs/retrieval.md}.
 */
public enum TextAnalysis {
    /**
     * Overlapping character bigrams for CJK text (Lucene {@code CJKAnalyzer}: width folding, lower
     * case, bigrams); no dictionary, so new terms and names are found as well as common words.
     * The default.
     */
    CJK_BIGRAM,
    /**
     * Word segmentation by Lucene's {@code SmartChineseAnalyzer} (a hidden Markov model over a
     * built-in dictionary). Its 3.6 MB jar is optional: add
     * {@code org.apache.lucene:lucene-analysis-smartcn} (the version of your {@code lucene-core})
     * to use it; without it, opening a library with this analysis raises a
     * {@link RetrievalException} naming that artifact.
     */
    SMART_CHINESE
}
