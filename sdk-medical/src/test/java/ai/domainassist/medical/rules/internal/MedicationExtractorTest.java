package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.model.Medication.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedicationExtractorTest {
    private final MedicationExtractor x = new MedicationExtractor(Fixture.CUES);

    private List<Medication> meds(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(Grounded::value).toList();
    }

    @Test
    void readsAPrescriptionWithDoseAndFrequency() {
        Medication m = meds("医生：给你开阿莫西林，一次两粒，一天三次，饭后吃。").get(0);
        assertThat(m.name()).isEqualTo("阿莫西林");
        assertThat(m.drugClass()).isEqualTo("青霉素类抗菌药");
        assertThat(m.dose()).isEqualTo("2粒");
        assertThat(m.frequency()).isEqualTo("每日3次，餐后");
        assertThat(m.status()).isEqualTo(Status.PRESCRIBED);
        assertThat(meds("医生：体温超过38.5度吃美林，每次5毫升。").get(0))
                .extracting(Medication::name, Medication::dose, Medication::frequency).containsExactly("布洛芬", "5ml", "必要时");
    }

    @Test
    void tellsMedicinesTakenBeforeFromLongTermOnes() {
        assertThat(meds("患者：自己吃了两次布洛芬。")).extracting(Medication::status).containsExactly(Status.TAKEN_BEFORE_VISIT);
        assertThat(meds("患者：高血压十年了，一直吃氨氯地平。")).extracting(Medication::status).containsExactly(Status.LONG_TERM);
        assertThat(meds("医生：现在吃什么药？", "患者：缬沙坦。")).extracting(Medication::status).containsExactly(Status.LONG_TERM);
        assertThat(meds("患者：吃了消炎药。").get(0).name()).isEqualTo("抗菌药物");
    }

    @Test
    void negatedRequestedAndAllergyMentionsAreNoMedication() {
        assertThat(meds("患者：没吃药。")).isEmpty();
        assertThat(meds("医生：不用吃消炎药。")).isEmpty();
        assertThat(meds("患者：来开降压药。")).isEmpty();
        assertThat(meds("患者：青霉素过敏。")).isEmpty();
        assertThat(meds("医生：吃过布洛芬吗？")).isEmpty();
    }

    @Test
    void aClassWordAndTheNamedDrugAreOneMedicine() {
        assertThat(meds("患者：吃了头孢也不见好。", "医生：什么头孢？", "患者：吃了头孢克肟。")).extracting(Medication::name)
                .containsExactly("头孢克肟");
    }
}
