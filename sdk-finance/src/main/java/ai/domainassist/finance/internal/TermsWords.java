package ai.domainassist.finance.internal;

import ai.domainassist.retrieval.answer.AnswerLexicon;
import ai.domainassist.retrieval.answer.AnswerSupport;
import ai.domainassist.retrieval.answer.AnswerabilityJudge;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The policy-terms Q&amp;A's answer checks: sdk-retrieval's standard answer lexicon with the words of
 * {@code answers/lexicon.tsv} added, the answerability judge and the support check built on it. Customers'
 * terms questions often tell a case (承租人因为不小心操作电器导致房屋起火…) whose words no clause repeats, so
 * three covered key terms already make a weak answer here (four in the standard judge; chosen on the
 * development questions and InsQABench's development part). Loaded once; immutable and thread-safe.
 */
public final class TermsWords {
    private static final String WORDS = "/ai/domainassist/finance/answers/lexicon.tsv";
    /** The lexicon. */
    public static final AnswerLexicon LEXICON = AnswerLexicon.standard().with(ownWords());
    /** Whether retrieved clauses answer a question. */
    public static final AnswerabilityJudge JUDGE = AnswerabilityJudge.builder().lexicon(LEXICON).weakFromTerms(3).build();
    /** Whether an answer follows from the clauses it cites. */
    public static final AnswerSupport SUPPORT = AnswerSupport.builder().lexicon(LEXICON).build();

    private TermsWords() {
    }

    /** Read here, not by {@code AnswerLexicon.resource}: on the module path only this module sees its resources. */
    private static AnswerLexicon ownWords() {
        try (InputStream in = TermsWords.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + WORDS + " (a packaging error)");
            }
            return AnswerLexicon.read(new InputStreamReader(in, StandardCharsets.UTF_8), WORDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answer lexicon " + WORDS, e);
        }
    }
}
