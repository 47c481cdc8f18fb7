package ai.domainassist.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.core.text.Width;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.PayableStep;
import ai.domainassist.finance.model.Recommendation.Decision;
import ai.domainassist.finance.registry.InvoiceRegistry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsAssistantTest {
    @TempDir
    Path dir;

    private static DevSet.Case devCase(String id) {
        return DevSet.load().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static ClaimBundle renamed(ClaimBundle b, String claimId) {
        return ClaimBundle.of(claimId, b.documents());
    }

    private static InsurancePolicy withDeductible(InsurancePolicy p, String deductible) {
        InsurancePolicy.Builder b = InsurancePolicy.builder().number(p.number()).insured(p.insuredName(),
                p.insuredIdNumber().orElse(null)).period(p.effectiveDate(), p.expiryDate())
                .deductible(new BigDecimal(deductible)).annualLimit(p.annualLimit())
                .payoutRatios(p.ratioWithSocialInsurance(), p.ratioWithoutSocialInsurance())
                .hospitalRequirement(p.hospitalRequirement());
        p.exclusions().forEach(e -> b.exclusion(e.category(), e.clause()));
        return b.build();
    }

    @Test
    void aCleanOutpatientClaimIsPaidWithEachStepOfTheComputationShown() {
        DevSet.Case c = devCase("b01"); // outpatient, OCR text, 自费: invoice 396.40, no social insurance
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            Result<ClaimAssessment> r = assistant.assess(c.bundle(), withDeductible(c.policy(), "100.00"));
            ClaimAssessment a = r.value();
            assertThat(r.mode()).isEqualTo(Mode.OFFLINE);
            assertThat(a.alerts()).isEmpty();
            assertThat(a.missingMaterials()).isEmpty();
            assertThat(a.payable().totalExpenses()).isEqualByComparingTo("396.40");
            // (396.40 - 0 reimbursed - 100 deductible) x 0.60 without social insurance
            assertThat(a.payable().payable()).isEqualByComparingTo("177.84");
            assertThat(a.payable().steps()).extracting(PayableStep::label).containsExactly("医疗费用合计", "减：社保及其他已报销",
                    "减：免赔额", "乘：赔付比例", "限额：年度限额", "补偿原则");
            assertThat(a.payable().steps().get(0).evidence()).singleElement()
                    .satisfies(e -> assertThat(Width.toHalf(e.quote())).isEqualTo("396.40"));
            assertThat(a.recommendation().decision()).isEqualTo(Decision.PAY);
        }
    }

    @Test
    void aTotalWrittenWithAnExponentIsNotReadAsOneYuan() {
        DevSet.Case c = devCase("b01");
        List<ClaimDocument> docs = new ArrayList<>();
        for (ClaimDocument d : c.bundle().documents()) {
            docs.add(new ClaimDocument(d.id(), d.format(), d.content().replace("¥３９６．４０", "¥1e309"), d.declaredType()));
        }
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            Result<ClaimAssessment> r = assistant.assess(ClaimBundle.of("CLM-e309", docs), c.policy());
            MedicalInvoice invoice = r.value().materials().invoices().get(0);
            assertThat(invoice.total()).isEmpty();
            assertThat(r.flags()).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(ReviewFlag.Kind.MISSING);
                assertThat(f.field()).isEqualTo(invoice.documentId() + ".total");
            });
            assertThat(r.value().payable().totalExpenses()).isNotEqualByComparingTo("1.00");
        }
    }

    @Test
    void aClaimUnderTheDeductibleIsDeclinedWithTheDeductibleClause() {
        DevSet.Case c = devCase("b01");
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            ClaimAssessment a = assistant.assess(c.bundle(), withDeductible(c.policy(), "10000.00")).value();
            assertThat(a.payable().payable()).isEqualByComparingTo("0");
            assertThat(a.recommendation().decision()).isEqualTo(Decision.DECLINE);
            assertThat(a.recommendation().clause()).isEqualTo("免赔额条款");
        }
    }

    @Test
    void anExcludedDiagnosisIsDeclinedCitingTheExclusionClause() {
        DevSet.Case c = devCase(DevSet.load().stream().filter(x -> x.seed().equals("excluded_dx")).findFirst()
                .orElseThrow().id());
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            ClaimAssessment a = assistant.assess(c.bundle(), c.policy()).value();
            assertThat(a.recommendation().decision()).isEqualTo(Decision.DECLINE);
            assertThat(a.recommendation().clause()).contains("妊娠");
            assertThat(a.recommendation().evidence()).isNotEmpty();
            assertThat(a.payable().payable()).isEqualByComparingTo("0");
        }
    }

    @Test
    void theSameInvoiceInALaterClaimIsFlaggedAfterARestart() {
        DevSet.Case c = devCase("b01");
        try (ClaimsAssistant first = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            assertThat(first.assess(c.bundle(), c.policy()).value().hasAlert("DUPLICATE_INVOICE")).isFalse();
        }
        try (ClaimsAssistant second = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            Result<ClaimAssessment> r = second.assess(renamed(c.bundle(), "CLM-later"), c.policy());
            assertThat(r.value().hasAlert("DUPLICATE_INVOICE")).isTrue();
            assertThat(r.flags()).anySatisfy(f -> assertThat(f.message()).startsWith("[DUPLICATE_INVOICE]")
                    .contains("CLM-b01"));
            assertThat(r.value().recommendation().decision()).isEqualTo(Decision.REFER_TO_HUMAN);
            assertThat(r.value().payable().payable()).isEqualByComparingTo("0");
        }
    }

    @Test
    void aBatchGivesTheSameFlagsWhateverItsOrderAndTheLaterClaimNamesTheEarlierOne() throws Exception {
        DevSet.Case c = devCase("b02");
        List<ClaimBundle> batch = List.of(renamed(c.bundle(), "CLM-0002"), renamed(c.bundle(), "CLM-0001"),
                renamed(c.bundle(), "CLM-0003"));
        List<String> seen = new ArrayList<>();
        for (List<ClaimBundle> order : List.of(batch, List.of(batch.get(2), batch.get(1), batch.get(0)),
                List.of(batch.get(1), batch.get(0), batch.get(2)))) {
            Path fresh = Files.createTempDirectory(dir, "run");
            try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(fresh).build()) {
                List<String> flags = new ArrayList<>();
                var results = assistant.assessAll(order, b -> c.policy());
                for (int i = 0; i < order.size(); i++) {
                    var a = results.get(i).value();
                    a.alerts().stream().filter(x -> x.ruleId().equals("DUPLICATE_INVOICE"))
                            .forEach(x -> flags.add(a.claimId() + ": " + x.message()));
                }
                flags.sort(null);
                seen.add(String.join("\n", flags));
            }
        }
        assertThat(seen).containsOnly(seen.get(0));
        assertThat(seen.get(0)).doesNotContain("CLM-0001: ").contains("CLM-0002: ").contains("CLM-0003: ")
                .contains("在案件 CLM-0001 中提交过");
    }

    @Test
    void twoClaimsSubmittingTheSameInvoiceAtOnceExactlyOneIsFlagged() throws Exception {
        DevSet.Case c = devCase("b02");
        try (InvoiceRegistry registry = InvoiceRegistry.inDirectory(dir);
                ClaimsAssistant assistant = ClaimsAssistant.builder().invoiceRegistry(registry).build()) {
            for (int round = 0; round < 10; round++) {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> flagged = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    String claim = "R" + round + "-T" + t;
                    ClaimBundle b = renamed(c.bundle(), claim);
                    flagged.add(pool.submit(() -> {
                        go.await();
                        return assistant.assess(b, c.policy()).value().hasAlert("DUPLICATE_INVOICE");
                    }));
                }
                go.countDown();
                int n = 0;
                for (Future<Boolean> f : flagged) {
                    n += f.get() ? 1 : 0;
                }
                pool.shutdown();
                // round 0: one of the two is first; later rounds: both are later than b02's first registration
                assertThat(n).isEqualTo(round == 0 ? 1 : 2);
            }
        }
    }

    @Test
    void extractsOneDocumentWithEvidenceAndFlagsAnUnrecognisedOne() {
        DevSet.Case c = devCase("b01");
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            ClaimDocument invoiceDoc = c.bundle().documents().get(2);
            Result<ClaimMaterial> r = assistant.extract(invoiceDoc);
            assertThat(r.value()).isInstanceOf(MedicalInvoice.class);
            MedicalInvoice inv = (MedicalInvoice) r.value();
            assertThat(inv.total()).hasValueSatisfying(t -> {
                assertThat(t.value()).isEqualByComparingTo("396.40");
                assertThat(invoiceDoc.content().substring(t.evidence().get(0).start(), t.evidence().get(0).end()))
                        .isEqualTo(t.evidence().get(0).quote());
            });
            Result<ClaimMaterial> unknown = assistant.extract(ClaimDocument.ocrText("x", "今天天气很好，适合散步。"));
            assertThat(unknown.value().type()).isEqualTo(DocumentType.UNKNOWN);
            assertThat(unknown.flags()).singleElement().extracting(ReviewFlag::kind).isEqualTo(ReviewFlag.Kind.LOW_CONFIDENCE);
        }
    }

    @Test
    void malformedOcrJsonIsATypedErrorNamingTheDocument() {
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            assertThatThrownBy(() -> assistant.extract(ClaimDocument.ocrJson("inv-7", "{\"票据代码\": ")))
                    .isInstanceOf(InvalidClaimDocumentException.class).hasMessageStartingWith("document inv-7:")
                    .satisfies(e -> assertThat(((InvalidClaimDocumentException) e).documentId()).isEqualTo("inv-7"));
            assertThatThrownBy(() -> assistant.classify(ClaimDocument.ocrJson("inv-8", "[1, 2]")))
                    .isInstanceOf(InvalidClaimDocumentException.class);
        }
    }

    @Test
    void anInsurersOwnHospitalListReplacesTheBuiltInOne() {
        DevSet.Case c = devCase("b01"); // treated at 北京市第六医院 (二级甲等 on the built-in list)
        String list = "# insurer's list\n北京市第六医院\t1\t甲\t公立\t\n";
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir)
                .hospitalsText(list).build()) {
            ClaimAssessment a = assistant.assess(c.bundle(), c.policy()).value();
            assertThat(a.hasAlert("HOSPITAL_NOT_ALLOWED")).isTrue();
        }
    }

    @Test
    void aPolicyNamingAnUnknownExclusionCategoryIsRejected() {
        DevSet.Case c = devCase("b01");
        InsurancePolicy p = InsurancePolicy.builder().number("P1").insured("某人", null)
                .period(c.policy().effectiveDate(), c.policy().expiryDate()).annualLimit(BigDecimal.TEN)
                .exclusion("astrology", "第9条").build();
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            assertThatThrownBy(() -> assistant.assess(c.bundle(), p)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("astrology");
        }
    }

    @Test
    void anInsurerMayRegradeARuleInItsOwnRuleTable() throws Exception {
        DevSet.Case c = DevSet.load().stream().filter(x -> x.seed().equals("early")).findFirst().orElseThrow();
        String table = DevSet.resource("/ai/domainassist/finance/rules/risk-rules.tsv")
                .replace("EARLY_CLAIM\tWARNING\tPOLICY\tREFER", "EARLY_CLAIM\tINFO\tPOLICY\tNONE");
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).riskRulesText(table)
                .build()) {
            ClaimAssessment a = assistant.assess(c.bundle(), c.policy()).value();
            assertThat(a.alerts()).singleElement().satisfies(x -> {
                assertThat(x.ruleId()).isEqualTo("EARLY_CLAIM");
                assertThat(x.severity()).isEqualTo(ai.domainassist.core.Severity.INFO);
            });
            assertThat(a.recommendation().decision()).isEqualTo(Decision.PAY);
        }
        assertThatThrownBy(() -> ClaimsAssistant.builder().registryDirectory(dir)
                .riskRulesText("EARLY_CLAIM\tINFO\tPOLICY\tNONE\tx\n").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no rule");
    }

    @Test
    void anAssessedInpatientClaimFindsItsPrecedentsInTheCaseLibrary() throws Exception {
        DevSet.Case c = DevSet.load().stream().filter(x -> x.id().equals("b02")).findFirst().orElseThrow();
        try (ai.domainassist.finance.cases.ClaimCaseLibrary cases = ai.domainassist.finance.cases.ClaimCaseLibrary.inMemory();
                ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).caseLibrary(cases).build()) {
            cases.addAll(DevSet.pastCases());
            ClaimAssessment a = assistant.assess(c.bundle(), c.policy()).value();
            var precedents = assistant.similarCases(a, 3);
            assertThat(precedents).isNotEmpty();
            var query = ai.domainassist.finance.model.CaseQuery.of(a);
            assertThat(precedents.get(0).sharedDiagnoses()).isNotEmpty().isSubsetOf(query.diagnoses());
            assertThat(precedents.get(0).precedent().claimType()).isEqualTo(a.claimType());
        }
    }

    @Test
    void casesAndTermsNeedTheirLibraries() {
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            assertThatThrownBy(() -> assistant.answerTerms("等待期多长？", 3)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("termsLibrary");
            assertThatThrownBy(() -> assistant.similarCases(new ai.domainassist.finance.model.CaseQuery(
                    ai.domainassist.finance.model.ClaimType.OUTPATIENT, List.of("湿疹"), List.of(), BigDecimal.ONE), 3))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("caseLibrary");
        }
    }

    @Test
    void offlineTermsAnswersAreTheBestClauseWithCitationsOrFlaggedWhenNothingMatches() {
        try (ai.domainassist.retrieval.DocumentLibrary terms = ai.domainassist.retrieval.DocumentLibrary.builder().inMemory().build()) {
            terms.add(ai.domainassist.retrieval.Document.of("t1", "条款", "2.3 等待期 自本合同生效之日起30日为等待期。"));
            terms.add(ai.domainassist.retrieval.Document.of("t2", "条款", "2.4 免赔额 本合同年度免赔额为1万元。"));
            try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).termsLibrary(terms).build()) {
                Result<ai.domainassist.finance.model.TermsAnswer> r = assistant.answerTerms("免赔额是多少", 2);
                assertThat(r.mode()).isEqualTo(Mode.OFFLINE);
                assertThat(r.value().extractive()).isTrue();
                assertThat(r.value().answer()).contains("免赔额为1万元");
                assertThat(r.value().citations().get(0).documentId()).isEqualTo("t2");
                Result<ai.domainassist.finance.model.TermsAnswer> none = assistant.answerTerms("火星旅游", 2);
                assertThat(none.value().citations()).isEmpty();
                assertThat(none.value().answer()).isEmpty();
                assertThat(none.flags()).singleElement().extracting(ReviewFlag::kind).isEqualTo(ReviewFlag.Kind.NO_ANSWER);
            }
        }
    }
}
