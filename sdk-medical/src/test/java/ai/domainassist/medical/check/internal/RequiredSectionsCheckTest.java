package ai.domainassist.medical.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredSectionsCheckTest {
    private final RequiredSectionsCheck check = new RequiredSectionsCheck();
    private final Transcript t = Transcript.of(List.of(Utterance.of(0, Speaker.PATIENT, "咳嗽三天")));

    @Test
    void flagsEveryMissingSectionWithItsSeverity() {
        List<ReviewFlag> flags = check.check(OutpatientRecord.builder().build(), t);
        assertThat(flags).hasSize(9).allSatisfy(f -> assertThat(f.kind()).isEqualTo(ReviewFlag.Kind.MISSING));
        assertThat(flags).filteredOn(f -> f.field().equals("chiefComplaint")).extracting(ReviewFlag::severity)
                .containsExactly(Severity.ERROR);
        assertThat(flags).filteredOn(f -> f.field().equals("auxiliaryExam")).extracting(ReviewFlag::severity)
                .containsExactly(Severity.INFO);
        assertThat(flags).filteredOn(f -> f.field().equals("personalHistory")).extracting(ReviewFlag::severity)
                .containsExactly(Severity.WARNING); // MedFlow: 个人史内容是否为空
        assertThat(flags).extracting(ReviewFlag::field).doesNotContain("familyHistory");
        assertThat(flags.get(0).message()).contains("主诉");
    }

    @Test
    void aPresentSectionIsNotFlagged() {
        OutpatientRecord r = OutpatientRecord.builder()
                .section(Section.CHIEF_COMPLAINT, Grounded.byRules("咳嗽3天", new Evidence("u1", 0, 2, "咳嗽"))).build();
        assertThat(check.check(r, t)).extracting(ReviewFlag::field).doesNotContain("chiefComplaint").hasSize(8);
    }
}
