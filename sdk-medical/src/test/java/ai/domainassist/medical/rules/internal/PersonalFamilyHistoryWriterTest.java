package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import org.junit.jupiter.api.Test;

class PersonalFamilyHistoryWriterTest {

    private static String section(Section s, String... lines) {
        OutpatientRecord r = Fixture.record(lines);
        return r.section(s).map(Grounded::value).orElse("");
    }

    @Test
    void writesThePersonalHistoryInRecordWording() {
        assertThat(section(Section.PERSONAL_HISTORY, "医生：做什么工作？", "患者：煤矿井下干了二十五年。", "医生：抽烟喝酒吗？",
                "患者：烟戒了五年了，酒偶尔喝点。")).isEqualTo("既往吸烟，已戒5年；偶尔饮酒；职业：煤矿井下干了二十五年；有粉尘接触史。");
        assertThat(section(Section.PERSONAL_HISTORY, "医生：抽烟喝酒吗？", "患者：不抽不喝。")).isEqualTo("否认吸烟、饮酒史。");
    }

    @Test
    void writesTheFamilyHistoryAndItsDenials() {
        assertThat(section(Section.FAMILY_HISTORY, "医生：家里有人有糖尿病吗？", "患者：我妈有糖尿病，我姥姥也有。"))
                .isEqualTo("母亲、外祖母有2型糖尿病史。");
        assertThat(section(Section.FAMILY_HISTORY, "医生：家里有遗传病吗？", "患者：没有。")).isEqualTo("否认家族遗传病史。");
        assertThat(section(Section.FAMILY_HISTORY, "患者：咳嗽三天了。")).isEmpty();
    }
}
