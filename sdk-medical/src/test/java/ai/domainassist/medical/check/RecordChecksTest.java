package ai.domainassist.medical.check;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordChecksTest {

    @Test
    void runsEveryStandardCheckAndThenTheHospitalsOwn() {
        Transcript t = CheckFixture.transcript("患者：我咳嗽。");
        OutpatientRecord r = CheckFixture.record(t);
        RecordCheck own = (rec, tr) -> List.of(ReviewFlag.of(ReviewFlag.Kind.POLICY, "", "本院要求：写明职业"));
        List<ReviewFlag> flags = RecordChecks.standard().with(own).check(r, t);
        assertThat(flags).extracting(ReviewFlag::kind).contains(ReviewFlag.Kind.MISSING, ReviewFlag.Kind.POLICY);
        assertThat(flags.get(flags.size() - 1).message()).isEqualTo("本院要求：写明职业");
    }
}
