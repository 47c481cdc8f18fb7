package ai.domainassist.gov.draft;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.gov.check.NormativeChecker;
import ai.domainassist.gov.draft.internal.Skeleton;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.model.PolicyDraft;
import java.util.List;
import java.util.Objects;

/**
 * Composes drafts: the offline skeleton of each of the fifteen types (title 发文机关+关于+事由+文种,
 * 发文字号 in the standard form, addressee line, body outline with the heading levels of the key
 * points, 附件说明, 署名, 成文日期 in Arabic numerals), and the same layout around a body written
 * elsewhere (by a model). Header elements come from the request only ({@link Origin#INPUT}). Every
 * draft is checked by the normative checker and carries its findings.
 *
 * <p>Immutable and thread-safe.
 */
public final class DraftComposer {
    private final NormativeChecker checker;

    /**
     * @param checker the checker drafts are judged by
     * @throws NullPointerException if {@code checker} is {@code null}
     */
    public DraftComposer(NormativeChecker checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /**
     * The offline skeleton of a request.
     *
     * @param request the request
     * @return the draft (body origin RULES) with the checker's findings
     * @throws NullPointerException if {@code request} is {@code null}
     */
    public PolicyDraft skeleton(DraftRequest request) {
        Skeleton s = Skeleton.of(Objects.requireNonNull(request, "request"));
        return assemble(s, s.outline(), Origin.RULES, List.of());
    }

    /**
     * A draft with a body written elsewhere, laid out with the request's header elements.
     *
     * @param request the request
     * @param body the body text
     * @param origin who wrote the body
     * @param citations the verified citations of the body
     * @return the draft with the checker's findings
     */
    public PolicyDraft withBody(DraftRequest request, String body, Origin origin, List<Citation> citations) {
        Skeleton s = Skeleton.of(Objects.requireNonNull(request, "request"));
        return assemble(s, body, origin, citations);
    }

    /**
     * The request fields a draft needed but did not get (发文字号, 签发人, 主送机关 ...), shown as
     * placeholders in the draft.
     *
     * @param request the request
     * @return the missing fields
     */
    public List<String> missingFields(DraftRequest request) {
        return Skeleton.of(request).missing();
    }

    private PolicyDraft assemble(Skeleton s, String body, Origin origin, List<Citation> citations) {
        String text = s.render(body);
        NormativeReport report = checker.check("draft", text);
        return new PolicyDraft(s.type(), text, input(s.title().isEmpty() ? s.header().stream()
                .filter(h -> !h.isEmpty()).findFirst().orElse("") : s.title()),
                input(s.documentNumber()), input(s.signers()), input(s.addresseeLine()),
                new Grounded<>(body, List.of(), origin, origin == Origin.MODEL ? 0.5 : 1.0),
                input(s.attachmentNote()), input(s.signature()), input(s.date()), citations, report.findings());
    }

    private static Grounded<String> input(String v) {
        return new Grounded<>(v, List.of(), Origin.INPUT, 1.0);
    }
}
