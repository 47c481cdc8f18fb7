package ai.domainassist.finance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HospitalListTest {
    @Test
    void findsByNameOrAliasPreferringTheLongestName() {
        HospitalList l = HospitalList.builtIn();
        assertThat(l.find("收款单位：首都医科大学附属北京朝阳医院（章）")).hasValueSatisfying(h -> {
            assertThat(h.name()).isEqualTo("首都医科大学附属北京朝阳医院");
            assertThat(h.level()).isEqualTo(3);
            assertThat(h.isPublic()).isTrue();
        });
        assertThat(l.find("北京和睦家医院")).hasValueSatisfying(h -> assertThat(h.isPublic()).isFalse());
        assertThat(l.find("北京市怀柔区汤河口镇卫生院")).isEmpty();
    }

    @Test
    void aBadLevelIsRejectedWithTheHospitalsName() {
        assertThatThrownBy(() -> new HospitalList(List.<String[]>of(new String[] {"某医院", "5", "甲", "公立"})))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("某医院");
    }
}
