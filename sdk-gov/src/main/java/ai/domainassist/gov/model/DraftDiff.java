package ai.domainassist.gov.model;

import java.util.List;
import java.util.Objects;

/**
 * The line-by-line difference between two versions of a draft.
 *
 * <p>Immutable and thread-safe.
 *
 * @param draftId the draft
 * @param from the older version
 * @param to the newer version
 * @param lines every line of both versions, each kept, removed or added, in order
 */
public record DraftDiff(String draftId, int from, int to, List<Line> lines) {

    /** What happened to a line. */
    public enum Op {
        /** In both versions. */
        KEEP,
        /** Only in the older version. */
        REMOVE,
        /** Only in the newer version. */
        ADD
    }

    /**
     * A line of the diff.
     *
     * @param op what happened to it
     * @param text the line
     */
    public record Line(Op op, String text) {
    }

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public DraftDiff {
        Objects.requireNonNull(draftId, "draftId");
        lines = List.copyOf(lines);
    }

    /** @return whether the versions differ */
    public boolean changed() {
        return lines.stream().anyMatch(l -> l.op() != Op.KEEP);
    }

    /** @return the changed lines in unified form: "-" removed, "+" added */
    public String unified() {
        StringBuilder sb = new StringBuilder("--- v" + from + "\n+++ v" + to + "\n");
        for (Line l : lines) {
            if (l.op() != Op.KEEP) {
                sb.append(l.op() == Op.ADD ? '+' : '-').append(l.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
