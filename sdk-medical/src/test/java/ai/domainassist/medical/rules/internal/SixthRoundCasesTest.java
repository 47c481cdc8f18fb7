package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixth round of issue 12 (recall on real consultations), each case with sentences written for this test,
 * not taken from any data set.
 */
class SixthRoundCasesTest {
    private static List<SymptomStatus> statuses(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).map(Symptom::status).toList();
    }

    @Test
    void aComparisonWithTheDaysBeforeIsNoDenial() {
        // 没有昨天那么稀: still loose, less so; the stool is not denied
        OutpatientRecord less = Fixture.record("患者：孩子拉肚子三天了", "医生：大便现在怎么样？", "患者：今天的大便没有昨天那么稀了");
        assertThat(statuses(less, "稀便")).isNotEmpty().doesNotContain(SymptomStatus.ABSENT);
        OutpatientRecord pain = Fixture.record("患者：我胸口疼了两天", "患者：今天没有前两天那么疼了");
        assertThat(statuses(pain, "胸痛")).isNotEmpty().doesNotContain(SymptomStatus.ABSENT);
        // a plain denial still denies
        OutpatientRecord none = Fixture.record("患者：孩子拉肚子三天了", "医生：大便现在怎么样？", "患者：今天大便不稀了");
        assertThat(statuses(none, "稀便")).doesNotContain(SymptomStatus.PRESENT);
    }
}
