package snippets;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.*;
import ai.domainassist.core.chat.*;
import ai.domainassist.core.provider.*;
import ai.domainassist.core.report.*;
import ai.domainassist.finance.*;
import ai.domainassist.finance.cases.*;
import ai.domainassist.finance.model.*;
import ai.domainassist.finance.model.Recommendation.Decision;
import ai.domainassist.finance.registry.*;
import ai.domainassist.gov.*;
import ai.domainassist.gov.library.*;
import ai.domainassist.gov.model.*;
import ai.domainassist.gov.rules.*;
import ai.domainassist.medical.*;
import ai.domainassist.medical.export.*;
import ai.domainassist.medical.model.*;
import ai.domainassist.medical.rules.*;
import ai.domainassist.retrieval.*;
import ai.domainassist.testkit.*;
import java.math.BigDecimal;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import javax.sql.DataSource;

/** The Java snippets of docs/finance.md, compiled here so that they cannot drift from the API (SnippetsTest matches them). */
@SuppressWarnings({"unused", "resource"})
final class FinanceSnippets {
    private FinanceSnippets() {
    }

    static void snippet1(DataSource dataSource, String formText, String invoiceJsonFromOcrService, String dischargeText) throws Exception {
        try (ClaimsAssistant assistant = ClaimsAssistant.builder()
                .invoiceRegistry(InvoiceRegistry.jdbc(dataSource))      // or .registryDirectory(Path.of("/var/lib/claims/invoices"))
                .build()) {                                               // no model: the offline engine
            InsurancePolicy policy = InsurancePolicy.builder()
                    .number("P2024021159650").insured("朱刚", "110108196009234399")
                    .period(LocalDate.of(2024, 2, 11), LocalDate.of(2025, 2, 10))
                    .waitingDays(Cause.ILLNESS, 30).namedWaitingPeriod("恶性肿瘤", 90)
                    .deductible(new BigDecimal("10000")).annualLimit(new BigDecimal("2000000"))
                    .itemLimit(ClaimType.OUTPATIENT, new BigDecimal("5000"))
                    .payoutRatios(new BigDecimal("1.00"), new BigDecimal("0.60"))   // with / without social insurance
                    .hospitalRequirement(new HospitalRequirement(2, true, true, "第2.2条 二级及以上公立医院普通部"))
                    .exclusion("cosmetic", "第2.5条第(11)项 整形手术、美容或整容手术")
                    .exclusion("pregnancy", "第2.5条第(12)项 妊娠、分娩、流产")
                    .preExisting(true, "第2.5条第(16)项 既往症")
                    .clause("waiting-period", "第2.3条 等待期").build();

            ClaimBundle claim = ClaimBundle.of("CLM-2024-000123", List.of(
                    ClaimDocument.ocrText("form", formText),
                    ClaimDocument.ocrJson("invoice-1", invoiceJsonFromOcrService),
                    ClaimDocument.ocrText("discharge", dischargeText) /* ... */));

            Result<ClaimAssessment> result = assistant.assess(claim, policy);
            ClaimAssessment a = result.value();
            a.recommendation().decision();     // PAY, PAY_PARTIALLY, REQUEST_DOCUMENTS, REFER_TO_HUMAN, DECLINE
            a.recommendation().clause();       // the clause a decline rests on
            a.payable().steps();               // the computation, step by step, each with its evidence
            a.alerts();                        // rule id, severity, field, message, evidence spans
            a.missingMaterials();              // what to ask for, once (保险法 第二十二条)
            result.flags();                    // the alerts as review flags + extraction problems
        }
    }

    static void snippet2(DocumentLibrary termsLibrary, ClaimBundle claim, InsurancePolicy policy) throws Exception {
        try (ModelClient model = ModelClient.builder().provider(Providers.qwen(System.getenv("DASHSCOPE_API_KEY"))).build();
             ClaimsAssistant assistant = ClaimsAssistant.builder().model(model).mode(Mode.HYBRID)
                     .registryDirectory(Path.of("/var/lib/claims/invoices"))
                     .caseLibrary(ClaimCaseLibrary.inDirectory(Path.of("/var/lib/claims/cases")))
                     .termsLibrary(termsLibrary)                    // an sdk-retrieval DocumentLibrary of clauses
                     .build()) {
            Result<ClaimAssessment> r = assistant.assess(claim, policy);
            r.mode();                                              // HYBRID, or DEGRADED when the model failed
            r.flags(ReviewFlag.Kind.UNGROUNDED);                   // model values the documents do not support
        }
    }

    static void snippet3(ClaimBundle claim, InsurancePolicy policy) throws Exception {
        ClaimCaseLibrary cases = ClaimCaseLibrary.inDirectory(Path.of("/var/lib/claims/cases"));
        cases.add(new ClaimCase("HC-2023-0001", ClaimType.INPATIENT, List.of("急性化脓性阑尾炎"),
                List.of("腹腔镜下阑尾切除术"), new BigDecimal("12400.00"), Decision.PAY, new BigDecimal("9800.00"),
                "住院手术费用属保险责任", LocalDate.of(2023, 6, 2)));
        ClaimsAssistant assistant = ClaimsAssistant.builder().caseLibrary(cases).build();
        List<SimilarCase> precedents = assistant.similarCases(assistant.assess(claim, policy).value(), 3);
    }

    static void snippet4(String clauseText) throws Exception {
        DocumentLibrary terms = DocumentLibrary.builder().directory(Path.of("/var/lib/claims/terms")).build();
        terms.add(new Document("TK-2022-106/3.1", "泰康新生活境内旅行意外伤害保险", clauseText,
                DocumentMetadata.builder().tags(ClaimsAssistant.productTag("TK-2022-106")).build()));  // one product's clause
        ClaimsAssistant assistant = ClaimsAssistant.builder().termsLibrary(terms).build();

        InsurancePolicy policy = InsurancePolicy.builder().number("P2024021159650").product("TK-2022-106") /* ... */.build();
        Result<TermsAnswer> r = assistant.answerTerms(policy, "出险后多少天内要通知保险公司？");  // or answerTerms("TK-2022-106", question)
        r.value().answer();        // the best clause itself (offline) or the model's verified answer; empty with NO_ANSWER
        r.value().citations();     // the clauses it rests on, that product's only
        r.flags(ReviewFlag.Kind.NO_ANSWER);       // the product's terms do not answer the question
        r.flags(ReviewFlag.Kind.LOW_CONFIDENCE);  // they answer it only in part

        Result<TermsAnswer> open = assistant.answerTerms("犹豫期有多少天？", 5);   // no product: the whole library
        open.value().needsProduct();   // true: several products' terms answer it as fully (or, declined, are about it alike)
        open.value().candidates();     // ProductCandidate: product code, name (title of its terms), its best clause
    }
}
