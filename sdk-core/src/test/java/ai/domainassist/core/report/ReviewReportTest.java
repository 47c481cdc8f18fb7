package ai.domainassist.core.report;

import static ai.domainassist.core.report.ReportFixtures.TRANSCRIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewReportTest {
    private final ReviewReport report = ReportFixtures.report();
    private final Document doc = Jsoup.parse(report.html());

    private Element fieldRow(String path) {
        Element row = doc.selectFirst("tr.field[data-path=" + path + "]");
        assertThat(row).as("row of field %s", path).isNotNull();
        return row;
    }

    /** The text of all marks that belong to a span, in order. */
    private String markedText(String spanId) {
        return doc.select("mark[data-spans~=(^| )" + spanId + "( |$)]").eachText().stream()
                .reduce("", String::concat);
    }

    @Test
    void findsEveryGroundedFieldWithItsPath() {
        assertThat(report.fields()).extracting(GroundedField::path).containsExactly("chiefComplaint", "temperature",
                "diagnoses[0].name", "diagnoses[0].icd10", "allergies[0]", "plan", "whiteCells");
        assertThat(doc.select("tr.field")).hasSize(7);
        assertThat(fieldRow("diagnoses[0].name").selectFirst("td.value").text()).isEqualTo("急性支气管炎");
        assertThat(fieldRow("diagnoses[0].icd10").selectFirst("td.origin").text()).isEqualTo("模型");
        assertThat(fieldRow("diagnoses[0].icd10").selectFirst("td.confidence").text()).isEqualTo("0.60");
    }

    @Test
    void eachFieldLinksToItsHighlightedEvidenceAndTheHighlightLinksBack() {
        for (String[] fq : new String[][] {{"chiefComplaint", "咳嗽三天"}, {"diagnoses[0].name", "急性支气管炎"},
                {"allergies[0]", "青霉素过敏"}, {"whiteCells", "白细胞 11.2×10^9/L（偏高）"}}) {
            Element row = fieldRow(fq[0]);
            Element link = row.selectFirst("a.ev-link");
            assertThat(link).as(fq[0]).isNotNull();
            String spanId = link.attr("href").substring(1);
            Element anchor = doc.getElementById(spanId);
            assertThat(anchor).as("anchor %s", spanId).isNotNull();
            assertThat(anchor.closest("pre.text")).isNotNull();
            assertThat(markedText(spanId)).isEqualTo(fq[1]);
            Element back = doc.selectFirst("mark[data-spans~=(^| )" + spanId + "( |$)] > a");
            assertThat(back.attr("href")).isEqualTo("#" + row.id());
            assertThat(back.closest("mark").attr("title")).contains(fq[0]);
        }
    }

    @Test
    void evidenceIsHighlightedInTheSourceItBelongsTo() {
        Element lab = doc.selectFirst("article.source[data-source-id=lab]");
        Element transcript = doc.selectFirst("article.source[data-source-id=transcript]");
        assertThat(lab.select("mark").eachText()).containsExactly("白细胞 11.2×10^9/L（偏高）");
        assertThat(transcript.select("mark")).isNotEmpty().allSatisfy(m -> assertThat(TRANSCRIPT).contains(m.text()));
        // the whole source text is on the page, unchanged, markup and all
        assertThat(transcript.selectFirst("pre.text").wholeText()).isEqualTo(TRANSCRIPT);
    }

    @Test
    void sourceMarkupIsShownAsTextAndNeverBecomesElements() {
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.selectFirst("pre.text").text()).contains("<script>window.__pwned = 1;</script>");
        assertThat(doc.title()).isEqualTo("门诊病历审核 <b>张三</b>");
        assertThat(doc.selectFirst("h1").children()).isEmpty();
    }

    @Test
    void aQuoteThatIsNotInTheSourceIsListedButNotHighlighted() {
        Element plan = fieldRow("plan");
        assertThat(plan.select("a.ev-link")).isEmpty();
        assertThat(plan.selectFirst("li.unlocated").text()).contains("必要时查胸片").contains("在原文中未找到");
        assertThat(doc.select("mark").eachText()).noneMatch(t -> t.contains("必要时"));
        assertThat(fieldRow("diagnoses[0].icd10").selectFirst(".none").text()).isEqualTo("无原文证据");
    }

    @Test
    void flagsAreGroupedBySeverityMostSevereFirst() {
        assertThat(doc.select("#flags h3").eachAttr("class")).containsExactly("sev-error", "sev-warning", "sev-info");
        assertThat(doc.select("#flags li.flag").eachAttr("data-kind"))
                .containsExactly("UNGROUNDED", "OUT_OF_RANGE", "MISSING", "LOW_CONFIDENCE");
        assertThat(doc.selectFirst("#flag-count").text()).isEqualTo("错误 1，警告 2，提示 1");
    }

    @Test
    void flagsLinkToTheirFieldsAndSpansAndFieldsLinkToTheirFlags() {
        Element ungrounded = doc.selectFirst("li.flag[data-kind=UNGROUNDED]");
        assertThat(ungrounded.selectFirst("a.field-link").attr("href")).isEqualTo("#" + fieldRow("plan").id());
        assertThat(ungrounded.selectFirst(".message").text()).isEqualTo("“必要时查胸片”在对话中找不到。");
        assertThat(fieldRow("plan").selectFirst("td.field-flags a").attr("href")).isEqualTo("#" + ungrounded.id());
        assertThat(fieldRow("plan").hasClass("flagged")).isTrue();

        Element range = doc.selectFirst("li.flag[data-kind=OUT_OF_RANGE]");
        String spanId = range.selectFirst("a.ev-link").attr("href").substring(1);
        assertThat(markedText(spanId)).isEqualTo("最高38.5℃");
        // the flagged span is coloured by the flag's severity, also where it overlaps the field's own span
        assertThat(doc.select("mark[data-spans~=(^| )" + spanId + "( |$)]"))
                .allSatisfy(m -> assertThat(m.hasClass("sev-warning")).isTrue());
        Element overlap = doc.select("mark").stream().filter(m -> m.text().equals("38.5℃")).findFirst().orElseThrow();
        assertThat(overlap.attr("data-spans").split(" ")).hasSize(2);
        assertThat(overlap.selectFirst("a").attr("href")).isEqualTo("#" + fieldRow("temperature").id());
    }

    @Test
    void aFlagOnAFieldThatDoesNotExistStillShowsItsPath() {
        Element missing = doc.selectFirst("li.flag[data-kind=MISSING]");
        assertThat(missing.selectFirst("a.field-link")).isNull();
        assertThat(missing.selectFirst("span.path").text()).isEqualTo("pastHistory");
    }

    @Test
    void modeUsageAndAuditIdAreShown() {
        assertThat(doc.selectFirst("#mode .mode").attr("data-mode")).isEqualTo("HYBRID");
        assertThat(doc.selectFirst("#mode").text()).contains("混合").contains("规则先行");
        assertThat(doc.selectFirst("tr[data-usage=prompt]").text()).endsWith("812");
        assertThat(doc.selectFirst("tr[data-usage=completion]").text()).endsWith("240");
        assertThat(doc.selectFirst("tr[data-usage=total]").text()).endsWith("1052");
        assertThat(doc.selectFirst("tr[data-usage=cached]").text()).endsWith("512");
        assertThat(doc.selectFirst("tr[data-usage=reasoning]").text()).endsWith("64");
        assertThat(doc.selectFirst("#audit").text()).isEqualTo("audit-7f3a");
        assertThat(doc.selectFirst("#generated")).isNull();
    }

    @Test
    void anOfflineResultSaysNoModelWasCalled() {
        Result<Grounded<String>> r = Result.offline(Grounded.byRules("x", List.of()), List.of());
        Document d = Jsoup.parse(ReviewReport.builder(r).build().html());
        assertThat(d.selectFirst("#mode .mode").attr("data-mode")).isEqualTo("OFFLINE");
        assertThat(d.selectFirst("#usage").text()).isEqualTo("未调用模型");
        assertThat(d.selectFirst("#flags .empty").text()).isEqualTo("没有审核提示。");
        assertThat(d.selectFirst("#sources .empty").text()).isEqualTo("未提供原文。");
        assertThat(d.title()).isEqualTo("审核报告");
    }

    @Test
    void aDegradedResultIsMarkedSo() {
        Result<String> r = new Result<>("plain", List.of(ReviewFlag.of(ReviewFlag.Kind.DEGRADED, "", "模型超时。")),
                Mode.DEGRADED, Usage.of(100, 0), null);
        Document d = Jsoup.parse(ReviewReport.builder(r).locale(Locale.ENGLISH).build().html());
        assertThat(d.selectFirst("#mode .mode").attr("class")).contains("mode-degraded");
        assertThat(d.selectFirst("#mode").text()).contains("Degraded").contains("failed or was rejected");
        assertThat(d.selectFirst("li.flag span.path").text()).isEqualTo("(whole result)");
        assertThat(d.selectFirst("#fields .empty").text()).isEqualTo("The result has no grounded fields.");
        assertThat(d.selectFirst("#audit").text()).isEqualTo("none (no model was called)");
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void evidenceForASourceNotGivenSaysSo() {
        Result<Grounded<String>> r = Result.offline(
                Grounded.byRules("x", List.of(new Evidence("invoice-3", 0, 1, "x"))), List.of());
        Document d = Jsoup.parse(ReviewReport.builder(r).build().html());
        assertThat(d.selectFirst("li.unlocated").text()).contains("未提供原文“invoice-3”");
        assertThat(d.select("mark")).isEmpty();
    }

    @Test
    void evidenceNamingAWholeDocumentLinksToItInsteadOfShowingAnEmptyQuote() {
        Result<String> r = Result.offline("x", List.of(ReviewFlag.of(ReviewFlag.Kind.POLICY, "reference.repealed",
                "引用的文件已废止", List.of(new Evidence("jzf-2020-15", 0, 0, "")))));
        Document d = Jsoup.parse(ReviewReport.builder(r).source("jzf-2020-15", "江州市人民政府关于推行生活垃圾分类的通知")
                .build().html());
        Element link = d.selectFirst("li.flag a.doc-link");
        assertThat(link.text()).isEqualTo("文件“jzf-2020-15”（全文）");
        assertThat(d.getElementById(link.attr("href").substring(1)).attr("data-source-id")).isEqualTo("jzf-2020-15");
        assertThat(d.text()).doesNotContain("「」").doesNotContain("「 」").doesNotContain("空片段");
    }

    @Test
    void thePageLoadsNothingAndItsPolicyAllowsOnlyItsOwnStylesheet() throws Exception {
        assertThat(doc.select("script, link, img, iframe, object, embed, [src], [srcset]")).isEmpty();
        assertThat(doc.select("[style]")).isEmpty();
        Elements styles = doc.select("style");
        assertThat(styles).hasSize(1);
        assertThat(styles.first().data()).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(styles.first().data().getBytes(StandardCharsets.UTF_8));
        assertThat(csp).startsWith("default-src 'none';")
                .contains("style-src 'sha256-" + Base64.getEncoder().encodeToString(hash) + "'")
                .doesNotContain("script-src").doesNotContain("unsafe");
        // every link stays on the page
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(doc.select("a[href]").eachAttr("href"))
                .allSatisfy(h -> assertThat(doc.getElementById(h.substring(1))).as(h).isNotNull());
        assertThat(doc.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void elementIdsAreUnique() {
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theSameResultGivesTheSamePageAndATimeIsShownOnlyWhenAsked() {
        assertThat(ReportFixtures.report().html()).isEqualTo(report.html());
        ZonedDateTime t = ZonedDateTime.of(2025, 3, 11, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
        Document d = Jsoup.parse(ReviewReport.builder(ReportFixtures.result()).generatedAt(t).build().html());
        assertThat(d.selectFirst("#generated").text()).isEqualTo("2025-03-11 09:30:00 +08:00");
    }

    @Test
    void writesUtf8FilesAndWriters(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("review.html");
        report.writeTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.html()).startsWith("<!DOCTYPE html>");
        StringWriter w = new StringWriter();
        report.writeTo(w);
        assertThat(w).hasToString(report.html());
    }

    @Test
    void sourcesAreShownInTheOrderGivenAndMayComeAsAMap() {
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        sources.put("lab", ReportFixtures.LAB);
        sources.put("transcript", TRANSCRIPT);
        Document d = Jsoup.parse(ReviewReport.builder(ReportFixtures.result()).sources(sources).build().html());
        assertThat(d.select("article.source").eachAttr("data-source-id")).containsExactly("lab", "transcript");
    }

    @Test
    void aSourceThatStartsWithANewlineKeepsIt() {
        String text = "\n\n患者：头痛。";
        Result<Grounded<String>> r = Result.offline(Grounded.byRules("头痛", Evidence.of("t", text, 5, 7)), List.of());
        Document d = Jsoup.parse(ReviewReport.builder(r).source("t", text).build().html());
        assertThat(d.selectFirst("pre.text").wholeText()).isEqualTo(text);
        assertThat(d.selectFirst("mark").text()).isEqualTo("头痛");
    }

    @Test
    void aSourceIdCannotBeGivenTwice() {
        ReviewReport.Builder b = ReviewReport.builder(ReportFixtures.result()).source("t", "a");
        assertThatThrownBy(() -> b.source("t", "b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'t'");
        assertThatThrownBy(() -> ReviewReport.builder(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void groundedFieldsAreAvailableWithoutAReport() {
        assertThat(ReviewReport.groundedFields(ReportFixtures.result().value())).hasSize(7);
        assertThat(ReviewReport.groundedFields(null)).isEmpty();
    }
}
