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
    void writesOneReviewReportPerResultWithHighlightedEvidence() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(reports)) {
            files = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains(
                "claim-clm-2024-0611-outpatient.html", "claim-clm-2024-0715-inpatient.html",
                "medical-visit-01-fever-cough.html", "medical-visit-04-unlabelled.html");
        assertThat(output).contains("review report: " + files.get(0).toAbsolutePath().normalize());
        for (Path file : files) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            assertThat(page.select("mark").size()).as(file + " highlights evidence").isPositive();
            assertThat(page.select("script, link, img")).as(file + " is self-contained").isEmpty();
        }
        Document inpatient = Jsoup.parse(reports.resolve("claim-clm-2024-0715-inpatient.html").toFile(), "UTF-8");
        assertThat(inpatient.text()).contains("AMOUNT_IN_WORDS_MISMATCH").contains("陆仟叁佰贰拾捌元肆角");
        Document visit = Jsoup.parse(reports.resolve("medical-visit-03-dizziness.html").toFile(), "UTF-8");
        assertThat(visit.text()).as("every record field is listed by the name its flags use")
                .contains("chiefComplaint").contains("vitalSigns[0]").contains("diagnoses[0]");
        assertThat(visit.select("mark").eachText()).contains("头晕", "一个礼拜");
    }
}
