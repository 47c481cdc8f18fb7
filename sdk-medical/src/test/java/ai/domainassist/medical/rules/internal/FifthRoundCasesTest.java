package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fifth round of issue 12 (recall on real consultations), each case with sentences written for this test,
 * not taken from any data set.
 */
class FifthRoundCasesTest {
    private static Optional<Symptom> symptom(OutpatientRecord r, String term) {
        return r.symptoms().stream().map(Grounded::value).filter(s -> s.term().equals(term)).findFirst();
    }

    private static SymptomStatus status(OutpatientRecord r, String term) {
        return symptom(r, term).map(Symptom::status).orElse(null);
    }

    private static Diagnosis.Certainty diagnosis(OutpatientRecord r, String term) {
        return r.diagnoses().stream().map(Grounded::value).filter(d -> d.term().equals(term)).map(Diagnosis::certainty)
                .findFirst().orElse(null);
    }

    @Test
    void aDoctorsSentenceThatIsOnlyTheSymptomDescribesWhatHeSees() {
        OutpatientRecord seen = Fixture.record("患者：孩子咳嗽两天，您听听这段录音", "医生：呼吸急促。", "医生：要去医院拍个胸片");
        assertThat(status(seen, "气促")).isEqualTo(SymptomStatus.PRESENT);
        assertThat(symptom(seen, "气促").orElseThrow().attribution()).isEqualTo(Attribution.STATED_BY_DOCTOR);
        // the same words asked are a question; in a longer sentence of advice they are no description
        assertThat(status(Fixture.record("患者：孩子咳嗽两天，您听听这段录音", "医生：呼吸急促吗？"), "气促")).isNull();
        assertThat(status(Fixture.record("患者：孩子咳嗽两天", "医生：多喝水，夜里出现呼吸急促就马上去医院"), "气促")).isNull();
    }

    @Test
    void whatTheTestsShowOrASignMeansIsTheDoctorsDiagnosis() {
        OutpatientRecord shown = Fixture.record("患者：这是今天做的血常规", "医生：白细胞和中性粒细胞都高，提示细菌感染，需要吃抗生素");
        assertThat(diagnosis(shown, "细菌感染")).isEqualTo(Diagnosis.Certainty.CONFIRMED);
        OutpatientRecord means = Fixture.record("患者：孩子流黄鼻涕两天了", "医生：黄鼻涕说明有细菌感染");
        assertThat(diagnosis(means, "细菌感染")).isEqualTo(Diagnosis.Certainty.CONFIRMED);
        // a condition: none
        assertThat(diagnosis(Fixture.record("患者：这是今天做的血常规", "医生：如果化验提示细菌感染，就要吃抗生素"), "细菌感染")).isNull();
    }

    @Test
    void aWhyQuestionOfThePatientsSideTakesTheSymptomForGranted() {
        assertThat(status(Fixture.record("患者：医生您好，孩子一岁两个月", "患者：为什么他一躺下就咳嗽呢？"), "咳嗽")).isEqualTo(SymptomStatus.PRESENT);
        // asking whether it will come is no report of it
        assertThat(status(Fixture.record("患者：医生您好，孩子一岁两个月", "患者：吃这个药会不会咳嗽？"), "咳嗽")).isNull();
        assertThat(status(Fixture.record("患者：医生您好，孩子一岁两个月", "患者：为什么不咳嗽了还要吃药？"), "咳嗽")).isNotEqualTo(SymptomStatus.PRESENT);
    }
}
