package ai.domainassist.medical.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.internal.RuleEngineAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {
    private final GroundingCheck check = new GroundingCheck(TermLexicon.defaults());
    private final Transcript t = Transcript.parse("患者：嗓子疼，发烧。\n医生：考虑是感冒，扁桃体有点大。");

    @Test
    void theOfflineRecordIsFullyGrounded() {
        OutpatientRecord r = RuleEngineAccess.structure(TermLexicon.defaults(), t);
        assertThat(check.check(r, t)).isEmpty();
    }

    @Test
    void aDiagnosisNeverSaidIsUngrounded() {
        OutpatientRecord r = record("急性化脓性扁桃体炎；急性上呼吸道感染");
        List<ReviewFlag> flags = check.check(r, t);
        assertThat(flags).extracting(ReviewFlag::message).containsExactly("诊断“急性化脓性扁桃体炎”在对话中没有出现，医生未作此诊断时请删除");
        assertThat(flags.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(check.check(record("1. 急性上呼吸道感染？"), t)).isEmpty();
    }

    @Test
    void evidenceThatDoesNotQuoteTheTranscriptIsUngrounded() {
        OutpatientRecord r = OutpatientRecord.builder()
                .section(Section.PRESENT_ILLNESS, Grounded.byModel("咽痛伴发热", List.of(new Evidence("u1", 0, 3, "喉咙痛")), 0.9))
                .diagnoses(List.of(Grounded.byModel(new Diagnosis("肺炎", Diagnosis.Certainty.CONFIRMED), List.of(), 0.9)))
                .build();
        assertThat(check.check(r, t)).extracting(ReviewFlag::field, ReviewFlag::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("presentIllness", ReviewFlag.Kind.UNGROUNDED),
                org.assertj.core.groups.Tuple.tuple("diagnoses[0]", ReviewFlag.Kind.UNGROUNDED));
        assertThat(GroundingCheck.valid(new Evidence("u9", 0, 1, "x"), t)).isFalse();
        assertThat(GroundingCheck.valid(new Evidence("u1", 0, 2, "嗓子"), t)).isTrue();
    }

    private OutpatientRecord record(String diagnosis) {
        Evidence ev = new Evidence("u2", 3, 5, "感冒");
        return OutpatientRecord.builder().section(Section.DIAGNOSIS, Grounded.byModel(diagnosis, List.of(ev), 0.9)).build();
    }
}
