package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.Examination.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamExtractorTest {
    private final ExamExtractor x = new ExamExtractor(Fixture.CUES);

    private List<Examination> exams(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(Grounded::value).toList();
    }

    @Test
    void readsOrdersAndResults() {
        assertThat(exams("医生：先去查个血常规，拍个胸片。")).containsExactly(new Examination("血常规", "", Status.ORDERED),
                new Examination("胸部X线片", "", Status.ORDERED));
        assertThat(exams("医生：血常规白细胞一万五，中性偏高。")).containsExactly(
                new Examination("血常规", "白细胞一万五，中性偏高", Status.DONE));
        assertThat(exams("医生：以前做过胃镜吗？", "患者：两年前做过，说是浅表性胃炎。")).extracting(Examination::status)
                .containsExactly(Status.DONE);
        assertThat(exams("患者：体检B超说子宫有个肌瘤。")).containsExactly(new Examination("B超", "子宫有个肌瘤", Status.DONE));
    }

    @Test
    void aTestOrderedAndThenReportedIsOneDoneTest() {
        assertThat(exams("医生：先测个甲流抗原。", "医生：甲流抗原结果出来了，阳性。")).containsExactly(
                new Examination("流感病毒抗原检测", "阳性", Status.DONE));
        assertThat(exams("患者：去年做过胃镜，说是胃炎。", "医生：再做个胃镜。")).extracting(Examination::status)
                .containsExactly(Status.DONE, Status.ORDERED);
    }

    @Test
    void aTestNotDoneIsNone() {
        assertThat(exams("医生：查过幽门螺杆菌吗？", "患者：没查过。")).isEmpty();
    }

    @Test
    void aTestTheDoctorAdvisesOrSupposesIsOrderedNotDone() {
        // advice earlier in the sentence, and what the test is for (检查了解 holds the 查了 of a result)
        assertThat(exams("医生：最好找医生听一下，再行胸片检查了解一下肺部情况。")).containsExactly(
                new Examination("胸部X线片", "", Status.ORDERED));
        assertThat(exams("医生：建议去医院查大便常规看看，根据化验结果再用药。")).containsExactly(
                new Examination("便常规", "", Status.ORDERED));
        // a result supposed is no result
        assertThat(exams("医生：如果血常规白细胞高，就要加消炎药。")).extracting(Examination::status).containsExactly(Status.ORDERED);
        // a result the doctor reads stays one, order verbs said of it before in the sentence or not
        assertThat(exams("医生：拿来的化验单，血常规白细胞都正常。")).extracting(Examination::status).containsExactly(Status.DONE);
        assertThat(exams("医生：从化验单看，CRP是正常的。")).extracting(Examination::status).containsExactly(Status.DONE);
    }
}
