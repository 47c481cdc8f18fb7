package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.VitalSign;
import java.util.List;
import org.junit.jupiter.api.Test;

class VitalSignExtractorTest {
    private final VitalSignExtractor x = new VitalSignExtractor();

    private List<String> vitals(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(g -> g.value().display()).toList();
    }

    @Test
    void readsNamedValuesInEverySpokenForm() {
        assertThat(vitals("医生：体温38.5度，心率一百零五，呼吸24次/分，血压130/85，血氧百分之九十三。"))
                .containsExactly("体温38.5℃", "心率105次/分", "呼吸24次/分", "血压130/85mmHg", "血氧饱和度93%");
        assertThat(vitals("医生：高压一百四，低压九十。")).containsExactly("血压140/90mmHg");
        assertThat(vitals("医生：血压九十五比六十。")).containsExactly("血压95/60mmHg");
        assertThat(vitals("患者：昨天最高烧到三十九度五。")).containsExactly("体温39.5℃");
        assertThat(vitals("患者：在家量的38度2。")).containsExactly("体温38.2℃");
        assertThat(vitals("患者：身高一米七二，体重一百四十斤。")).containsExactly("身高172cm", "体重70kg");
    }

    @Test
    void readsABareValueThatAnswersAQuestionAboutASign() {
        assertThat(vitals("医生：量体温了吗？多少度？", "患者：三十八度五。")).containsExactly("体温38.5℃");
        assertThat(vitals("医生：身高多少？体重多少？", "患者：一米六，五十五公斤。")).containsExactly("身高160cm", "体重55kg");
        assertThat(vitals("医生：孩子多重？", "家属：十三公斤。")).containsExactly("体重13kg");
    }

    @Test
    void aThresholdInAdviceOrAQuestionAboutChangeIsNoMeasurement() {
        assertThat(vitals("医生：体温超过38.5度就吃美林。")).isEmpty();
        assertThat(vitals("医生：体重有变化吗？", "患者：瘦了快十斤。")).isEmpty();
    }

    /** Read on CMDD's consultations: 体温一直 gave 1℃, 三十八九度 119℃, 温度13度 a body temperature. */
    @Test
    void wordsThatOnlyLookLikeAValueAreNone() {
        assertThat(vitals("家属：孩子体温一直不退，吃了药也不行。")).isEmpty();
        assertThat(vitals("家属：体温两天都在高烧。")).isEmpty();
        assertThat(vitals("家属：昨晚烧到三十八九度。")).isEmpty();
        assertThat(vitals("家属：屋里温度13度，有点冷。")).isEmpty();
        // real readings stay, with their unit or in range
        assertThat(vitals("家属：体温三十八度五。")).containsExactly("体温38.5℃");
        assertThat(vitals("家属：体温39。")).containsExactly("体温39℃");
    }

    @Test
    void aDecimalTemperatureFollowedByADurationIsOneTemperature() {
        // found on real consultations: 高烧38.7度三天 once failed the whole record (VitalSign "38.7.3")
        assertThat(vitals("患者：高烧38.7度三天，现在低烧37.4度两天。")).containsExactly("体温38.7℃", "体温37.4℃");
        assertThat(vitals("医生：不超过38.5，可以少盖一点。", "医生：不超过38.5度一般不用吃退热药。")).isEmpty();
    }

    @Test
    void keepsTheUnitAsSaidAndPointsToTheWords() {
        Grounded<VitalSign> g = x.extract(Fixture.dialogue("医生：体温38度")).get(0);
        assertThat(g.value().unitSaid()).isEqualTo("度");
        assertThat(g.value().unit()).isEqualTo("℃");
        assertThat(g.evidence().get(0).quote()).isEqualTo("体温38度");
        assertThat(VitalSignExtractor.selfReported(g, Fixture.dialogue("医生：体温38度"))).isFalse();
    }
}
