package ai.domainassist.gov.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Result;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.check.NormativeRule;
import ai.domainassist.gov.check.RuleCatalog;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.retrieval.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The normative check and draft pages, read as the officer reads them (parsed with jsoup). */
class OfficialDocumentPagesTest {
    private static final String POLICY = """
            北京市人民政府文件

            京政发〔2023〕8号

            北京市人民政府关于进一步加强城市道路停车管理的通知

            各区人民政府：
                一、统一设置停车泊位
                道路停车泊位由区交通行政主管部门会同公安机关交通管理部门统一设置，任何单位和个人不得擅自设置、撤除或者占用。

                                                北京市人民政府
                                                2023年6月15日
            """;
    private static final String CHECKED = """
            北京市东城区人民政府文件

            东政发(2024)第08号

            北京市东城区人民政府关于规范道路停车的通知

            各街道办事处：
                根据《北京市人民政府关于加强城市道路停车管理的通知》,现通知如下：<script>window.x=1</script>
                一、道路停车泊位由区交通行政主管部门会同公安机关交通管理部门统一设置，任何单位和个人不得擅自设置、撤除或者占用。
                特此通知。

                                                北京市东城区人民政府
                                                二〇二四年四月二十五日
            """;

    private static PolicyLibrary library() {
        PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府");
        lib.addText(POLICY, PolicyMetadata.inForce("p2023", "北京市人民政府"));
        lib.addText(POLICY.replace("2023〕8号", "2019〕12号").replace("进一步加强", "加强"),
                new PolicyMetadata("p2019", "北京市人民政府", Validity.REPEALED, "《北京市人民政府关于进一步加强城市道路停车管理的通知》"));
        return lib;
    }

    @Test
    void theFindingsStandInTheTextInTheirColoursWithRuleAndFix() {
        PolicyLibrary lib = library();
        Result<NormativeReport> r = PolicyAssistant.builder().library(lib).build().check("dc", CHECKED);
        List<NormativeFinding> findings = r.value().findings();
        Document doc = Jsoup.parse(NormativeCheckPage.builder(r).library(lib).build().html());

        NormativeFinding number = r.value().findings("docnumber.form").get(0);
        Element mark = doc.select("pre.document mark").stream()
                .filter(m -> m.text().equals(CHECKED.substring(number.start(), number.end()))).findFirst().orElseThrow();
        assertThat(mark.className()).isEqualTo("hl sev-error");
        Element note = mark.nextElementSibling();
        assertThat(note.className()).isEqualTo("note sev-error");
        assertThat(note.selectFirst("a.code").text()).isEqualTo("docnumber.form");
        assertThat(note.text()).contains("建议：" + number.suggestedFix());

        assertThat(doc.select("ol.findings > li")).hasSize(findings.size());
        Element item = doc.getElementById(note.selectFirst("a").attr("href").substring(1));
        assertThat(item.attr("data-rule")).isEqualTo("docnumber.form");
        assertThat(item.selectFirst(".kind").text()).isEqualTo("发文字号格式");
        assertThat(item.selectFirst(".fix").text()).isEqualTo("建议：" + number.suggestedFix());
        assertThat(item.text()).contains("依据：GB/T 9704");
        assertThat(mark.selectFirst("a").attr("href")).isEqualTo("#" + item.id());
        assertThat(doc.selectFirst("pre.document").text()).contains("<script>window.x=1</script>");
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void aRepealedReferenceLinksToTheRepealedDocumentAndNoEvidenceIsEmpty() {
        PolicyLibrary lib = library();
        Result<NormativeReport> r = PolicyAssistant.builder().library(lib).build().check("dc", CHECKED);
        Document doc = Jsoup.parse(NormativeCheckPage.builder(r).library(lib).build().html());
        Element repealed = doc.selectFirst("li.finding[data-rule=reference.repealed]");
        Element link = repealed.selectFirst("a.doc-link");
        assertThat(link.text()).isEqualTo("文件“《北京市人民政府关于加强城市道路停车管理的通知》”（全文）");
        assertThat(doc.getElementById(link.attr("href").substring(1))).isNotNull();
        assertThat(doc.text()).doesNotContain("「」").doesNotContain("「 」").doesNotContain("空片段");
        assertThat(doc.select("a[href]").eachAttr("href"))
                .allSatisfy(h -> assertThat(doc.getElementById(h.substring(1))).as(h).isNotNull());
    }

    @Test
    void withoutALibraryTheSkippedChecksAreNamed() {
        Result<NormativeReport> r = PolicyAssistant.builder().build().check("dc", CHECKED);
        Document doc = Jsoup.parse(NormativeCheckPage.builder(r).build().html());
        assertThat(r.value().skippedRules()).isNotEmpty();
        assertThat(doc.select("#skipped li .code").eachText()).containsExactlyElementsOf(r.value().skippedRules());
        assertThat(doc.select("a[href]").eachAttr("href"))
                .allSatisfy(h -> assertThat(doc.getElementById(h.substring(1))).as(h).isNotNull());
    }

    @Test
    void aDraftShowsItsLockedHeaderFieldsAndWhereEachCameFrom() {
        DraftRequest request = DraftRequest.builder(DocumentType.NOTICE).authority("北京市东城区人民政府")
                .subject("规范道路停车秩序").addressees("各街道办事处").date(LocalDate.of(2024, 4, 25)).keyPoint("设置泊位")
                .build();
        Result<PolicyDraft> r = PolicyAssistant.builder().build().draft(request);
        Document doc = Jsoup.parse(DraftPage.builder(r).request(request).build().html());

        Element title = doc.getElementById("header-title");
        assertThat(title.selectFirst(".locked").text()).isEqualTo("锁定");
        assertThat(title.selectFirst("td.value").text()).isEqualTo(r.value().title().value());
        assertThat(title.selectFirst("td.from").text())
                .isEqualTo("起草请求：发文机关“北京市东城区人民政府” + 事由“规范道路停车秩序” + 文种“通知”");
        Element link = title.selectFirst("a.ev-link");
        Element mark = doc.getElementById(link.attr("href").substring(1)).nextElementSibling();
        assertThat(mark.text()).isEqualTo(r.value().title().value());
        assertThat(mark.selectFirst("a").attr("href")).isEqualTo("#header-title");
        assertThat(doc.getElementById("header-date").selectFirst("td.from").text()).isEqualTo("起草请求：成文日期“2024-04-25”");
        assertThat(doc.getElementById("header-body").text()).contains("规则生成的骨架");
        // the request had no serial number: the flag says so, beside the findings
        assertThat(doc.select("#other-flags li.flag[data-kind=MISSING] .message").eachText())
                .anySatisfy(m -> assertThat(m).contains("发文字号"));

        Document bare = Jsoup.parse(DraftPage.builder(r).build().html());
        assertThat(bare.getElementById("header-title").selectFirst("td.from").text()).isEqualTo("起草请求：发文机关 + 事由 + 文种");
    }

    @Test
    void everyRuleHasAChineseNameAndADeploymentCanRenameIt() {
        ReportLabels l = NormativeCheckPage.defaultLabels();
        for (NormativeRule rule : RuleCatalog.standard().rules()) {
            assertThat(l.has("gov.rule." + rule.id())).as(rule.id()).isTrue();
        }
        Result<NormativeReport> r = PolicyAssistant.builder().build().check("dc", CHECKED);
        Document doc = Jsoup.parse(NormativeCheckPage.builder(r).labels(ReportLabels.of(Map.of(
                "gov.rule.docnumber.form", "文号格式"))).build().html());
        assertThat(doc.selectFirst("li.finding[data-rule=docnumber.form] .kind").text()).isEqualTo("文号格式");
    }
}
