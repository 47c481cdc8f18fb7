package ai.domainassist.finance.internal;

import ai.domainassist.retrieval.answer.AnswerLexicon;
import ai.domainassist.retrieval.answer.AnswerSupport;
import ai.domainassist.retrieval.answer.AnswerabilityJudge;

/**
 * The policy-terms Q&amp;A's answer checks: sdk-retrieval's standard answer lexicon with the words of
 * {@code answers/lexicon.tsv} added, the answerability judge and the support check built on it. Customers'
 * terms questions often tell a case (承租人因为不小心操作电器导致房屋起火…) whose words no clause repeats, so
 * three covered key terms already make a weak answer here (four in the standard judge; chosen on the
 * development questions and InsQABench's development part). Loaded once; immutable and thread-safe.
 */
public final class TermsWords {
    /** The lexicon. */
    public static final AnswerLexicon LEXICON = AnswerLexicon.standard()
            .with(AnswerLexicon.resource(TermsWords.class, "/ai/domainassist/finance/answers/lexicon.tsv"));
    /** Whether retrieved clauses answer a question. */
    public static final AnswerabilityJudge JUDGE = AnswerabilityJudge.builder().lexicon(LEXICON).weakFromTerms(3).build();
    /** Whether an answer follows from the clauses it cites. */
    public static final AnswerSupport SUPPORT = AnswerSupport.builder().lexicon(LEXICON).build();

    private TermsWords() {
    }
}
