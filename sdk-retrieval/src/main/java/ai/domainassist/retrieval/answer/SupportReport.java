package ai.domainassist.retrieval.answer;

import java.util.List;

/**
 * Whether the sources support an answer, sentence by sentence ({@link AnswerSupport}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param sentences one entry per sentence of the answer, in order
 */
public record SupportReport(List<SentenceSupport> sentences) {

    /**
     * Checks and normalises the components.
     *
     * @param sentences one entry per sentence of the answer, in order
     * @throws NullPointerException if the list or an element is {@code null}
     */
    public SupportReport {
        sentences = List.copyOf(sentences);
    }

    /** @return whether every sentence is supported (an empty answer is not) */
    public boolean supported() {
        return !sentences.isEmpty() && sentences.stream().allMatch(SentenceSupport::supported);
    }

    /** @return the sentences that are not supported, in order */
    public List<SentenceSupport> unsupported() {
        return sentences.stream().filter(s -> !s.supported()).toList();
    }
}
