package ai.domainassist.gov.model;

import ai.domainassist.core.grounding.Evidence;
import java.util.Objects;

/**
 * Where a statement comes from: a clause of a policy in the library, with the quoted text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policyId the policy's library id
 * @param title the policy's title
 * @param documentNumber its 发文字号, possibly empty
 * @param clausePath the clause's heading path (二、（三）, 第五条 ...)
 * @param start the clause's start in the policy's text
 * @param end its end
 * @param quote the clause's text
 */
public record Citation(String policyId, String title, String documentNumber, String clausePath, int start, int end,
        String quote) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public Citation {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(clausePath, "clausePath");
        Objects.requireNonNull(quote, "quote");
    }

    /** @return the citation as grounding evidence */
    public Evidence toEvidence() {
        return new Evidence(policyId, start, end, quote);
    }

    /** @return the citation as a reader sees it: 《title》（number）clause */
    public String label() {
        return "《" + title + "》" + (documentNumber.isEmpty() ? "" : "（" + documentNumber + "）") + clausePath;
    }
}
