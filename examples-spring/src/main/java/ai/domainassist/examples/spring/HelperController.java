package ai.domainassist.examples.spring;

import ai.domainassist.core.Result;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.export.RecordJson;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The three endpoints, each one call of a helper bean the starter made. */
@RestController
public class HelperController {
    private final MedicalRecordAssistant medical;
    private final ClaimsAssistant claims;
    private final PolicyAssistant policy;

    /**
     * @param medical the medical record assistant
     * @param claims the claims assistant
     * @param policy the policy assistant
     */
    public HelperController(MedicalRecordAssistant medical, ClaimsAssistant claims, PolicyAssistant policy) {
        this.medical = medical;
        this.claims = claims;
        this.policy = policy;
    }

    /**
     * A dialogue in, the outpatient record out, in the SDK's versioned JSON export.
     *
     * @param body the dialogue
     * @return the record as {@code RecordJson} writes it
     */
    @PostMapping(path = "/records", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public String record(@RequestBody DialogueBody body) {
        Result<OutpatientRecord> result = medical.structure(Transcript.parse(require(body.dialogue(), "dialogue")));
        return RecordJson.write(result);
    }

    /**
     * A claim's documents and policy in, the assessment out.
     *
     * @param id the claim id
     * @param body the documents and the policy
     * @return the assessment with its flags
     */
    @PostMapping(path = "/claims/{id}/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResultBody<ClaimAssessment> assess(@PathVariable("id") String id, @RequestBody ClaimBody body) {
        List<ClaimDocument> documents = require(body.documents(), "documents").stream()
                .map(d -> d.json() != null ? ClaimDocument.ocrJson(d.id(), d.json()) : ClaimDocument.ocrText(d.id(), d.text()))
                .toList();
        return ResultBody.of(claims.assess(ClaimBundle.of(id, documents), require(body.policy(), "policy").toPolicy()));
    }

    /**
     * An official document in, the normative findings out.
     *
     * @param body the document's id and text
     * @return the report with its flags
     */
    @PostMapping(path = "/documents/check", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResultBody<CheckBody> check(@RequestBody DocumentBody body) {
        return ResultBody.of(policy.check(require(body.id(), "id"), require(body.text(), "text")),
                (NormativeReport r) -> new CheckBody(r.findings(), r.skippedRules()));
    }

    /**
     * A check's findings (the report's parsed document is left out: the caller sent the text).
     *
     * @param findings rule id, severity, span, message and suggested fix of each finding
     * @param skippedRules the rules that did not apply
     */
    public record CheckBody(List<NormativeFinding> findings, List<String> skippedRules) {
    }

    /**
     * @param e a bad request
     * @return 400 with what was wrong (never the input itself)
     */
    @ExceptionHandler({IllegalArgumentException.class, NullPointerException.class})
    public ResponseEntity<String> badRequest(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                .body(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing field \"" + field + "\"");
        }
        return value;
    }

    /** @param dialogue the doctor-patient dialogue (labelled lines, ASR JSON or plain lines) */
    public record DialogueBody(String dialogue) {
    }

    /** @param id the document's id @param text the text to check */
    public record DocumentBody(String id, String text) {
    }

    /**
     * @param documents the claim's materials
     * @param policy the policy the claim is made under
     */
    public record ClaimBody(List<Document> documents, PolicyBody policy) {
    }

    /**
     * One material: OCR text, or OCR key-value JSON.
     *
     * @param id its id (file name)
     * @param text its OCR text, or {@code null}
     * @param json its OCR JSON, or {@code null}
     */
    public record Document(String id, String text, String json) {
    }

    /**
     * The policy's terms that the example takes (a real system would look the policy up).
     *
     * @param number the policy number
     * @param insuredName the insured's name
     * @param insuredId the insured's ID number
     * @param effective first day of cover
     * @param expiry last day of cover
     * @param annualLimit the annual limit
     * @param deductible the deductible, or {@code null}
     * @param ratioWithSocialInsurance the payout ratio with social insurance
     * @param ratioWithoutSocialInsurance the payout ratio without it
     */
    public record PolicyBody(String number, String insuredName, String insuredId, LocalDate effective, LocalDate expiry,
                             BigDecimal annualLimit, BigDecimal deductible, BigDecimal ratioWithSocialInsurance,
                             BigDecimal ratioWithoutSocialInsurance) {

        InsurancePolicy toPolicy() {
            InsurancePolicy.Builder b = InsurancePolicy.builder().number(number).insured(insuredName, insuredId)
                    .period(effective, expiry).annualLimit(annualLimit);
            if (deductible != null) {
                b.deductible(deductible);
            }
            if (ratioWithSocialInsurance != null && ratioWithoutSocialInsurance != null) {
                b.payoutRatios(ratioWithSocialInsurance, ratioWithoutSocialInsurance);
            }
            return b.build();
        }
    }
}
