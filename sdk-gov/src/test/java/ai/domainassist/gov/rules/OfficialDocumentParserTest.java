package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.TextSpan;
import org.junit.jupiter.api.Test;

class OfficialDocumentParserTest {
    private static final String UPWARD = """
            000123
            机密★1年
            特急
            北京市教育委员会文件

            京教发〔2024〕6号                    签发人：李文华

            北京市教育委员会关于增加2024年中小学
            校舍安全改造资金的请示

            市人民政府：
                一、基本情况
                （一）校舍排查。共排查校舍120栋。
                1.需要改造的校舍共20栋。
                妥否，请批示。

                附件：1.校舍排查表
                      2.资金测算表

                                                北京市教育委员会
                                                2024年3月18日
                （联系人：王芳）

            附件1

            校舍排查表

                一、东城区。

            附件2

            资金测算表

                第一条 测算方法。

            抄送：市财政局。
            北京市教育委员会办公室                    2024年3月19日印发
            """;

    @Test
    void readsEveryElementWithItsSpan() {
        OfficialDocument d = OfficialDocumentParser.standard().parse("doc", UPWARD);
        assertThat(d.copyNumber().map(TextSpan::text)).contains("000123");
        assertThat(d.secrecy().map(TextSpan::text)).contains("机密★1年");
        assertThat(d.urgency().map(TextSpan::text)).contains("特急");
        assertThat(d.issuerMark().map(TextSpan::text)).contains("北京市教育委员会文件");
        assertThat(d.documentNumber().map(TextSpan::text)).contains("京教发〔2024〕6号");
        assertThat(d.signers().map(TextSpan::text)).contains("李文华");
        assertThat(d.parsedTitle().get().text()).isEqualTo("北京市教育委员会关于增加2024年中小学校舍安全改造资金的请示");
        assertThat(d.type()).contains(DocumentType.REQUEST);
        assertThat(d.addressees()).extracting(TextSpan::text).containsExactly("市人民政府");
        assertThat(d.headings()).extracting(h -> h.level()).containsExactly(1, 2, 3);
        assertThat(d.headings().get(1).title()).isEqualTo("校舍排查");
        assertThat(d.listedAttachments()).extracting(a -> a.number() + a.name()).containsExactly("1校舍排查表", "2资金测算表");
        assertThat(d.signature().map(TextSpan::text)).contains("北京市教育委员会");
        assertThat(d.date().map(TextSpan::text)).contains("2024年3月18日");
        assertThat(d.note().map(TextSpan::text)).contains("（联系人：王芳）");
        assertThat(d.attachments()).extracting(a -> a.number() + a.name()).containsExactly("1校舍排查表", "2资金测算表");
        assertThat(d.copyTo().map(TextSpan::text)).contains("抄送：市财政局。");
        assertThat(d.printing().map(TextSpan::text).orElseThrow()).endsWith("印发");
        assertThat(d.clauses()).extracting(c -> c.path()).contains("一、", "一、（一）", "一、（一）1.", "附件2 第一条");
        for (TextSpan s : d.paragraphs()) {
            assertThat(UPWARD.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void orderFormatHasMarkAndSerialInsteadOfATitle() {
        OfficialDocument d = OfficialDocumentParser.standard().parse("o", """
                北京市人民政府令

                第315号

                    《北京市生活垃圾分类管理办法》已经市人民政府常务会议通过，现予公布。

                                                市长  张明
                                                2024年3月12日
                """);
        assertThat(d.type()).contains(DocumentType.ORDER);
        assertThat(d.title()).isEmpty();
        assertThat(d.serialMark().map(TextSpan::text)).contains("第315号");
        assertThat(d.documentNumber()).isEmpty();
        assertThat(d.signature().map(TextSpan::text)).contains("市长  张明");
    }

    @Test
    void wrongFormsAreStillRecognisedForTheChecks() {
        OfficialDocument d = OfficialDocumentParser.standard().parse("w", """
                北京市水务局文件

                京水务发[2024]05号

                北京市水务局关于节水的通知

                各区水务局：
                    特此通知。

                                                北京市水务局
                                                二〇二四年三月七日
                """);
        assertThat(d.documentNumber().map(TextSpan::text)).contains("京水务发[2024]05号");
        assertThat(d.date().map(TextSpan::text)).contains("二〇二四年三月七日");
    }

    @Test
    void emptyTextGivesAnEmptyDocument() {
        OfficialDocument d = OfficialDocumentParser.standard().parse("e", "  \n ");
        assertThat(d.title()).isEmpty();
        assertThat(d.body()).isEmpty();
    }

    private static final String JOINT = """
            北京市教育委员会
            北京市财政局文件

            京教财〔2024〕12号

            北京市教育委员会　北京市财政局关于做好
            2024年学生资助工作的通知

            各区教委、财政局：
                为做好学生资助工作，现就有关事项通知如下。
                一、加强组织领导。

                                    北京市教育委员会　　北京市财政局
                                            2024年3月5日
            """;

    @Test
    void aJointIssuerMarkOnTwoLinesIsTheSourcesTextBetweenItsOffsets() {
        OfficialDocument d = OfficialDocumentParser.standard().parse("joint", JOINT);
        TextSpan mark = d.issuerMark().orElseThrow();
        assertThat(mark.text()).isEqualTo(JOINT.substring(mark.start(), mark.end()))
                .isEqualTo("北京市教育委员会\n北京市财政局文件");
        assertThat(d.documentNumber().map(TextSpan::text)).contains("京教财〔2024〕12号");
        assertThat(ai.domainassist.gov.testing.Spans.broken(d)).isEmpty();
    }

    @Test
    void everySpanOfTheSampleDocumentsIsTheSourcesText() {
        for (String text : new String[] {UPWARD, JOINT}) {
            assertThat(ai.domainassist.gov.testing.Spans.broken(OfficialDocumentParser.standard().parse("d", text)))
                    .isEmpty();
        }
    }
}
