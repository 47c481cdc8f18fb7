package ai.domainassist.finance.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.DevSet;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.PayableStep;
import ai.domainassist.finance.model.Recommendation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim assessment page, read as the adjuster reads it (parsed with jsoup). */
class ClaimAssessmentPageTest {
    @TempDir
    Path dir;

    private static DevSet.Case devCase(String id) {
        return DevSet.load().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Document page(Result<ClaimAssessment> r, ClaimBundle b) {
        return Jsoup.parse(ClaimAssessmentPage.builder(r, b).build().html());
    }

    @Test
    void theDecisionAndItsReasonComeFirstAndTheComputationEndsInTheAmountToPay() {
        DevSet.Case c = devCase("b01");
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            Result<ClaimAssessment> r = assistant.assess(c.bundle(), c.policy());
            ClaimAssessment a = r.value();
            Document doc = page(r, c.bundle());

            Element decision = doc.getElementById("decision");
            assertThat(decision.elementSiblingIndex()).as("the decision opens the page").isLessThan(3);
            assertThat(decision.selectFirst(".verdict-badge").text()).isEqualTo("建议赔付");
            assertThat(decision.selectFirst(".reason").text()).isEqualTo(a.recommendation().reason());
            assertThat(decision.selectFirst(".figure-payable dd").text())
                    .isEqualTo(a.payable().payable().setScale(2).toPlainString() + " 元");

            List<PayableStep> steps = a.payable().steps();
            assertThat(doc.select("table.steps tbody tr")).hasSize(steps.size());
            for (int i = 0; i < steps.size(); i++) {
                Element row = doc.getElementById("step-" + i);
                assertThat(row.selectFirst("td.label").text()).isEqualTo(steps.get(i).label());
                assertThat(row.select("td.num").get(1).text()).isEqualTo(steps.get(i).running().setScale(2).toPlainString());
                assertThat(row.select("a.ev-link")).hasSize(steps.get(i).evidence().size());
            }
            assertThat(doc.selectFirst("table.steps tfoot").text())
                    .isEqualTo("应赔付金额 " + a.payable().payable().setScale(2).toPlainString() + " 元");
            assertThat(doc.selectFirst("#duplicates .empty").text()).startsWith("未发现重复票据");
            assertThat(doc.select("a[href]").eachAttr("href"))
                    .allSatisfy(h -> assertThat(doc.getElementById(h.substring(1))).as(h).isNotNull());
        }
    }

    @Test
    void aDuplicateInvoiceNamesTheClaimThatSubmittedItFirst() {
        DevSet.Case c = devCase("b01");
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            assistant.assess(c.bundle(), c.policy());
            ClaimBundle later = ClaimBundle.of("CLM-later", c.bundle().documents());
            Result<ClaimAssessment> r = assistant.assess(later, c.policy());
            Document doc = page(r, later);

            assertThat(doc.selectFirst(".verdict-badge").text()).isEqualTo("转人工审核");
            Element rule = doc.selectFirst("#decision a.rule");
            assertThat(rule.text()).isEqualTo("DUPLICATE_INVOICE");
            Element alert = doc.getElementById(rule.attr("href").substring(1));
            assertThat(alert.attr("data-rule")).isEqualTo("DUPLICATE_INVOICE");
            assertThat(alert.selectFirst(".kind").text()).isEqualTo("重复票据");
            assertThat(alert.className()).contains("sev-error");

            Element dup = doc.selectFirst("table.dups tbody tr");
            assertThat(dup.selectFirst(".other-claim").text()).isEqualTo(c.bundle().claimId());
            assertThat(dup.select("td").get(0).text()).contains("代码").contains("号码");
        }
    }

    @Test
    void everyDocumentIsShownAsClassifiedWithItsFieldsInTheFormsWords() {
        DevSet.Case c = devCase("b01");
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            Result<ClaimAssessment> r = assistant.assess(c.bundle(), c.policy());
            Document doc = page(r, c.bundle());
            assertThat(doc.select("article.document")).hasSize(r.value().materials().documents().size());
            assertThat(doc.select("article.document .doc-type").eachText()).doesNotContain("")
                    .allSatisfy(t -> assertThat(t).doesNotMatch(".*[A-Z_]{4,}.*"));
            assertThat(doc.select("table.fields td.label").eachText()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t).as("a field named in code").doesNotMatch("[a-zA-Z]+( \\d+)?"));
            // long numbers are kept whole
            assertThat(doc.select("table.fields td.value").stream().filter(td -> td.text().matches("[0-9X]{15,}")))
                    .allSatisfy(td -> assertThat(td.selectFirst("span.id")).isNotNull());
            assertThat(doc.select("article.source")).hasSize(c.bundle().documents().size());
        }
    }

    @Test
    void flagsThatAreNotAlertsAreListedToo() {
        DevSet.Case c = devCase("b01");
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            Result<ClaimAssessment> r = assistant.assess(c.bundle(), c.policy());
            List<ReviewFlag> flags = new ArrayList<>(r.flags());
            flags.add(new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, "", "模型调用失败，返回离线结果", List.of()));
            Result<ClaimAssessment> degraded = new Result<>(r.value(), flags, Mode.DEGRADED, Usage.ZERO, null);
            Document doc = page(degraded, c.bundle());
            assertThat(doc.select("#other-flags li.flag .message").eachText()).containsExactly("模型调用失败，返回离线结果");
            assertThat(doc.selectFirst("#mode .mode").attr("data-mode")).isEqualTo("DEGRADED");
        }
    }

    @Test
    void everyWordThePageNeedsHasALabelAndADeploymentCanChangeIt() {
        ReportLabels l = ClaimAssessmentPage.defaultLabels();
        for (Recommendation.Decision d : Recommendation.Decision.values()) {
            assertThat(l.has("finance.decision." + d)).as(d.name()).isTrue();
        }
        for (DocumentType t : DocumentType.values()) {
            assertThat(l.has("finance.documentType." + t)).as(t.name()).isTrue();
        }
        DevSet.Case c = devCase("b01");
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            Result<ClaimAssessment> r = assistant.assess(c.bundle(), c.policy());
            Document doc = Jsoup.parse(ClaimAssessmentPage.builder(r, c.bundle())
                    .labels(ReportLabels.of(Map.of("finance.decision.PAY", "同意赔付"))).build().html());
            assertThat(doc.selectFirst(".verdict-badge").text()).isEqualTo("同意赔付");
            // every field of every material type has a Chinese name
            r.value().materials().documents().forEach(m -> m.fields().keySet().stream()
                    .filter(k -> !k.startsWith("items[")).forEach(k -> {      // items have a table of their own
                String name = k.replaceAll("\\[.*$", "");
                assertThat(l.has("finance.field." + name)).as(k).isTrue();
            }));
        }
    }
}
