package ai.domainassist.retrieval.internal.lucene;

import ai.domainassist.retrieval.RetrievalException;
import ai.domainassist.retrieval.TextAnalysis;
import ai.domainassist.retrieval.internal.OptionalLibraries.Library;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/** Creates the Lucene analyzer for a {@link TextAnalysis}. */
public final class Analyzers {
    private Analyzers() {
    }

    /** Kept apart so that loading {@link Analyzers} never needs the optional smartcn classes. */
    private static final class Smartcn {
        static Analyzer create() {
            return new SmartChineseAnalyzer();
        }
    }

    /**
     * @param analysis the choice
     * @return a new analyzer (thread-safe; close it when done)
     * @throws RetrievalException if {@link TextAnalysis#SMART_CHINESE} is asked for and the optional
     *         smartcn artifact is not on the classpath (the message names it)
     */
    public static Analyzer create(TextAnalysis analysis) {
        switch (analysis) {
            case SMART_CHINESE:
                if (!Library.SMARTCN.present()) {
                    throw new RetrievalException(Library.SMARTCN.missing("TextAnalysis.SMART_CHINESE"));
                }
                return Smartcn.create();
            case CJK_BIGRAM:
            default:
                return new CjkBigramAnalyzer();
        }
    }
}
