package ai.domainassist.gov.llm.internal;

import java.util.List;

/** The JSON shapes the model is asked for (structured output maps its answer onto them). */
public final class Answers {
    private Answers() {
    }

    /**
     * A quote the model says it took from a source.
     *
     * @param sourceId the source's id as given in the prompt
     * @param quote the quoted text
     */
    public record Quote(String sourceId, String quote) {
    }

    /**
     * A paragraph of a drafted body.
     *
     * @param heading the outline heading it belongs under, as written in the outline
     * @param text the paragraph
     * @param citations the quotes it rests on
     */
    public record Paragraph(String heading, String text, List<Quote> citations) {
    }

    /**
     * A drafted body.
     *
     * @param paragraphs the paragraphs
     */
    public record DraftBody(List<Paragraph> paragraphs) {
    }

    /**
     * A proofreading suggestion.
     *
     * @param original the wrong words as they stand in the text
     * @param start where they start
     * @param suggestion the correction
     * @param reason why
     */
    public record Suggestion(String original, int start, String suggestion, String reason) {
    }

    /**
     * Proofreading suggestions.
     *
     * @param suggestions the suggestions
     */
    public record Proofreading(List<Suggestion> suggestions) {
    }

    /**
     * An answer to a policy question.
     *
     * @param answerable whether the model says the clauses answer the question ({@code null} when it did not say)
     * @param answer the answer
     * @param citations the clauses it rests on
     */
    public record PolicyQa(Boolean answerable, String answer, List<Quote> citations) {
    }
}
