package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.PersonalHistoryItem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReproductiveHistoryTest {
    private static final PersonalHistoryExtractor EXTRACTOR = new PersonalHistoryExtractor(Fixture.CUES, new OnsetParser());

    private static String detail(Kind kind, String... lines) {
        List<Grounded<PersonalHistoryItem>> items = EXTRACTOR.extract(Fixture.dialogue(lines));
        return items.stream().map(Grounded::value).filter(p -> p.kind() == kind).map(PersonalHistoryItem::detail)
                .findFirst().orElse("");
    }

    @Test
    void theMenstrualHistoryInRecordForm() {
        assertThat(detail(Kind.MENSTRUAL, "医生：末次月经什么时候？", "患者：上个月十号来的，平时挺准的，二十八天一次。"))
                .isEqualTo("末次月经上个月十号，月经规律，周期28天");
        assertThat(detail(Kind.MENSTRUAL, "医生：月经怎么样？", "患者：乱了，有时候两个月来一次，量也少了。"))
                .isEqualTo("月经不规律，周期2个月，经量少");
        assertThat(detail(Kind.MENSTRUAL, "医生：月经量多吗？", "患者：月经量挺多的，每次七八天。")).isEqualTo("经量多，经期7-8天");
    }

    @Test
    void theObstetricHistoryInRecordForm() {
        assertThat(detail(Kind.OBSTETRIC, "医生：以前怀过孕吗？", "患者：怀过两次，生了一个儿子，还有一次是胎停。"))
                .isEqualTo("孕2产1，胎停育1次");
        assertThat(detail(Kind.OBSTETRIC, "医生：结婚了吗？生过孩子吗？", "患者：结婚了，生过一个，还做过一次人流。"))
                .isEqualTo("已婚，生育1胎，人工流产1次");
        assertThat(detail(Kind.OBSTETRIC, "医生：以前做过手术吗？", "患者：剖腹产过一次，五年前。")).isEqualTo("剖宫产1次");
        assertThat(detail(Kind.OBSTETRIC, "医生：今年多大？结婚了吗？", "患者：二十六，还没结婚。")).isEqualTo("未婚");
    }

    @Test
    void aMenstrualComplaintIsNoHistory() {
        assertThat(detail(Kind.MENSTRUAL, "医生：哪里不舒服？", "患者：月经推迟了十来天还没来。")).isEmpty();
    }
}
