package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.ParsedTitle;
import org.junit.jupiter.api.Test;

class TitleParserTest {
    private final TitleParser p = TitleParser.standard();

    @Test
    void splitsAuthoritySubjectAndType() {
        ParsedTitle t = p.parse("国务院办公厅关于2020年部分节假日安排的通知");
        assertThat(t.type()).contains(DocumentType.NOTICE);
        assertThat(t.authority()).contains("国务院办公厅");
        assertThat(t.subject()).contains("2020年部分节假日安排");
        assertThat(t.hasAbout()).isTrue();
    }

    @Test
    void typeInsideBookTitleIsNotTheTitlesType() {
        ParsedTitle t = p.parse("国务院关于修改《烈士褒扬条例》的决定");
        assertThat(t.type()).contains(DocumentType.DECISION);
        assertThat(p.parse("国务院办公厅关于印发《政府信息公开信息处理费管理办法》的通知").type()).contains(DocumentType.NOTICE);
    }

    @Test
    void recognisesOrderFormsAndReplyLetters() {
        assertThat(p.parse("中华人民共和国国务院令第558号").type()).contains(DocumentType.ORDER);
        ParsedTitle order = p.parse("中华人民共和国国务院令");
        assertThat(order.type()).contains(DocumentType.ORDER);
        assertThat(order.authority()).contains("中华人民共和国国务院");
        assertThat(p.parse("国务院对民航2402机组的嘉奖令").type()).contains(DocumentType.ORDER);
        assertThat(p.parse("国务院办公厅关于广东省深圳市出租汽车更新问题的复函").type()).contains(DocumentType.LETTER);
    }

    @Test
    void trailingAnnotationIsKeptApart() {
        ParsedTitle t = p.parse("国务院关于加快振兴装备制造业的若干意见(摘要)");
        assertThat(t.type()).contains(DocumentType.OPINION);
        assertThat(t.annotation()).contains("(摘要)");
    }

    @Test
    void nonStatutoryDoubledAndMissingTypes() {
        ParsedTitle reg = p.parse("全民健身条例");
        assertThat(reg.type()).isEmpty();
        assertThat(reg.nonStatutoryWord()).contains("条例");
        ParsedTitle doubled = p.parse("关于建设区域医疗中心的请示报告");
        assertThat(doubled.type()).contains(DocumentType.REPORT);
        assertThat(doubled.doubledWord()).contains("请示");
        assertThat(p.parse("国务院批转民政部关于保护和扶持社会福利生产的请示报告的通知").doubledWord()).isEmpty();
        ParsedTitle none = p.parse("关于举办全民健身运动会");
        assertThat(none.type()).isEmpty();
        assertThat(none.nonStatutoryWord()).isEmpty();
    }

    @Test
    void forwardingTitleWithoutAbout() {
        ParsedTitle t = p.parse("国务院批转财政部等部门《粮食风险基金管理暂行办法》的通知");
        assertThat(t.authority()).contains("国务院");
        assertThat(t.subject()).get().asString().startsWith("批转");
    }
}
