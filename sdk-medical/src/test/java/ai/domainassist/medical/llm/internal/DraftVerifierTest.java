package ai.domainassist.medical.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftVerifierTest {
    private final DraftVerifier verifier = new DraftVerifier();
    private final Transcript t = Transcript.parse("患者：我咳嗽３天了，嗓子也疼。\n医生：考虑是急性咽炎。");

    @Test
    void turnsFoundQuotesIntoEvidenceOnTheUtterancesAndKeepsTheMissingOnes() {
        RecordDraft draft = new RecordDraft(
                List.of(new RecordDraft.SectionDraft(Section.CHIEF_COMPLAINT, "咳嗽、咽痛3天", List.of("我咳嗽3天了", "嗓子也疼")),
                        new RecordDraft.SectionDraft(Section.DIAGNOSIS, "急性化脓性扁桃体炎", List.of("扁桃体化脓")),
                        new RecordDraft.SectionDraft(Section.PLAN, "多喝水", List.of())),
                List.of(new RecordDraft.SymptomDraft("咳嗽", SymptomStatus.PRESENT, "3天", "我咳嗽３天了")),
                List.of(new RecordDraft.DiagnosisDraft("急性咽炎", false, "考虑是急性咽炎")));
        DraftVerifier.Verified v = verifier.verify(draft, t);

        DraftVerifier.Checked cc = v.sections().get(Section.CHIEF_COMPLAINT);
        assertThat(cc.verified()).isTrue();
        assertThat(cc.evidence()).extracting(e -> e.sourceId() + ":" + e.quote()).containsExactly("u1:我咳嗽３天了", "u1:嗓子也疼");
        assertThat(v.sections().get(Section.DIAGNOSIS).verified()).isFalse();
        assertThat(v.sections().get(Section.DIAGNOSIS).missing()).containsExactly("扁桃体化脓");
        assertThat(v.sections().get(Section.PLAN).verified()).isFalse();
        assertThat(v.symptoms().get(0).verified()).isTrue();
        assertThat(v.diagnoses().get(0).evidence().get(0).sourceId()).isEqualTo("u2");
    }

    @Test
    void toleratesNullsFromALenientParser() {
        RecordDraft draft = new RecordDraft(null, null, null);
        assertThat(verifier.verify(draft, t).sections()).isEmpty();
    }
}
