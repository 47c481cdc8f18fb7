package ai.domainassist.examples.claims;

import ai.domainassist.core.Result;
import ai.domainassist.examples.ResultText;
import ai.domainassist.finance.model.Cause;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.PayableStep;
import java.util.stream.Collectors;

/**
 * A claim assessment as plain text for the adjuster: the recommendation, the payable computation
 * step by step and the missing materials, then the review flags (the risk alerts among them).
 *
 * <p>Stateless and thread-safe.
 */
public final class AssessmentText {
    private AssessmentText() {
    }

    /**
     * Renders an assessment.
     *
     * @param result the assessment
     * @return the text, lines ending in {@code \n}
     */
    public static String write(Result<ClaimAssessment> result) {
        ClaimAssessment a = result.value();
        StringBuilder s = new StringBuilder();
        s.append("理赔案件 ").append(a.claimId()).append("（").append(a.claimType() == ClaimType.INPATIENT ? "住院" : "门诊")
                .append("，").append(a.cause() == Cause.ACCIDENT ? "意外" : "疾病").append("）\n");
        s.append("建议：").append(a.recommendation().decision()).append("  ").append(a.recommendation().reason());
        if (!a.recommendation().clause().isBlank()) {
            s.append("（依据：").append(a.recommendation().clause()).append("）");
        }
        s.append('\n');
        s.append("医疗费用合计 ").append(a.payable().totalExpenses().toPlainString())
                .append("，预估可赔 ").append(a.payable().payable().toPlainString()).append('\n');
        for (PayableStep step : a.payable().steps()) {
            s.append("  ").append(step.label()).append("  ").append(step.change().toPlainString())
                    .append(" → ").append(step.running().toPlainString()).append("  ").append(step.explanation()).append('\n');
        }
        if (!a.missingMaterials().isEmpty()) {
            s.append("需补充材料：").append(a.missingMaterials().stream().map(DocumentType::name)
                    .collect(Collectors.joining("、"))).append('\n');
        }
        s.append(ResultText.summary(result));
        return s.toString();
    }
}
