package ai.domainassist.examples.gov;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.ClauseChange;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyComparison;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.retrieval.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generic review report of the search, comparison and Q&A tasks shows: the result as
 * given to {@code ReviewReport} and the texts its evidence points into. (The normative check and
 * drafts have pages of their own in {@code sdk-gov}: {@code NormativeCheckPage}, {@code DraftPage}.)
 *
 * <p>The policy assistant's results carry their spans in its own types (a citation, a clause's
 * {@link TextSpan}) rather than as {@link Grounded} values, which is what the report highlights.
 * These views restate the same spans in the report's terms, nothing more.
 *
 * <p>Stateless and thread-safe.
 */
public final class GovReviews {
    /**
     * A result ready for {@code ReviewReport}.
     *
     * @param result the result (flags with evidence, grounded values)
     * @param sources the texts the evidence points into, by source id
     */
    public record Review(Result<?> result, Map<String, String> sources) {
        /** Copies the sources. */
        public Review {
            sources = Map.copyOf(sources);
        }
    }

    /**
     * Search hits, one grounded value per hit: the clause, cited in its policy.
     *
     * @param hits the hits, best first
     */
    public record Hits(List<Grounded<String>> hits) {
    }

    /**
     * An answer grounded in the clauses it cites.
     *
     * @param answer the answer, its evidence every citation
     * @param citations each cited clause
     */
    public record Answer(Grounded<String> answer, List<Grounded<String>> citations) {
    }

    /**
     * A comparison: one grounded value per added, removed or changed clause, its evidence the
     * clause in the old text, the new text, or both.
     *
     * @param changes the changed clauses
     */
    public record Changes(List<Grounded<String>> changes) {
    }

    private GovReviews() {
    }

    /**
     * Search hits as grounded clauses.
     *
     * @param result the search result
     * @param library the library searched
     * @return the review
     */
    public static Review search(Result<List<PolicyHit>> result, PolicyLibrary library) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<Grounded<String>> hits = new ArrayList<>();
        for (PolicyHit h : result.value()) {
            Citation c = h.citation();
            addDocument(sources, library, c.documentId());
            hits.add(new Grounded<>(c.title() + " " + String.join("", c.headingPath()), List.of(evidence(c)), Origin.RULES, 1.0));
        }
        return new Review(new Result<>(new Hits(hits), result.flags(), result.mode(), result.usage(),
                result.auditId().orElse(null)), sources);
    }

    /**
     * An answer and its citations as grounded values.
     *
     * @param result the answer
     * @param library the library it was answered from
     * @return the review
     */
    public static Review answer(Result<PolicyAnswer> result, PolicyLibrary library) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<Evidence> all = new ArrayList<>();
        List<Grounded<String>> cited = new ArrayList<>();
        Origin origin = result.mode() == ai.domainassist.core.Mode.OFFLINE || result.mode() == ai.domainassist.core.Mode.DEGRADED
                ? Origin.RULES : Origin.MODEL;
        for (Citation c : result.value().citations()) {
            addDocument(sources, library, c.documentId());
            Evidence e = evidence(c);
            all.add(e);
            cited.add(new Grounded<>(c.title() + " " + String.join("", c.headingPath()), List.of(e), Origin.RULES, 1.0));
        }
        for (ReviewFlag f : result.flags()) {
            f.evidence().forEach(e -> addDocument(sources, library, e.sourceId()));  // the nearest clauses of NO_ANSWER
        }
        Answer view = new Answer(new Grounded<>(result.value().answer(), all, origin, 1.0), cited);
        return new Review(new Result<>(view, result.flags(), result.mode(), result.usage(), result.auditId().orElse(null)),
                sources);
    }

    /**
     * A comparison's changed clauses as grounded values over the two texts.
     *
     * @param result the comparison
     * @param leftText the old text
     * @param rightText the new text
     * @return the review
     */
    public static Review compare(Result<PolicyComparison> result, String leftText, String rightText) {
        PolicyComparison c = result.value();
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(c.leftId(), leftText);
        sources.put(c.rightId(), rightText);
        List<Grounded<String>> changes = new ArrayList<>();
        for (ClauseChange ch : c.clauses()) {
            if (ch.kind() == ClauseChange.Kind.UNCHANGED) {
                continue;
            }
            List<Evidence> ev = new ArrayList<>();
            // an added clause has no old text (nor a removed one new text): an empty span is no evidence
            if (ch.left() != null && ch.left().end() > ch.left().start()) {
                ev.add(new Evidence(c.leftId(), ch.left().start(), ch.left().end(), ch.left().text()));
            }
            if (ch.right() != null && ch.right().end() > ch.right().start()) {
                ev.add(new Evidence(c.rightId(), ch.right().start(), ch.right().end(), ch.right().text()));
            }
            String path = ch.rightPath().isEmpty() ? ch.leftPath() : ch.rightPath();
            changes.add(new Grounded<>(ch.kind() + " " + path, ev, Origin.RULES, 1.0));
        }
        return new Review(new Result<>(new Changes(changes), result.flags(), result.mode(), result.usage(),
                result.auditId().orElse(null)), sources);
    }

    private static Evidence evidence(Citation c) {
        return new Evidence(c.documentId(), c.start(), c.end(), c.quote());
    }

    private static void addDocument(Map<String, String> sources, PolicyLibrary library, String id) {
        if (library != null && !sources.containsKey(id)) {
            library.document(id).ifPresent(d -> sources.put(id, d.text()));
        }
    }
}
