package ai.domainassist.gov.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.retrieval.Citation;
import java.util.List;
import java.util.Objects;

/**
 * A drafted official document: its full text and each element with where it came from. Header
 * elements come from the request ({@code Origin.INPUT}); the body from the rules (a skeleton) or a
 * model (written to the skeleton, its citations verified). Absent elements are empty strings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the document type
 * @param text the full text, laid out one element a line
 * @param title the title
 * @param documentNumber the 发文字号
 * @param signers the 签发人
 * @param addressees the 主送机关 line
 * @param body the body
 * @param attachmentNote the 附件说明
 * @param signature the 发文机关署名
 * @param date the 成文日期
 * @param citations the library clauses the body cites (each verified to exist)
 * @param findings what the normative check found in the draft
 */
public record PolicyDraft(DocumentType type, String text, Grounded<String> title, Grounded<String> documentNumber,
        Grounded<String> signers, Grounded<String> addressees, Grounded<String> body, Grounded<String> attachmentNote,
        Grounded<String> signature, Grounded<String> date, List<Citation> citations, List<NormativeFinding> findings) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public PolicyDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(signers, "signers");
        Objects.requireNonNull(addressees, "addressees");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(attachmentNote, "attachmentNote");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(date, "date");
        citations = List.copyOf(citations);
        findings = List.copyOf(findings);
    }
}
