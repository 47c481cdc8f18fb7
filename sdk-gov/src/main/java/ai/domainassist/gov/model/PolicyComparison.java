package ai.domainassist.gov.model;

import java.util.List;
import java.util.Objects;

/**
 * Two policies (or two versions of a draft) compared clause by clause, with the changed figures
 * listed explicitly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leftId the old document's id
 * @param rightId the new document's id
 * @param clauses the aligned clauses, in the order of the new text (removed clauses where they stood)
 * @param figures the figures that differ
 */
public record PolicyComparison(String leftId, String rightId, List<ClauseChange> clauses, List<FigureChange> figures) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public PolicyComparison {
        Objects.requireNonNull(leftId, "leftId");
        Objects.requireNonNull(rightId, "rightId");
        clauses = List.copyOf(clauses);
        figures = List.copyOf(figures);
    }

    /**
     * @param kind a kind of change
     * @return the clauses with that kind of change
     */
    public List<ClauseChange> clauses(ClauseChange.Kind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).toList();
    }
}
