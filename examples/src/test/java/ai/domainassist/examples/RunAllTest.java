package ai.domainassist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's run command, in-process: every example offline, what it prints and the reports it writes. */
class RunAllTest {
    @TempDir
    static Path reports;
    static String output;
    static int failed;

    @BeforeAll
    static void runAllOffline() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        failed = RunAll.run(out, Map.of(), reports, RunAll.examples());
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyExampleRunsOfflineWithoutFailing() {
        assertThat(failed).as(output).isZero();
        assertThat(output).contains("offline engines").doesNotContain("FAILED");
        assertThat(output).contains("== " + RunAll.examples().size() + " example(s), 0 failed");
    }

    @Test
    void claimExamplePrintsTheDecisionsTheRulesReach() {
        assertThat(output).contains("clm-2024-0611-outpatient").contains("建议：PAY").contains("预估可赔 257.10");
        assertThat(output).contains("建议：REFER_TO_HUMAN").contains("AMOUNT_IN_WORDS_MISMATCH")
                .contains("NO_SETTLEMENT_STATEMENT");
    }

    @Test
    void medicalExamplePrintsRecordsWithFlags() {
        assertThat(output).contains("主诉：咳嗽3天").contains("过敏史：青霉素过敏").contains("初步诊断：急性支气管炎");
        assertThat(output).contains("主诉：头晕1周").contains("血压162/98mmHg");
        assertThat(output).contains("初步诊断：急性荨麻疹").contains("【待医生核实】");
    }

    @Test
    void policyExamplesSearchCompareDraftCheckAndAnswer() {
        assertThat(output).contains("江州市人民政府办公室关于加快推进电动自行车集中充电设施建设的通知（江政办发〔2023〕21号）");
        assertThat(output).contains("数字 AMOUNT：50元 → 200元").contains("数字 PERCENT：90% → 100%").contains("ADDED 六、");
        assertThat(output).contains("江城管〔2024〕12号").contains("签发人：陈立群")
                .contains("江州市城市管理局关于拨付2024年生活垃圾分类专项资金的请示").contains("妥否，请批示。");
        assertThat(output).contains("docnumber.form @14 「东政发(2024)第08号」").contains("（建议：东政发〔2024〕8号）")
                .contains("reference.repealed").contains("date.form").contains("heading.sequence");
        assertThat(output).contains("问：个人不按规定分类投放生活垃圾怎么处罚？").contains("处200元罚款")
                .contains("依据 江州市人民政府关于进一步加强生活垃圾分类工作的通知（江政发〔2024〕3号） 三、");
    }

    @Test
    void writesOneReviewReportPerResultWithHighlightedEvidence() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(reports)) {
            files = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains(
                "claim-clm-2024-0611-outpatient.html", "claim-clm-2024-0715-inpatient.html",
                "medical-visit-01-fever-cough.html", "medical-visit-04-unlabelled.html");
        assertThat(output).contains("review page: " + files.get(0).toAbsolutePath().normalize());
        assertThat(files).hasSize(15);   // 4 records, 2 claims, 2 searches, 1 comparison, 2 drafts, 1 check, 3 answers
        for (Path file : files) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            // a question nothing in the library is about (gov-ask-3) has no evidence to highlight
            if (!file.getFileName().toString().equals("gov-ask-3.html")) {
                assertThat(page.select("mark").size()).as(file + " highlights evidence").isPositive();
            }
            assertThat(page.select("script, link, img")).as(file + " is self-contained").isEmpty();
        }
        Document inpatient = Jsoup.parse(reports.resolve("claim-clm-2024-0715-inpatient.html").toFile(), "UTF-8");
        assertThat(inpatient.selectFirst("#decision").text()).contains("转人工审核").contains("AMOUNT_IN_WORDS_MISMATCH");
        assertThat(inpatient.select("mark").eachText()).contains("陆仟叁佰贰拾捌元肆角");
        Document visit = Jsoup.parse(reports.resolve("medical-visit-03-dizziness.html").toFile(), "UTF-8");
        assertThat(visit.select("section.emr > h2").eachText()).as("the record page, in EMR order")
                .first().asString().startsWith("主诉");
        assertThat(visit.select("mark").eachText()).contains("头晕", "一个礼拜");
        Document check = Jsoup.parse(reports.resolve("gov-check-dh-request-2024.html").toFile(), "UTF-8");
        assertThat(check.select("mark").eachText()).contains("东政发(2024)第08号", "二〇二四年三月五日", ",");
        Document answer = Jsoup.parse(reports.resolve("gov-ask-1.html").toFile(), "UTF-8");
        assertThat(String.join("", answer.select("mark").eachText())).contains("处200元罚款");
        Document none = Jsoup.parse(reports.resolve("gov-ask-3.html").toFile(), "UTF-8");
        assertThat(none.text()).as("the library has no policy on flood control").contains("无可答依据")
                .contains("政策库中未找到能回答该问题的现行有效规定");
    }
}
