package ai.domainassist.medical;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.export.RecordJson;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.report.OutpatientRecordPage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A symptom had in this illness and over now ({@link SymptomStatus#RESOLVED}): decided, written once in
 * 现病史, never a contradiction, exported and shown. Sentences written for this test, not from any data set.
 */
class ResolvedSymptomTest {
    private final MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();

    private Result<OutpatientRecord> structure(String... lines) {
        return assistant.structure(Transcript.parse(String.join("\n", lines)));
    }

    private static List<SymptomStatus> statuses(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).map(Symptom::status)
                .collect(Collectors.toList());
    }

    private static String illness(Result<OutpatientRecord> r) {
        return r.value().section(Section.PRESENT_ILLNESS).map(Grounded::value).orElse("");
    }

    private static boolean conflict(Result<OutpatientRecord> r) {
        return r.flags().stream().anyMatch(f -> f.kind() == ReviewFlag.Kind.CONFLICT);
    }

    @Test
    void vomitingYesterdayAndNoneTodayIsOverNotAContradiction() {
        Result<OutpatientRecord> r = structure("医生：孩子怎么了？", "患者：昨天吐了两次，今天没吐");
        assertThat(statuses(r.value(), "呕吐")).containsExactly(SymptomStatus.RESOLVED);
        assertThat(illness(r)).contains("呕吐，现已消失").doesNotContain("请核实").doesNotContain("无呕吐");
        assertThat(conflict(r)).isFalse();
    }

    @Test
    void feverForTwoDaysThatHasStoppedIsWrittenAsOver() {
        Result<OutpatientRecord> r = structure("医生：哪里不舒服？", "患者：发烧两天了，现在不烧了，就是还咳嗽");
        assertThat(statuses(r.value(), "发热")).containsExactly(SymptomStatus.RESOLVED);
        assertThat(statuses(r.value(), "咳嗽")).containsExactly(SymptomStatus.PRESENT);
        assertThat(illness(r)).contains("2天前出现发热，现已消失");
        assertThat(conflict(r)).isFalse();
        // the reason for the visit stays in 主诉
        assertThat(r.value().chiefComplaint().map(Grounded::value).orElse("")).contains("发热");
    }

    @Test
    void otherStopWords() {
        assertThat(statuses(structure("医生：怎么了？", "患者：前天开始咳嗽，已经不咳了").value(), "咳嗽"))
                .containsExactly(SymptomStatus.RESOLVED);
        assertThat(statuses(structure("医生：怎么了？", "患者：孩子拉肚子三天", "医生：现在呢？", "患者：今天腹泻止住了").value(), "腹泻"))
                .containsExactly(SymptomStatus.RESOLVED);
    }

    @Test
    void aDenialOfAnotherSymptomOrAnotherEpisodeIsNoStop() {
        // the negation is of another symptom: vomiting stays present, fever denied
        OutpatientRecord other = structure("医生：怎么了？", "患者：昨天吐了两次，今天没发烧").value();
        assertThat(statuses(other, "呕吐")).containsExactly(SymptomStatus.PRESENT);
        assertThat(statuses(other, "发热")).containsExactly(SymptomStatus.ABSENT);
        // never said present in this illness: a plain denial
        assertThat(statuses(structure("医生：发烧吗？", "患者：现在不烧").value(), "发热")).containsExactly(SymptomStatus.ABSENT);
        // back after the stop: present now
        assertThat(statuses(structure("医生：怎么了？", "患者：昨天发烧，早上退了，下午又烧起来了").value(), "发热"))
                .containsExactly(SymptomStatus.PRESENT);
    }

    @Test
    void theExportAndTheReviewPageCarryTheStatus() {
        Transcript t = Transcript.parse("医生：孩子怎么了？\n患者：昨天吐了两次，今天没吐");
        Result<OutpatientRecord> r = assistant.structure(t);
        String json = RecordJson.write(r);
        assertThat(json).contains("\"RESOLVED\"").contains("\"schemaMinorVersion\" : 3");
        assertThat(OutpatientRecordPage.builder(r, t).build().html()).contains("曾有，现已消失").contains("status-resolved");
    }
}
