package ai.domainassist.gov.internal;

import ai.domainassist.retrieval.answer.AnswerLexicon;
import ai.domainassist.retrieval.answer.AnswerSupport;
import ai.domainassist.retrieval.answer.AnswerabilityJudge;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The policy Q&amp;A's answer checks: sdk-retrieval's standard answer lexicon with the words of
 * {@code answers/lexicon.tsv} added, the answerability judge and the support check built on it. Loaded
 * once; immutable and thread-safe.
 */
public final class AnswerWords {
    private static final String WORDS = "/ai/domainassist/gov/answers/lexicon.tsv";
    /** The lexicon. */
    public static final AnswerLexicon LEXICON = AnswerLexicon.standard().with(ownWords());
    /** Whether retrieved clauses answer a question. */
    public static final AnswerabilityJudge JUDGE = AnswerabilityJudge.builder().lexicon(LEXICON).build();
    /** Whether an answer follows from the clauses it cites. */
    public static final AnswerSupport SUPPORT = AnswerSupport.builder().lexicon(LEXICON).build();

    private AnswerWords() {
    }

    /** Read here, not by {@code AnswerLexicon.resource}: on the module path only this module sees its resources. */
    private static AnswerLexicon ownWords() {
        try (InputStream in = AnswerWords.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + WORDS + " (a packaging error)");
            }
            return AnswerLexicon.read(new InputStreamReader(in, StandardCharsets.UTF_8), WORDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answer lexicon " + WORDS, e);
        }
    }
}
