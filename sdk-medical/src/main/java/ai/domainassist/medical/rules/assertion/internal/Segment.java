package ai.domainassist.medical.rules.assertion.internal;

/**
 * A clause of an utterance, as character offsets.
 *
 * @param start first character
 * @param end one past the last
 */
public record Segment(int start, int end) {
    /**
     * @param i a position
     * @return whether it is inside
     */
    public boolean contains(int i) {
        return i >= start && i < end;
    }
}
