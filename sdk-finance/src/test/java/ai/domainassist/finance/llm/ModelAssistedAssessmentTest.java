package ai.domainassist.finance.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.InMemoryAuditSink;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimMaterials;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.MedicalInvoice;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model and hybrid paths against a local OpenAI-compatible server (MockWebServer). */
class ModelAssistedAssessmentTest {
    private static final String INVOICE = """
            北京市医疗门诊收费票据（电子）
            票据代码：11060123  票据号码：0045671234
            缴款人：王芳    开票日期：2024年07月12日
            就诊日期：2024-07-10
            项目名称        数量   单位    金额
            西药费          1      项      346.40
            诊察费          1      次      50.00
            合计（大写）：叁佰玖拾陆元肆角  （小写）¥396.40
            医保统筹基金支付：0.00  个人自付：396.40  个人自费：0.00
            收款单位：北京协和医院
            """;
    private static final String CERT = "北京协和医院\n诊断证明书\n姓名：王芳 科别：呼吸内科\n就诊日期：2024-07-10\n诊断：急性支气管炎\n";
    private static final InsurancePolicy POLICY = InsurancePolicy.builder().number("P1").insured("王芳", null)
            .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).annualLimit(new BigDecimal("10000")).build();

    @TempDir
    Path dir;
    private ModelServer server;
    private ModelClient client;

    @BeforeEach
    void start() throws Exception {
        server = new ModelServer();
        client = server.client();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    private ClaimsAssistant assistant(Mode mode) {
        return ClaimsAssistant.builder().registryDirectory(dir).model(client).mode(mode).build();
    }

    private static ClaimBundle bundle() {
        return ClaimBundle.of("CLM-M1", List.of(ClaimDocument.ocrText("inv", INVOICE), ClaimDocument.ocrText("cert", CERT)));
    }

    private static String fields(String... triples) {
        StringBuilder sb = new StringBuilder("{\"fields\": [");
        for (int i = 0; i < triples.length; i += 3) {
            sb.append(i == 0 ? "" : ", ").append("{\"field\": \"").append(triples[i]).append("\", \"value\": \"")
                    .append(triples[i + 1]).append("\", \"quote\": \"").append(triples[i + 2]).append("\"}");
        }
        return sb.append("]}").toString();
    }

    private static MedicalInvoice invoice(ClaimMaterials m) {
        return m.invoices().get(0);
    }

    @Test
    void anAmountTheModelInventsIsFlaggedUngroundedAndTheRulesTotalStands() {
        server.answer("0045671234", fields("total", "3964.00", "¥3964.00"));
        try (ClaimsAssistant a = assistant(Mode.HYBRID)) {
            Result<ClaimAssessment> r = a.assess(bundle(), POLICY);
            assertThat(r.mode()).isEqualTo(Mode.HYBRID);
            assertThat(r.auditId()).as("a model was called").hasValueSatisfying(id -> assertThat(id).matches("claims\\.assess#[0-9a-f]{8}"));
            assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).singleElement()
                    .satisfies(f -> assertThat(f.field()).isEqualTo("inv.total"));
            MedicalInvoice inv = invoice(r.value().materials());
            assertThat(inv.total().orElseThrow().value()).isEqualByComparingTo("396.40");
            assertThat(inv.total().orElseThrow().origin()).isEqualTo(Origin.RULES);
            assertThat(r.value().payable().totalExpenses()).isEqualByComparingTo("396.40");
            assertThat(r.usage().totalTokens()).isEqualTo(240);
        }
    }

    @Test
    void theResultsAuditIdIsOnTheAuditRecordsOfItsModelCallsAndAnOfflineResultHasNone() {
        server.answer("0045671234", fields("total", "396.40", "396.40"));
        InMemoryAuditSink audit = new InMemoryAuditSink();
        try (ModelClient audited = server.client(audit);
             ClaimsAssistant a = ClaimsAssistant.builder().registryDirectory(dir).model(audited).mode(Mode.HYBRID).build()) {
            Result<ClaimAssessment> r = a.assess(bundle(), POLICY);
            String id = r.auditId().orElseThrow();
            assertThat(audit.records()).isNotEmpty().extracting(AuditRecord::auditId).containsOnly(id);
        }
        try (ClaimsAssistant offline = ClaimsAssistant.builder().registryDirectory(dir.resolve("offline")).build()) {
            assertThat(offline.assess(bundle(), POLICY).auditId()).as("no model, no audit id").isEmpty();
        }
    }

    @Test
    void whenTheModelContradictsTheRulesTheRuleResultStandsAndTheConflictIsFlagged() {
        // the model takes the visit date for the issue date: it is in the document, but not the issue date
        server.answer("0045671234", fields("issueDate", "2024-07-10", "2024-07-10"));
        try (ClaimsAssistant a = assistant(Mode.HYBRID)) {
            Result<ClaimAssessment> r = a.assess(bundle(), POLICY);
            MedicalInvoice inv = invoice(r.value().materials());
            assertThat(inv.issueDate().orElseThrow().value()).isEqualTo(LocalDate.of(2024, 7, 12));
            assertThat(inv.issueDate().orElseThrow().origin()).isEqualTo(Origin.RULES);
            assertThat(r.flags(ReviewFlag.Kind.CONFLICT)).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("inv.issueDate");
                assertThat(f.message()).contains("2024-07-10").contains("2024-07-12").contains("采用规则结果");
            });
        }
    }

    @Test
    void theModelFillsAFieldTheRulesMissedWithVerifiedEvidence() {
        // "缴款人" is not a label the rules know: offline, the payer is missing
        server.answer("0045671234", fields("payer", "王芳", "王芳"));
        try (ClaimsAssistant a = assistant(Mode.HYBRID)) {
            Result<ClaimAssessment> r = a.assess(bundle(), POLICY);
            MedicalInvoice inv = invoice(r.value().materials());
            assertThat(inv.payer()).hasValueSatisfying(p -> {
                assertThat(p.value()).isEqualTo("王芳");
                assertThat(p.origin()).isEqualTo(Origin.MODEL);
                assertThat(INVOICE.substring(p.evidence().get(0).start(), p.evidence().get(0).end())).isEqualTo("王芳");
            });
            assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).isEmpty();
        }
    }

    @Test
    void inModelModeTheModelsVerifiedValueStandsAndTheConflictIsStillFlagged() {
        server.answer("0045671234", fields("issueDate", "2024-07-10", "2024-07-10"));
        try (ClaimsAssistant a = assistant(Mode.MODEL)) {
            Result<ClaimAssessment> r = a.assess(bundle(), POLICY);
            assertThat(r.mode()).isEqualTo(Mode.MODEL);
            assertThat(invoice(r.value().materials()).issueDate().orElseThrow().origin()).isEqualTo(Origin.MODEL);
            assertThat(r.flags(ReviewFlag.Kind.CONFLICT)).hasSize(1);
        }
    }

    @Test
    void whenTheModelFailsTheRulesAnswerIsReturnedMarkedDegraded() throws Exception {
        server.failAll(500);
        Result<ClaimAssessment> offline;
        try (ClaimsAssistant off = ClaimsAssistant.builder().registryDirectory(dir.resolve("off")).build()) {
            offline = off.assess(bundle(), POLICY);
        }
        try (ClaimsAssistant a = assistant(Mode.HYBRID)) {
            Result<ClaimAssessment> r = a.assess(bundle(), POLICY);
            assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
            assertThat(r.auditId()).as("the model was called, and failed").isPresent();
            assertThat(r.flags(ReviewFlag.Kind.DEGRADED)).extracting(ReviewFlag::field).containsExactly("inv", "cert");
            assertThat(r.value().materials()).isEqualTo(offline.value().materials());
            assertThat(r.value().recommendation()).isEqualTo(offline.value().recommendation());
        }
        assertThat(server.requests()).isPositive();
    }
}
