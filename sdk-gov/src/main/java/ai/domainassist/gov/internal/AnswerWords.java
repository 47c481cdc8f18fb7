package ai.domainassist.gov.internal;

import ai.domainassist.retrieval.answer.AnswerLexicon;
import ai.domainassist.retrieval.answer.AnswerSupport;
import ai.domainassist.retrieval.answer.AnswerabilityJudge;

/**
 * The policy Q&amp;A's answer checks: sdk-retrieval's standard answer lexicon with the words of
 * {@code answers/lexicon.tsv} added, the answerability judge and the support check built on it. Loaded
 * once; immutable and thread-safe.
 */
public final class AnswerWords {
    /** The lexicon. */
    public static final AnswerLexicon LEXICON = AnswerLexicon.standard()
            .with(AnswerLexicon.resource(AnswerWords.class, "/ai/domainassist/gov/answers/lexicon.tsv"));
    /** Whether retrieved clauses answer a question. */
    public static final AnswerabilityJudge JUDGE = AnswerabilityJudge.builder().lexicon(LEXICON).build();
    /** Whether an answer follows from the clauses it cites. */
    public static final AnswerSupport SUPPORT = AnswerSupport.builder().lexicon(LEXICON).build();

    private AnswerWords() {
    }
}
