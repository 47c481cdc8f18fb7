package ai.domainassist.retrieval;

import static ai.domainassist.retrieval.TestFiles.Para.h;
import static ai.domainassist.retrieval.TestFiles.Para.p;
import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.testing.Fuzz;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random files for the ingestion readers ({@link Ingestor#read}): plain text in UTF-8,
 * GB18030 or neither, Markdown, HTML (unclosed and deeply nested tags, tables, scripts,
 * entities, charsets), .docx packages with random WordprocessingML bodies, and bytes of a
 * .docx and a .pdf mutated. Whatever the file, the ingestor returns a document with text, or
 * throws {@link IngestionException} (the one documented exception) naming the file, and never
 * hangs (see {@link Fuzz}).
 */
class IngestorFuzzTest {
    private static final Ingestor INGESTOR = Ingestor.create();
    private static final DocumentMetadata META = DocumentMetadata.builder().source("fuzz").build();
    private static final byte[] DOCX = TestFiles.docx("条款", List.of(h(1, "保险责任"), p("2.1 意外身故保险金。"),
            p("2.2 责任免除。")), List.of(List.of("项目", "金额"), List.of("门诊", "100")));
    private static final byte[] PDF = TestFiles.pdf("条款", List.of("第一条 总则。", "第二条 受益人指定。"), null);
    private static final String[] WORDS = {"保险责任", "第一条　总则。", "被保险人", "2.1 意外身故", "<", ">", "&amp;", "&#x4e2d;",
        "\r\n", "\n\n", "|", "#", "```", "\u3000", "\uFEFF", "\u0000", "🌏"};

    @TempDir
    Path dir;

    /** One file: its extension and bytes. */
    record File(String ext, byte[] bytes) {
        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anyFileGivesADocumentWithTextOrATypedError() {
        Fuzz.Summary s = Fuzz.run("Ingestor.read", IngestorFuzzTest::file, f -> {
            Path path = TestFiles.write(dir, "in." + f.ext(), f.bytes());
            try {
                Document d = INGESTOR.read(path, "fuzz", META);
                assertThat(d.text()).isNotBlank();
                assertThat(d.title()).isNotBlank();
                return f.ext() + ":ok";
            } catch (IngestionException e) {
                assertThat(e.file()).isEqualTo(path);
                return f.ext() + ":" + e.problem();
            }
        });
        assertThat(s.outcomes()).containsKeys("html:ok", "txt:ok", "md:ok", "docx:ok", "pdf:ok", "docx:CORRUPT",
                "pdf:CORRUPT");
    }

    static File file(Random r) {
        // the share of .docx and .pdf is kept small: POI and PDFBox cost several times the other readers per file
        return switch (r.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6, 7 -> new File(Fuzz.pick(r, "html", "htm"), html(r).getBytes(StandardCharsets.UTF_8));
            case 8, 9, 10 -> new File("txt", text(r));
            case 11, 12, 13 -> new File(Fuzz.pick(r, "md", "markdown"), Fuzz.mutate(r, "# 条款\n\n## 保险责任\n\n- 第一条 总则。\n"
                    + "| 项目 | 金额 |\n|---|---|\n| 门诊 | 100 |\n\n```\ncode\n```\n", 6).getBytes(StandardCharsets.UTF_8));
            case 14, 15 -> new File("docx", TestFiles.rawDocx(wordBody(r)));
            case 16 -> new File("docx", mutateBytes(r, DOCX));
            default -> new File("pdf", mutateBytes(r, PDF));
        };
    }

    private static String html(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) {
            sb.append(Fuzz.pick(r, "<!DOCTYPE html><html><head><title>条款</title><meta charset=\"gbk\"></head><body>",
                    "<html><body>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", ""));
        }
        int n = r.nextInt(30);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(10)) {
                case 0 -> sb.append(Fuzz.pick(r, "<b>", "<i>", "<span>", "<div>", "<p>", "<font>")
                        .repeat(r.nextInt(60) == 0 ? 2000 : 1 + r.nextInt(5)));
                case 1 -> sb.append(Fuzz.pick(r, "</b>", "</div>", "</p>", "</table>", "</html>"));
                case 2 -> sb.append("<h").append(1 + r.nextInt(7)).append('>').append(Fuzz.pick(r, WORDS)).append("</h")
                        .append(1 + r.nextInt(7)).append('>');
                case 3 -> sb.append("<table><tr><td>").append(Fuzz.pick(r, WORDS)).append(Fuzz.pick(r, "</td><td>",
                        "<table><tr><td>", "")).append("金额</td></tr></table>");
                case 4 -> sb.append(Fuzz.pick(r, "<script>var x = '<p>';</script>", "<style>p{}</style>", "<br>", "<br/>",
                        "<!-- 注释 -->", "<![CDATA[x]]>", "<nav>菜单</nav>", "<svg><text>图</text></svg>"));
                default -> sb.append(Fuzz.pick(r, WORDS));
            }
        }
        return r.nextInt(3) == 0 ? Fuzz.mutate(r, sb.toString(), 5) : sb.toString();
    }

    private static byte[] text(Random r) {
        String t = Fuzz.mutate(r, "第一条　为了规范城市供水管理，制定本办法。\n第二条　本办法适用于本市行政区域。\n", 5);
        return switch (r.nextInt(4)) {
            case 0 -> t.getBytes(Charset.forName("GB18030"));
            case 1 -> {
                byte[] junk = new byte[r.nextInt(500)];
                r.nextBytes(junk);
                yield junk;
            }
            default -> t.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String wordBody(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(6)) {
                case 0 -> sb.append("<w:p><w:pPr><w:pStyle w:val=\"").append(Fuzz.pick(r, "Heading1", "heading 2", "标题 3", "x"))
                        .append("\"/></w:pPr><w:r><w:t>").append(Fuzz.pick(r, "保险责任", "总则", "")).append("</w:t></w:r></w:p>");
                case 1 -> sb.append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>")
                        .append(r.nextBoolean() ? "<w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc>" : "")
                        .append("</w:tr></w:tbl>");
                case 2 -> sb.append("<w:p><w:r><w:t xml:space=\"preserve\">  ").append(Fuzz.pick(r, "第一条　总则。", "&lt;&amp;",
                        "2.1 意外身故")).append("</w:t></w:r><w:r><w:br/><w:tab/><w:t>续</w:t></w:r></w:p>");
                case 3 -> sb.append(Fuzz.pick(r, "<w:p/>", "<w:sectPr/>", "<w:bookmarkStart w:id=\"0\"/>", "<w:sdt><w:sdtContent>"
                        + "<w:p><w:r><w:t>内容控件</w:t></w:r></w:p></w:sdtContent></w:sdt>"));
                case 4 -> sb.append(Fuzz.pick(r, "<w:p>", "</w:p>", "<w:r>", "<w:t>", "&#0;", "<x:unknown/>"));
                default -> sb.append("<w:p><w:r><w:t>").append(Fuzz.pick(r, WORDS).replace("<", "&lt;").replace("&", "&amp;"))
                        .append("</w:t></w:r></w:p>");
            }
        }
        return sb.toString();
    }

    private static byte[] mutateBytes(Random r, byte[] original) {
        byte[] b = original.clone();
        int edits = 1 + r.nextInt(r.nextInt(4) == 0 ? 200 : 4);
        for (int i = 0; i < edits; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        if (r.nextInt(8) == 0) {
            b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
        }
        return b;
    }
}
