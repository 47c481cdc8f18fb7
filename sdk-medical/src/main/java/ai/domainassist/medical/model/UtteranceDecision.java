package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * What the assistant did with one utterance: the role it gave it and whether it was kept for the
 * record or dropped as irrelevant talk, with the reason, so the doctor sees what was left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param utteranceId the utterance's id ({@code u1} ...)
 * @param speaker the role used
 * @param speakerConfidence how sure the role is, 0 to 1
 * @param speakerInferred whether the role was inferred rather than labelled
 * @param kept whether the utterance was used for the record
 * @param category why: {@link Category#CLINICAL} or {@link Category#ANSWER} for kept utterances, the
 *     kind of irrelevant talk for dropped ones
 * @param reason the reason in words (Chinese, for the doctor)
 */
public record UtteranceDecision(String utteranceId, Speaker speaker, double speakerConfidence, boolean speakerInferred,
                                boolean kept, Category category, String reason) {
    /** Why an utterance was kept or dropped. */
    public enum Category {
        /** Kept: it carries clinical content. */
        CLINICAL,
        /** Kept: it answers a clinical question (嗯, 没有). */
        ANSWER,
        /** Kept: nothing marks it irrelevant, so it is kept to be safe. */
        UNCLASSIFIED,
        /** Dropped: greeting or farewell. */
        GREETING,
        /** Dropped: thanks or politeness. */
        THANKS,
        /** Dropped: payment, insurance card, fees. */
        PAYMENT,
        /** Dropped: registration, queueing, appointments, directions. */
        SCHEDULING,
        /** Dropped: filler words only. */
        FILLER,
        /** Dropped: small talk unrelated to health. */
        SMALL_TALK
    }

    /**
     * Checks and normalises the components.
     *
     * @param utteranceId the utterance's id ({@code u1} ...)
     * @param speaker the role used
     * @param speakerConfidence how sure the role is, 0 to 1
     * @param speakerInferred whether the role was inferred rather than labelled
     * @param kept whether the utterance was used for the record
     * @param category why: {@link Category#CLINICAL} or {@link Category#ANSWER} for kept utterances, the kind of irrelevant talk for dropped ones
     * @param reason the reason in words (Chinese, for the doctor)
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the confidence is outside [0, 1]
     */
    public UtteranceDecision {
        Objects.requireNonNull(utteranceId, "utteranceId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        if (!(speakerConfidence >= 0 && speakerConfidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]");
        }
    }
}
