package ai.domainassist.retrieval;

import static ai.domainassist.retrieval.TestFiles.Para.h;
import static ai.domainassist.retrieval.TestFiles.Para.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.retrieval.IngestionException.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    private static final Ingestor INGESTOR = Ingestor.create();
    private static final DocumentMetadata META = DocumentMetadata.builder().source("test").build();

    private static final List<String> CLAUSES = List.of(
            "示例人寿团体意外伤害保险条款",
            "2.1 意外身故保险金 被保险人因遭受意外伤害事故，并自事故发生之日起180日内以该事故为直接原因身故的，我们按基本保险金额给付意外身故保险金，对该被保险人的保险责任终止。",
            "2.2 责任免除 因下列情形之一导致被保险人身故或伤残的，我们不承担给付保险金的责任：",
            "（1）投保人对被保险人的故意杀害、故意伤害；",
            "3.1 受益人 被保险人为无民事行为能力人或限制民事行为能力人的，可以由其监护人指定受益人。");

    private static Document read(Path file) {
        return INGESTOR.read(file, "doc", META);
    }

    private static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void plainTextInUtf8AndGb18030(@TempDir Path dir) {
        String text = "第一条　为了规范管理，制定本办法。\r\n第二条　本办法自公布之日起施行。\r\n";
        Document utf8 = read(TestFiles.write(dir, "a.txt", text.getBytes(StandardCharsets.UTF_8)));
        Document gb = read(TestFiles.write(dir, "b.txt", text.getBytes(Charset.forName("GB18030"))));
        assertThat(utf8.text()).isEqualTo("第一条　为了规范管理，制定本办法。\n第二条　本办法自公布之日起施行。\n");
        assertThat(gb.text()).isEqualTo(utf8.text());
        assertThat(utf8.title()).as("file name without extension").isEqualTo("a");
        assertThat(utf8.metadata()).isEqualTo(META);
    }

    @Test
    void markdownKeepsItsHeadings(@TempDir Path dir) {
        String md = "# 保险条款\n\n## 保险责任\n\n被保险人身故的，我们给付身故保险金。\n\n| 等级 | 比例 |\n|---|---|\n| 一级 | 100% |\n";
        Document d = read(TestFiles.write(dir, "terms.md", md.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.title()).isEqualTo("保险条款");
        assertThat(d.text()).isEqualTo(md);
        List<Chunk> chunks = Chunker.structural().chunk(d);
        assertThat(chunks).extracting(Chunk::heading).containsExactly("保险条款 > 保险责任", "保险条款 > 保险责任");
        assertThat(chunks.get(1).text()).isEqualTo("| 等级 | 比例 |\n|---|---|\n| 一级 | 100% |");
    }

    @Test
    void htmlBlocksHeadingsAndTables(@TempDir Path dir) {
        String html = "<html><head><meta charset=\"gb18030\"><title>关于优化营商环境的通知</title><script>var x = 1;</script></head>"
                + "<body><nav>首页 &gt; 政策</nav><h1>关于优化营商环境的通知</h1><p>各省人民政府：<br>现将有关事项通知如下。</p>"
                + "<h2>一、总体要求</h2><div>坚持问题导向，\n  深化改革。</div><h2>工作安排</h2>"
                + "<table><tr><th>任务</th><th>时限</th></tr><tr><td>清理 门槛</td><td>2099年底</td></tr></table></body></html>";
        Document d = read(TestFiles.write(dir, "notice.html", html.getBytes(Charset.forName("GB18030"))));
        assertThat(d.title()).isEqualTo("关于优化营商环境的通知");
        assertThat(d.text()).isEqualTo("# 关于优化营商环境的通知\n各省人民政府：\n现将有关事项通知如下。\n一、总体要求\n坚持问题导向，深化改革。\n"
                + "## 工作安排\n任务\t时限\n清理 门槛\t2099年底");
        List<Chunk> chunks = Chunker.structural().chunk(d);
        assertThat(chunks.stream().filter(c -> c.text().startsWith("坚持")).findFirst().orElseThrow().heading())
                .isEqualTo("关于优化营商环境的通知 > 一、总体要求");
        assertThat(chunks.get(chunks.size() - 1).text()).isEqualTo("任务\t时限\n清理 门槛\t2099年底");
    }

    @Test
    void docxParagraphsHeadingsAndTables(@TempDir Path dir) {
        byte[] docx = TestFiles.docx("示例人寿团体意外伤害保险条款", List.of(
                h(1, "保险责任"), p("被保险人因意外伤害身故的，我们给付意外身故保险金。"), h(2, "第二章　责任免除"),
                p("第五条　因下列情形之一导致被保险人身故的，我们不承担给付保险金的责任："), p("（一）投保人的故意行为；"),
                p(""), p("（二）被保险人故意犯罪。")), List.of(List.of("伤残等级", "给付比例"), List.of("第一级", "100%")));
        Document d = read(TestFiles.write(dir, "terms.docx", docx));
        assertThat(d.title()).isEqualTo("示例人寿团体意外伤害保险条款");
        assertThat(d.text()).isEqualTo("# 保险责任\n被保险人因意外伤害身故的，我们给付意外身故保险金。\n第二章　责任免除\n"
                + "第五条　因下列情形之一导致被保险人身故的，我们不承担给付保险金的责任：\n（一）投保人的故意行为；\n（二）被保险人故意犯罪。\n"
                + "伤残等级\t给付比例\n第一级\t100%");
        List<Chunk> chunks = Chunker.structural().chunk(d);
        assertThat(chunks).extracting(Chunk::heading).containsExactly("保险责任", "保险责任 > 第二章 > 第五条");
        assertThat(chunks.get(1).text()).as("the table follows the article it is in").endsWith("第一级\t100%");
    }

    @Test
    void pdfParagraphsSurviveLineWrappingAndPages(@TempDir Path dir) {
        List<String> paragraphs = new java.util.ArrayList<>(CLAUSES);
        for (int i = 0; i < 12; i++) {
            paragraphs.add("4." + (i + 1) + " 释义 意外伤害指以外来的、突发的、非本意的和非疾病的客观事件为直接且单独的原因致使身体受到的伤害。");
        }
        Document d = read(TestFiles.write(dir, "terms.pdf", TestFiles.pdf("示例条款", paragraphs, null)));
        assertThat(d.title()).isEqualTo("示例条款");
        List<String> lines = Arrays.asList(d.text().split("\n"));
        assertThat(lines).as("one line per paragraph").hasSize(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            assertThat(noSpace(lines.get(i))).isEqualTo(noSpace(paragraphs.get(i)));
        }
        List<Chunk> chunks = Chunker.structural().chunk(d);
        assertThat(chunks.stream().filter(c -> c.text().startsWith("（1）")).findFirst()).isEmpty();
        assertThat(chunks.stream().filter(c -> c.text().startsWith("2.2")).findFirst().orElseThrow().text())
                .as("the list item stays with its lead").contains("（1）投保人");
    }

    @Test
    void eachKindOfBadFileGetsItsOwnTypedError(@TempDir Path dir) {
        byte[] docx = TestFiles.docx("t", List.of(p("正文。")), null);
        byte[] pdf = TestFiles.pdf("t", List.of("正文。"), null);
        assertProblem(TestFiles.write(dir, "scan.xyz", "x".getBytes(StandardCharsets.UTF_8)), Problem.UNSUPPORTED_TYPE, ".xyz");
        assertProblem(TestFiles.write(dir, "old.doc", "x".getBytes(StandardCharsets.UTF_8)), Problem.UNSUPPORTED_TYPE, "save legacy");
        assertProblem(TestFiles.write(dir, "empty.txt", new byte[0]), Problem.EMPTY, "0 bytes");
        assertProblem(TestFiles.write(dir, "blank.md", " \n\n ".getBytes(StandardCharsets.UTF_8)), Problem.EMPTY, "no text");
        assertProblem(TestFiles.write(dir, "empty.docx", TestFiles.docx("t", List.of(p("")), null)), Problem.EMPTY, "no text");
        assertProblem(TestFiles.write(dir, "scan.pdf", TestFiles.pdfWithoutText()), Problem.EMPTY, "OCR");
        assertProblem(TestFiles.write(dir, "locked.docx", TestFiles.encryptedDocx(docx, "secret")), Problem.ENCRYPTED, "password");
        assertProblem(TestFiles.write(dir, "locked.pdf", TestFiles.pdf("t", List.of("正文。"), "secret")), Problem.ENCRYPTED, "password");
        assertProblem(TestFiles.write(dir, "half.docx", Arrays.copyOf(docx, docx.length / 2)), Problem.CORRUPT, null);
        assertProblem(TestFiles.write(dir, "text.docx", "这不是Word文件".getBytes(StandardCharsets.UTF_8)), Problem.CORRUPT, "ZIP");
        assertProblem(TestFiles.write(dir, "fake.pdf", "%PDF-1.7\n垃圾".getBytes(StandardCharsets.UTF_8)), Problem.CORRUPT, null);
        assertProblem(TestFiles.write(dir, "text.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)), Problem.CORRUPT, "%PDF-");
        assertProblem(TestFiles.write(dir, "binary.txt", new byte[] {'a', 0, 'b', 0}), Problem.CORRUPT, "binary");
        assertProblem(TestFiles.write(dir, "latin1.txt", new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}), Problem.CORRUPT, "GB18030");
        assertProblem(dir.resolve("missing.txt"), Problem.UNREADABLE, "no such file");
        assertThat(read(TestFiles.write(dir, "ok.pdf", pdf)).text()).isEqualTo("正文。");
    }

    private static void assertProblem(Path file, Problem problem, String detail) {
        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(IngestionException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).startsWith(file.toString());
                    if (detail != null) {
                        assertThat(e.getMessage()).contains(detail);
                    }
                });
    }

    @Test
    void oneBadFileNeverLosesTheOthers(@TempDir Path dir) {
        List<Path> files = List.of(
                TestFiles.write(dir, "a.txt", "第一条　甲乙丙。".getBytes(StandardCharsets.UTF_8)),
                TestFiles.write(dir, "b.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8)),
                TestFiles.write(dir, "c.docx", TestFiles.docx("丙", List.of(p("保险金给付。")), null)),
                TestFiles.write(dir, "d.docx", TestFiles.encryptedDocx(TestFiles.docx("丁", List.of(p("x")), null), "pw")),
                TestFiles.write(dir, "e.xyz", "x".getBytes(StandardCharsets.UTF_8)),
                TestFiles.write(dir, "f.html", "<p>城市供水管理。</p>".getBytes(StandardCharsets.UTF_8)),
                TestFiles.write(dir, "g.md", "# 外来文件\n不在白名单。".getBytes(StandardCharsets.UTF_8)),
                TestFiles.write(dir, "h.pdf", TestFiles.pdf("戊", List.of("受益人指定。"), null)));
        try (DocumentLibrary library = DocumentLibrary.builder().sourceWhitelist(SourceWhitelist.of("gov.example")).build()) {
            library.add(new Document("c.docx", "已有", "已有同名文档。", DocumentMetadata.builder().source("gov.example").build()));
            IngestionReport report = INGESTOR.ingestAll(library, files, f -> DocumentMetadata.builder()
                    .source(f.getFileName().toString().startsWith("g") ? "elsewhere.example" : "gov.example").build());

            assertThat(report.ingested()).extracting(IngestionReport.Ingested::documentId).containsExactly("a.txt", "f.html", "h.pdf");
            assertThat(report.failures()).extracting(f -> f.file().getFileName().toString())
                    .containsExactly("b.pdf", "c.docx", "d.docx", "e.xyz", "g.md");
            assertThat(report.failures()).extracting(f -> f.error().getClass().getSimpleName()).containsExactly(
                    "IngestionException", "DocumentExistsException", "IngestionException", "IngestionException",
                    "SourceNotAllowedException");
            assertThat(report.allSucceeded()).isFalse();
            assertThat(library.count()).isEqualTo(4);
            assertThat(library.search("受益人", 1).get(0).documentId()).isEqualTo("h.pdf");
        }
    }

    @Test
    void htmlNestedThousandsDeepIsReadAndLosesNoOtherFile(@TempDir Path dir) {
        String deep = "<html><body><p>第一条　总则。</p>" + "<b>".repeat(5_000) + "保险责任在此。" + "<i><u>".repeat(2_000)
                + "责任免除在此。</body></html>";
        List<Path> files = List.of(
                TestFiles.write(dir, "a.txt", "第一条　甲乙丙。".getBytes(StandardCharsets.UTF_8)),
                TestFiles.write(dir, "b.html", deep.getBytes(StandardCharsets.UTF_8)),
                TestFiles.write(dir, "c.txt", "第二条　丁戊己。".getBytes(StandardCharsets.UTF_8)));
        try (DocumentLibrary library = DocumentLibrary.builder().build()) {
            IngestionReport report = INGESTOR.ingestAll(library, files, f -> META);

            assertThat(report.failures()).isEmpty();
            assertThat(report.ingested()).extracting(IngestionReport.Ingested::documentId)
                    .containsExactly("a.txt", "b.html", "c.txt");
        }
        assertThat(noSpace(read(files.get(1)).text())).isEqualTo("第一条　总则。保险责任在此。责任免除在此。");
    }

    @Test
    void aPdfWhoseFontMapsTwoBillionCodesIsATypedErrorNotAnEndlessRead(@TempDir Path dir) throws Exception {
        // found by IngestorFuzzTest: a flipped byte in a compressed ToUnicode map made PDFBox expand
        // a range code by code for hours, so ingestAll never reached the next file
        byte[] found;
        try (java.io.InputStream in = IngestorTest.class.getResourceAsStream("/ingest/hostile/tounicode-range.pdf")) {
            found = in.readAllBytes();
        }
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> assertOnlyThatFileFails(dir, "a.pdf", found));
        byte[] pdf = TestFiles.pdf("条款", List.of("第一条 总则。"), null);
        assertProblem(TestFiles.write(dir, "b.pdf", TestFiles.pdfWithToUnicodeRange(pdf, "00000000", "00010000")),
                Problem.CORRUPT, "a range of 65537 codes");
        // the largest range allowed is the whole two-byte space
        assertThat(read(TestFiles.write(dir, "c.pdf", TestFiles.pdfWithToUnicodeRange(pdf, "0000", "FFFF"))).text())
                .isNotBlank();
    }

    @Test
    void aPdfNestedTooDeeplyIsATypedErrorForThatFileOnly(@TempDir Path dir) {
        String pdf = "%PDF-1.4\n1 0 obj\n" + "[".repeat(200_000) + "\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        assertOnlyThatFileFails(dir, "a.pdf", pdf.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aDocxWithTablesNestedThousandsDeepIsATypedErrorForThatFileOnly(@TempDir Path dir) {
        String cell = "<w:tbl><w:tr><w:tc>";
        String body = cell.repeat(20_000) + "<w:p><w:r><w:t>深</w:t></w:r></w:p>" + "</w:tc></w:tr></w:tbl>".repeat(20_000);
        assertOnlyThatFileFails(dir, "a.docx", TestFiles.rawDocx(body));
    }

    private static void assertOnlyThatFileFails(Path dir, String name, byte[] bytes) {
        List<Path> files = List.of(TestFiles.write(dir, name, bytes),
                TestFiles.write(dir, "b.txt", "第二条　丁戊己。".getBytes(StandardCharsets.UTF_8)));
        assertProblem(files.get(0), Problem.CORRUPT, null);
        try (DocumentLibrary library = DocumentLibrary.builder().build()) {
            IngestionReport report = INGESTOR.ingestAll(library, files, f -> META);
            assertThat(report.ingested()).extracting(IngestionReport.Ingested::documentId).containsExactly("b.txt");
            assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.error())
                    .isInstanceOf(IngestionException.class));
        }
    }
}
