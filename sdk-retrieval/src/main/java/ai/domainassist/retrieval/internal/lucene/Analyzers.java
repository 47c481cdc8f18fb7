package ai.domainassist.retrieval.internal.lucene;

import ai.domainassist.retrieval.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/** Creates the Lucene analyzer for a {@link TextAnalysis}. */
public final class Analyzers {
    private Analyzers() {
    }

    /**
     * @param analysis the choice
     * @return a new analyzer (thread-safe; close it when done)
     */
    public static Analyzer create(TextAnalysis analysis) {
        switch (analysis) {
            case SMART_CHINESE:
                return new SmartChineseAnalyzer();
            case CJK_BIGRAM:
            default:
                return new CJKAnalyzer();
        }
    }
}
