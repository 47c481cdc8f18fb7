package ai.domainassist.retrieval.answer;

import java.util.List;
import java.util.Objects;

/**
 * How far the sources support one sentence of an answer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the sentence
 * @param start where it starts in the answer
 * @param end where it ends
 * @param supported whether the sources support it: its key terms stand there, its numbers too, and what it
 *     obliges, permits, forbids or negates agrees with what they say of the same words
 * @param coverage the weighted share of its key terms the sources cover, 0 to 1 (1 for a sentence with none)
 * @param missingTerms the key terms the sources do not have
 * @param unsupportedNumbers the numbers the sources do not state (30日, 5000万元 ...)
 * @param conflicts the words the sentence and the sources say opposite things of, each as
 *     {@code word（回答：…，条款：…）}
 */
public record SentenceSupport(String text, int start, int end, boolean supported, double coverage,
        List<String> missingTerms, List<String> unsupportedNumbers, List<String> conflicts) {

    /**
     * Checks and normalises the components.
     *
     * @param text the sentence
     * @param start where it starts in the answer
     * @param end where it ends
     * @param supported whether the sources support it
     * @param coverage the weighted share of its key terms the sources cover
     * @param missingTerms the key terms the sources do not have
     * @param unsupportedNumbers the numbers the sources do not state
     * @param conflicts the words the sentence and the sources say opposite things of
     * @throws NullPointerException if a component is {@code null}
     */
    public SentenceSupport {
        Objects.requireNonNull(text, "text");
        missingTerms = List.copyOf(missingTerms);
        unsupportedNumbers = List.copyOf(unsupportedNumbers);
        conflicts = List.copyOf(conflicts);
    }

    /** @return why the sentence is not supported, in Chinese for a reviewer; empty when it is */
    public String reason() {
        if (supported) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (!conflicts.isEmpty()) {
            sb.append("与所引条款相反：").append(String.join("；", conflicts)).append("。");
        }
        if (!unsupportedNumbers.isEmpty()) {
            sb.append("所引条款中没有这些数字：").append(String.join("、", unsupportedNumbers)).append("。");
        }
        if (!missingTerms.isEmpty()) {
            sb.append("所引条款中没有这些词：").append(String.join("、", missingTerms)).append("。");
        }
        return sb.toString();
    }
}
