package ai.domainassist.medical.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One turn of the dialogue: who spoke (as labelled, or as inferred with a confidence), what was
 * said, and where it came from in the input.
 *
 * <p>Evidence in an {@link OutpatientRecord} points into utterances: its {@code sourceId} is the
 * utterance's {@link #id()} and its span is a span of {@link #text()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Utterance {
    private final int index;
    private final String label;
    private final Speaker speaker;
    private final double speakerConfidence;
    private final boolean speakerInferred;
    private final String text;
    private final int inputOffset;
    private final Duration start;
    private final Duration end;

    /**
     * Creates an utterance.
     *
     * @param index the position in the transcript, from 0
     * @param label the speaker label as written in the input ({@code 医生}, {@code spk_1}), or empty
     * @param speaker the role
     * @param speakerConfidence how sure the role is, 0 to 1 (1 for a role label)
     * @param speakerInferred whether the role was inferred from content rather than read from a label
     * @param text what was said, without the label; not blank
     * @param inputOffset where {@code text} starts in the raw input text (for a transcript read from bytes,
     *     in the decoded text: byte-order mark dropped, line ends read as LF), or -1 when the input was JSON
     * @param start when the utterance began in the recording, or {@code null} when unknown
     * @param end when it ended, or {@code null} when unknown
     * @throws NullPointerException if label, speaker or text is {@code null}
     * @throws IllegalArgumentException if the index is negative, the confidence is outside [0, 1] or
     *     the text is blank
     */
    public Utterance(int index, String label, Speaker speaker, double speakerConfidence, boolean speakerInferred,
                     String text, int inputOffset, Duration start, Duration end) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        if (!(speakerConfidence >= 0 && speakerConfidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]");
        }
        if (Objects.requireNonNull(text, "text").isBlank()) {
            throw new IllegalArgumentException("utterance text is blank");
        }
        this.index = index;
        this.label = Objects.requireNonNull(label, "label");
        this.speaker = Objects.requireNonNull(speaker, "speaker");
        this.speakerConfidence = speakerConfidence;
        this.speakerInferred = speakerInferred;
        this.text = text;
        this.inputOffset = inputOffset;
        this.start = start;
        this.end = end;
    }

    /**
     * A labelled utterance without timing, for building transcripts in code.
     *
     * @param index the position, from 0
     * @param speaker the role
     * @param text what was said
     * @return the utterance
     */
    public static Utterance of(int index, Speaker speaker, String text) {
        return new Utterance(index, speaker.chinese(), speaker, speaker == Speaker.UNKNOWN ? 0 : 1, false, text, -1,
                null, null);
    }

    /** @return the position in the transcript, from 0 */
    public int index() {
        return index;
    }

    /** @return the id evidence uses as its source id: {@code u1}, {@code u2} ... (1-based) */
    public String id() {
        return idOf(index);
    }

    /**
     * The id of the utterance at an index.
     *
     * @param index the index, from 0
     * @return {@code "u" + (index + 1)}
     */
    public static String idOf(int index) {
        return "u" + (index + 1);
    }

    /** @return the label as written in the input, or empty */
    public String label() {
        return label;
    }

    /** @return the role */
    public Speaker speaker() {
        return speaker;
    }

    /** @return how sure the role is, 0 to 1 */
    public double speakerConfidence() {
        return speakerConfidence;
    }

    /** @return whether the role was inferred from content */
    public boolean speakerInferred() {
        return speakerInferred;
    }

    /** @return what was said */
    public String text() {
        return text;
    }

    /**
     * @return where the text starts in the raw input (for bytes: in the decoded text, byte-order mark
     *     dropped, line ends as LF), or -1 for JSON input
     */
    public int inputOffset() {
        return inputOffset;
    }

    /** @return when the utterance began in the recording, if the input said */
    public Optional<Duration> start() {
        return Optional.ofNullable(start);
    }

    /** @return when it ended, if the input said */
    public Optional<Duration> end() {
        return Optional.ofNullable(end);
    }

    /**
     * The same utterance with an inferred role.
     *
     * @param role the role
     * @param confidence how sure, 0 to 1
     * @return the copy
     */
    public Utterance withInferredSpeaker(Speaker role, double confidence) {
        return new Utterance(index, label, role, confidence, true, text, inputOffset, start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utterance u && u.index == index && u.label.equals(label) && u.speaker == speaker
                && Double.compare(u.speakerConfidence, speakerConfidence) == 0 && u.speakerInferred == speakerInferred
                && u.text.equals(text) && u.inputOffset == inputOffset && Objects.equals(u.start, start)
                && Objects.equals(u.end, end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, label, speaker, text, inputOffset, start, end);
    }

    /** Shows the id, role and length, not the text (which is personal health data). */
    @Override
    public String toString() {
        return "Utterance[" + id() + ", " + speaker + ", " + text.length() + " chars]";
    }
}
