package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Diagnosis;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosisExtractorTest {
    private final DiagnosisExtractor x = new DiagnosisExtractor(Fixture.CUES, Fixture.LEXICONS);

    private List<String> diagnoses(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(Grounded::value).map(Diagnosis::display).toList();
    }

    @Test
    void readsTheDoctorsImpression() {
        assertThat(diagnoses("医生：考虑是急性扁桃体炎。")).containsExactly("急性扁桃体炎");
        assertThat(diagnoses("医生：可能是胃食管反流。")).containsExactly("胃食管反流病？");
        assertThat(diagnoses("医生：你这就是感冒了。")).containsExactly("急性上呼吸道感染");
        assertThat(diagnoses("医生：急性胃肠炎，给你开蒙脱石散。")).containsExactly("急性胃肠炎");
        assertThat(diagnoses("医生：左耳急性中耳炎，吃阿莫西林。")).containsExactly("急性中耳炎");
        assertThat(diagnoses("医生：没什么大问题，是鼻出血。")).containsExactly("鼻出血");
    }

    @Test
    void ruledOutAskedAndPatientNamedDiseasesAreNoDiagnosis() {
        assertThat(diagnoses("医生：不像阑尾炎。")).isEmpty();
        assertThat(diagnoses("医生：考虑毛细支气管炎，也要警惕哮喘。")).containsExactly("毛细支气管炎");
        assertThat(diagnoses("医生：以前有没有高血压？")).isEmpty();
        assertThat(diagnoses("患者：我是不是胃炎？")).isEmpty();
        assertThat(diagnoses("医生：你这个高血压控制得不错。")).isEmpty();
    }
}
