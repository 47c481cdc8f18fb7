package ai.domainassist.retrieval.internal.lucene;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The {@code cjk} analysis of {@link ai.domainassist.retrieval.TextAnalysis#CJK_BIGRAM}: the same chain as
 * Lucene's {@code CJKAnalyzer} (standard tokenizer, width folding, lower case, overlapping bigrams, its
 * English stop words), built on lucene-core alone so that the 1.7 MB lucene-analysis-common jar stays off
 * the default classpath (issue 14). Thread-safe, as every Lucene analyzer.
 */
final class CjkBigramAnalyzer extends StopwordAnalyzerBase {
    /** CJKAnalyzer's {@code stopwords.txt} (Lucene 9.12.3), word for word. */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "a", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
            "not", "of", "on", "or", "s", "such", "t", "that", "the", "their", "then", "there", "these",
            "they", "this", "to", "was", "will", "with", "www"), false));

    CjkBigramAnalyzer() {
        super(STOP_WORDS);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // width folding first: it sometimes combines characters before bigramming (as CJKAnalyzer)
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, new StopFilter(result, stopwords));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
