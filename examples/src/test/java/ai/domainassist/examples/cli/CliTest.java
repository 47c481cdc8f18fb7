package ai.domainassist.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.examples.Samples;
import ai.domainassist.examples.cli.batch.Journal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process over temporary folders. */
class CliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int da(Map<String, String> env, boolean terminal, String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, terminal, System::nanoTime);
    }

    int da(String... args) {
        return da(Map.of(), false, args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    Path visits(String... names) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("visits"));
        for (String name : names) {
            Files.copy(Samples.path("medical/" + name), dir.resolve(name));
        }
        return dir;
    }

    @Test
    void aSingleTranscriptPrintsItsRecord() {
        assertThat(da("medical", "structure", Samples.path("medical/visit-01-fever-cough.txt").toString())).isZero();
        assertThat(out()).contains("主诉：咳嗽3天").contains("过敏史：青霉素过敏").contains("【待医生核实】");
        assertThat(err()).isEmpty();
    }

    @Test
    void aFolderIsProcessedWithAFailedItemReportedAndTheRestDone() throws Exception {
        Path in = visits("visit-01-fever-cough.txt", "visit-02-child-diarrhoea.txt", "visit-03-dizziness.json");
        Files.createDirectories(in.resolve("afternoon"));
        Files.copy(Samples.path("medical/visit-04-unlabelled.txt"), in.resolve("afternoon/visit-04.txt"));
        Files.writeString(in.resolve("empty.txt"), "   \n");
        Files.writeString(in.resolve("README.md"), "not a transcript, not picked up");
        Path outDir = tmp.resolve("records");

        int code = da("medical", "structure", in.toString(), "--out", outDir.toString(), "--format", "json", "--threads", "3");

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("medical structure: 5 input(s): 4 done, 1 failed, 0 skipped")
                .contains("failed: empty.txt: TranscriptException");
        assertThat(err()).contains("FAILED empty.txt: TranscriptException").contains("progress 5/5 (100%): ok 4, failed 1");
        JsonNode record = JSON.readTree(outDir.resolve("visit-03-dizziness.json").toFile());
        assertThat(record.path("schema").asText()).isEqualTo("domainassist.medical.outpatient-record");
        assertThat(record.path("sections").path("chiefComplaint").path("text").asText()).isEqualTo("头晕1周");
        assertThat(outDir.resolve("afternoon/visit-04.json")).exists();
        assertThat(outDir.resolve("empty.json")).doesNotExist();
    }

    @Test
    void resumeAfterAnInterruptedRunSkipsWhatIsDoneAndDoesNothingTwice() throws Exception {
        Path in = visits("visit-01-fever-cough.txt", "visit-02-child-diarrhoea.txt");
        Path outDir = tmp.resolve("records");
        assertThat(da("medical", "structure", in.toString(), "--out", outDir.toString())).isZero();
        long stamp = Files.getLastModifiedTime(outDir.resolve("visit-01-fever-cough.txt")).toMillis();
        // the run was interrupted: two inputs not reached, the next journal line torn mid-write
        Files.copy(Samples.path("medical/visit-03-dizziness.json"), in.resolve("visit-03-dizziness.json"));
        Files.copy(Samples.path("medical/visit-04-unlabelled.txt"), in.resolve("visit-04-unlabelled.txt"));
        Files.writeString(outDir.resolve(Journal.FILE_NAME), "D\tvisit-03-dizz", StandardOpenOption.APPEND);

        assertThat(da("medical", "structure", in.toString(), "--out", outDir.toString(), "--resume")).isZero();

        assertThat(err()).contains("resuming: 2 of 4 item(s) already done");
        assertThat(out()).contains("4 input(s): 2 done, 0 failed, 2 skipped (done before)");
        assertThat(Files.getLastModifiedTime(outDir.resolve("visit-01-fever-cough.txt")).toMillis()).isEqualTo(stamp);
        assertThat(Files.readString(outDir.resolve("visit-03-dizziness.txt"))).contains("主诉：头晕1周");
        List<String> done = Files.readAllLines(outDir.resolve(Journal.FILE_NAME)).stream()
                .filter(l -> l.startsWith("D\t")).map(l -> l.split("\t")[1]).toList();
        assertThat(done).containsExactlyInAnyOrder("visit-01-fever-cough.txt", "visit-02-child-diarrhoea.txt",
                "visit-03-dizziness.json", "visit-04-unlabelled.txt");

        assertThat(da("medical", "structure", in.toString(), "--out", outDir.toString(), "--resume")).isZero();
        assertThat(out()).contains("4 input(s): 0 done, 0 failed, 4 skipped");
    }

    @Test
    void resumingWithAnotherFormatIsRefused() throws Exception {
        Path in = visits("visit-01-fever-cough.txt");
        Path outDir = tmp.resolve("records");
        assertThat(da("medical", "structure", in.toString(), "--out", outDir.toString(), "--format", "json")).isZero();
        assertThat(da("medical", "structure", in.toString(), "--out", outDir.toString(), "--format", "html", "--resume"))
                .isEqualTo(2);
        assertThat(err()).contains("error: JournalException").contains("medical structure --format json");
    }

    @Test
    void claimFoldersAreAssessedIntoReviewReportsAndABrokenOneIsReported() throws Exception {
        Path claims = Files.createDirectories(tmp.resolve("claims"));
        for (String name : List.of("clm-2024-0611-outpatient", "clm-2024-0715-inpatient")) {
            Path target = Files.createDirectories(claims.resolve(name));
            try (Stream<Path> files = Files.list(Samples.path("claims/" + name))) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName().toString()));
                }
            }
        }
        Path broken = Files.createDirectories(claims.resolve("clm-broken"));
        Files.writeString(broken.resolve("invoice.txt"), "票据号码：123");
        Path outDir = tmp.resolve("assessed");

        int code = da(Map.of(), true, "claims", "assess", claims.toString(), "--out", outDir.toString(), "--format", "html");

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("claims assess: 3 input(s): 2 done, 1 failed")
                .contains("failed: clm-broken: ClaimFolderException: no policy.json");
        assertThat(err()).as("a terminal gets the redrawn bar").contains("\r[").contains("3/3 (100%)");
        var page = Jsoup.parse(outDir.resolve("clm-2024-0715-inpatient.html").toFile(), "UTF-8");
        assertThat(page.text()).contains("AMOUNT_IN_WORDS_MISMATCH");
        assertThat(page.select("mark").eachText()).contains("陆仟叁佰贰拾捌元肆角");
        assertThat(outDir.resolve("clm-broken.html")).doesNotExist();
    }

    @Test
    void htmlIsEachHelpersOwnReviewPageAndTextTheRecordInTheSameOrder() throws Exception {
        String visit = Samples.path("medical/visit-01-fever-cough.txt").toString();
        assertThat(da("medical", "structure", visit, "--format", "html")).isZero();
        var record = Jsoup.parse(out());
        List<String> headings = record.select("section.emr > h2").eachText().stream().map(h -> h.split(" ")[0]).toList();
        assertThat(headings).containsExactly("主诉", "现病史", "既往史", "过敏史", "个人史", "家族史", "体格检查", "辅助检查",
                "初步诊断", "处理意见");
        assertThat(record.select("li.utt .who").eachText()).contains("医生", "患者");

        assertThat(da("medical", "structure", visit, "--format", "text")).isZero();
        List<String> lines = out().lines().toList();
        List<Integer> textOrder = headings.stream().map(h -> lines.stream().filter(l -> l.startsWith(h + "："))
                .findFirst().map(lines::indexOf).orElse(-1)).toList();
        assertThat(textOrder).as("every section, in the page's order").doesNotContain(-1).isSorted();

        assertThat(da("claims", "assess", Samples.path("claims/clm-2024-0715-inpatient").toString(), "--format", "html")).isZero();
        var claim = Jsoup.parse(out());
        assertThat(claim.selectFirst("#decision .verdict-badge").text()).isEqualTo("转人工审核");
        assertThat(claim.select("table.steps tfoot").text()).contains("2552.96");

        String library = Samples.path("gov/library").toString();
        assertThat(da("gov", "check", Samples.path("gov/check/dh-request-2024.txt").toString(), "--library", library,
                "--format", "html")).isZero();
        var check = Jsoup.parse(out());
        assertThat(check.select("pre.document .note a.code").eachText()).contains("docnumber.form", "reference.repealed");

        assertThat(da("gov", "draft", Samples.path("gov/draft/request-funding.json").toString(), "--library", library,
                "--format", "html")).isZero();
        var draft = Jsoup.parse(out());
        assertThat(draft.selectFirst("#header-documentNumber td.from").text()).contains("机关代字“江城管”").contains("序号“12”");
    }

    @Test
    void oneClaimAsJsonCarriesValueModeAndFlags() throws Exception {
        assertThat(da("claims", "assess", Samples.path("claims/clm-2024-0715-inpatient").toString(), "--format", "json"))
                .isZero();
        JsonNode json = JSON.readTree(out());
        assertThat(json.path("mode").asText()).isEqualTo("OFFLINE");
        assertThat(json.path("value").path("recommendation").path("decision").asText()).isEqualTo("REFER_TO_HUMAN");
        assertThat(json.path("value").path("payable").path("payable").decimalValue()).isEqualByComparingTo("2552.96");
        assertThat(json.path("flags").findValuesAsText("message")).anyMatch(m -> m.contains("AMOUNT_IN_WORDS_MISMATCH"));
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhy() throws Exception {
        Path in = visits("visit-01-fever-cough.txt");
        assertThat(da("medical", "structure", in.toString())).isEqualTo(2);
        assertThat(err()).contains("--out DIR is required when the input is a folder");
        assertThat(da("medical", "structure", tmp.resolve("nowhere.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("does not exist");
        assertThat(da("medical", "structure", in.toString(), "--out", "x", "--format", "pdf")).isEqualTo(2);
        assertThat(err()).contains("'pdf' is not one of json, text, html");
        assertThat(da(Map.of("DA_PROVIDER", "nosuch"), false, "medical", "structure",
                in.resolve("visit-01-fever-cough.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("DA_PROVIDER=nosuch is not a known provider");
        assertThat(da("claims", "assess", in.resolve("visit-01-fever-cough.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("is not a folder");
    }

    @Test
    void govCheckDraftAndAskOverTheSampleLibrary() throws Exception {
        String library = Samples.path("gov/library").toString();
        assertThat(da("gov", "check", Samples.path("gov/check/dh-request-2024.txt").toString(), "--library", library)).isZero();
        assertThat(out()).contains("docnumber.form").contains("reference.repealed").contains("已被《江州市人民政府关于进一步加强生活垃圾分类工作的通知》");
        assertThat(da("gov", "check", Samples.path("gov/check/dh-request-2024.txt").toString())).isZero();
        assertThat(out()).as("without a library the reference rules are skipped, and say so").doesNotContain("reference.repealed @")
                .contains("未运行的规则");

        Path requests = Files.createDirectories(tmp.resolve("requests"));
        Files.copy(Samples.path("gov/draft/request-funding.json"), requests.resolve("request-funding.json"));
        Files.writeString(requests.resolve("broken.json"), "{\"type\": \"MEMO\"}");
        Path drafts = tmp.resolve("drafts");
        assertThat(da("gov", "draft", requests.toString(), "--out", drafts.toString(), "--format", "text")).isEqualTo(1);
        assertThat(out()).contains("gov draft: 2 input(s): 1 done, 1 failed")
                .contains("failed: broken.json: IllegalArgumentException: draft request").contains("MEMO is not a document type");
        assertThat(Files.readString(drafts.resolve("request-funding.txt"))).contains("江城管〔2024〕12号")
                .contains("江州市城市管理局关于拨付2024年生活垃圾分类专项资金的请示");

        assertThat(da("gov", "ask", "电动自行车充电服务费有什么标准？", "--library", library)).isZero();
        assertThat(out()).contains("每度电充电服务费原则上不超过0.8元").contains("依据 江州市人民政府办公室关于加快推进电动自行车集中充电设施建设的通知");
        Path answers = tmp.resolve("answers");
        assertThat(da("gov", "ask", "电动自行车充电服务费有什么标准？", "--library", library, "--format", "html",
                "--out", answers.toString())).isZero();
        assertThat(Jsoup.parse(answers.resolve("answer.html").toFile(), "UTF-8").select("mark").eachText())
                .anyMatch(t -> t.contains("0.8元"));

        assertThat(da("gov", "ask", "防汛抗洪有什么应急预案？", "--library", library)).isZero();
        assertThat(out()).contains("政策库中未找到能回答该问题的现行有效规定").contains("NO_ANSWER").doesNotContain("依据 ");
    }

    @Test
    void govUsageErrors() throws Exception {
        assertThat(da("gov", "ask", "怎么处罚？")).isEqualTo(2);
        assertThat(err()).contains("gov ask needs --library DIR");
        Path notALibrary = Files.createDirectories(tmp.resolve("policies"));
        Files.writeString(notALibrary.resolve("a.txt"), "某某通知");
        assertThat(da("gov", "ask", "怎么处罚？", "--library", notALibrary.toString())).isEqualTo(2);
        assertThat(err()).contains("LibraryFolderException: no library.tsv");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(da("--help")).isZero();
        assertThat(out()).contains("medical").contains("claims").contains("gov");
        assertThat(da("medical", "structure", "--help")).isZero();
        assertThat(out()).contains("--format").contains("--out").contains("--resume").contains("--threads");
    }

    @Test
    void gbkTranscriptsAreReadDetectedOrWithEncoding() throws Exception {
        String dialogue = Files.readString(Samples.path("medical/visit-01-fever-cough.txt"));
        Path gbk = Files.write(tmp.resolve("visit-gbk.txt"), dialogue.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(da("medical", "structure", gbk.toString())).isZero();
        assertThat(out()).contains("主诉：咳嗽3天");
        assertThat(da("medical", "structure", "--encoding", "GBK", gbk.toString())).isZero();
        assertThat(out()).contains("主诉：咳嗽3天");
        assertThat(da("medical", "structure", "--encoding", "UTF-8", gbk.toString())).isEqualTo(1);
        assertThat(err()).contains("not valid UTF-8");
        assertThat(da("medical", "structure", "--encoding", "klingon", gbk.toString())).isEqualTo(2);
        assertThat(err()).contains("'klingon' is not an encoding");
    }

    @Test
    void outNamingAFileSaysSo() throws Exception {
        Path file = Files.writeString(tmp.resolve("results.txt"), "x");
        assertThat(da("medical", "structure", Samples.path("medical").toString(), "--out", file.toString())).isEqualTo(2);
        assertThat(err()).contains("is a file, not a folder: --out names the folder").doesNotContain("FileAlreadyExists");
        assertThat(da("claims", "assess", Samples.path("claims").toString(), "--out", file.toString())).isEqualTo(2);
        assertThat(err()).contains("is a file, not a folder");
    }

    @Test
    void resumeDeletesTheTemporaryFilesOfAKilledRun() throws Exception {
        Path in = visits("visit-01-fever-cough.txt", "visit-02-child-diarrhoea.txt");
        Path outDir = tmp.resolve("out");
        assertThat(da("medical", "structure", in.toString(), "--out", outDir.toString())).isZero();
        // what a run killed while writing leaves behind: AtomicFiles' temporary file next to a result
        Path orphan = Files.writeString(outDir.resolve(".visit-01-fever-cough.txt.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "half");
        Path keep = Files.writeString(outDir.resolve("notes.tmp"), "the user's own file");
        assertThat(da("medical", "structure", in.toString(), "--out", outDir.toString(), "--resume")).isZero();
        assertThat(orphan).doesNotExist();
        assertThat(keep).exists();
    }

    @Test
    void aMistypedOptionGetsTheNearestSuggested() {
        assertThat(da("medical", "structure", "x.txt", "--fromat", "json")).isEqualTo(2);
        assertThat(err()).contains("Unknown option").contains("'--fromat'").contains("Did you mean: --format?");
        assertThat(da("medical", "strcture", "x.txt")).isEqualTo(2);
        assertThat(err()).contains("structure");
    }

    @Test
    void helpLinesAreWholeSentences() {
        assertThat(da("medical", "structure", "--help")).isZero();
        for (String line : out().split("\n")) {
            assertThat(line.length()).as("help line: %s", line).isLessThanOrEqualTo(120);
        }
        assertThat(out()).contains("--encoding");
    }
}
