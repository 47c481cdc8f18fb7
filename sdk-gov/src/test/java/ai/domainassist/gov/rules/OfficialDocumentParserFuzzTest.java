package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.testing.Fuzz;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.testing.Spans;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random official documents for {@link OfficialDocumentParser}: the elements of GB/T
 * 9704 in order, out of order, missing, repeated, on one line or several (joint issuer marks,
 * titles over three lines), with Markdown heading marks, wide spaces, every line end; mutations;
 * random text. Whatever the text, {@code parse} returns a document (it documents no exception
 * for a non-null text), never hangs (see {@link Fuzz}), and every span it reports is the
 * source's text between the span's offsets ({@link Spans}).
 */
class OfficialDocumentParserFuzzTest {
    private static final OfficialDocumentParser PARSER = OfficialDocumentParser.standard();

    @Test
    void anyTextGivesADocumentWhoseSpansAreTheSourcesText() {
        Fuzz.Summary s = Fuzz.run("OfficialDocumentParser", OfficialDocumentParserFuzzTest::document, text -> {
            OfficialDocument d = PARSER.parse("fuzz", text);
            assertThat(d.text()).isEqualTo(text);
            assertThat(Spans.broken(d)).as("spans that are not the source's text").isEmpty();
            return d.issuerMark().isPresent() && d.title().isPresent() ? "mark+title"
                    : d.title().isPresent() ? "title" : "other";
        });
        assertThat(s.outcomes()).containsKeys("mark+title", "title");
    }

    static String document(Random r) {
        if (r.nextInt(15) == 0) {
            StringBuilder junk = new StringBuilder();
            int n = r.nextInt(600);
            for (int i = 0; i < n; i++) {
                junk.append((char) r.nextInt(r.nextBoolean() ? 0x80 : 0xA000));
            }
            return junk.toString();
        }
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) == 0) {
            line(sb, r, Fuzz.pick(r, "000123", "000001", "0001"));
        }
        if (r.nextInt(4) == 0) {
            line(sb, r, Fuzz.pick(r, "机密★1年", "秘密", "绝密★长期", "机密"));
        }
        if (r.nextInt(4) == 0) {
            line(sb, r, Fuzz.pick(r, "特急", "加急", "急件"));
        }
        String[] issuers = {"北京市教育委员会", "北京市财政局", "国务院办公厅", "某某县人民政府", "中共某某市委办公室"};
        if (r.nextInt(5) != 0) {
            int k = 1 + (r.nextInt(3) == 0 ? r.nextInt(3) : 0);
            for (int i = 0; i < k; i++) {
                line(sb, r, Fuzz.pick(r, issuers) + (i == k - 1 ? Fuzz.pick(r, "文件", "", "令", "纪要") : ""));
            }
            blank(sb, r);
        }
        if (r.nextInt(5) != 0) {
            line(sb, r, Fuzz.pick(r, "京教发", "国办发", "某政", "第") + Fuzz.pick(r, "〔2024〕", "[2024]", "（2024）", "2024")
                    + r.nextInt(300) + Fuzz.pick(r, "号", "") + (r.nextInt(4) == 0 ? Fuzz.pick(r, "    签发人：李文华",
                    "  签发人：张三  王五", "签发人：") : ""));
            blank(sb, r);
        }
        int titleLines = r.nextInt(4);
        for (int i = 0; i < titleLines; i++) {
            line(sb, r, Fuzz.pick(r, "关于印发", "北京市教育委员会关于", "做好2024年学生资助工作", "的通知", "的请示", "管理办法",
                    "（试行）", "关于加强城市供水管理的意见"));
        }
        blank(sb, r);
        if (r.nextBoolean()) {
            line(sb, r, Fuzz.pick(r, "各区教委、财政局：", "市人民政府：", "各有关单位:", "：", "各区县人民政府，市政府各委、办、局："));
        }
        int paragraphs = r.nextInt(10);
        for (int i = 0; i < paragraphs; i++) {
            String marker = Fuzz.pick(r, "一、", "二、", "（一）", "（二）", "1.", "2．", "（1）", "第一条", "第十二条　", "第一章　总则",
                    "", "", "");
            line(sb, r, "    " + marker + Fuzz.pick(r, "加强组织领导。", "为做好学生资助工作，现就有关事项通知如下。",
                    "本办法自2024年3月1日起施行。", "妥否，请批示。", "特此通知。", "各单位要高度重视", "资金100万元，比上年增长5%。"));
        }
        if (r.nextInt(3) == 0) {
            line(sb, r, "    附件：" + Fuzz.pick(r, "1.校舍排查表", "资金测算表", ""));
            if (r.nextBoolean()) {
                line(sb, r, "          2." + Fuzz.pick(r, "资金测算表", "名单"));
            }
        }
        blank(sb, r);
        if (r.nextInt(4) != 0) {
            line(sb, r, "                    " + Fuzz.pick(r, issuers) + (r.nextBoolean() ? "　　" + Fuzz.pick(r, issuers) : ""));
        }
        if (r.nextInt(4) != 0) {
            line(sb, r, "                    " + Fuzz.pick(r, "2024年3月5日", "2024年13月45日", "二〇二四年三月五日", "2024-03-05"));
        }
        if (r.nextInt(4) == 0) {
            line(sb, r, "    " + Fuzz.pick(r, "（联系人：王芳，电话：12345678）", "（此件公开发布）", "(此件主动公开)"));
        }
        if (r.nextInt(4) == 0) {
            line(sb, r, "附件" + Fuzz.pick(r, "1", "2", "", "一"));
            blank(sb, r);
            line(sb, r, Fuzz.pick(r, "校舍排查表", "资金测算表"));
            line(sb, r, "    " + Fuzz.pick(r, "一、东城区。", "第一条 测算方法。"));
        }
        if (r.nextInt(4) == 0) {
            line(sb, r, "抄送：" + Fuzz.pick(r, "市财政局。", "市委办公厅，市人大常委会办公厅。", ""));
        }
        if (r.nextInt(4) == 0) {
            line(sb, r, Fuzz.pick(r, issuers) + "办公室" + Fuzz.pick(r, "                    ", "  ") + "2024年3月19日印发");
        }
        String text = sb.toString();
        return r.nextInt(3) == 0 ? Fuzz.mutate(r, text, 8) : text;
    }

    private static void line(StringBuilder sb, Random r, String text) {
        if (r.nextInt(25) == 0) {
            sb.append(Fuzz.pick(r, "# ", "## ", "\u3000\u3000", "\t"));
        }
        sb.append(text).append(Fuzz.pick(r, "\n", "\n", "\n", "\r\n", " \n", "\u3000\n"));
    }

    private static void blank(StringBuilder sb, Random r) {
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(Fuzz.pick(r, "\n", "  \n", "\r\n"));
        }
    }
}
