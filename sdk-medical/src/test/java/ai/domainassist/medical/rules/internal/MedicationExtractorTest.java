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

    @Test
    void whatTheDoctorDeniesAsksOrTeachesIsNoPrescription() {
        // denied before or after the medicine
        assertThat(meds("医生：孩子现在不发烧，不需要用退烧药。")).isEmpty();
        assertThat(meds("医生：抗生素就没有必要吃了。")).isEmpty();
        assertThat(meds("医生：阿莫西林可以不用吃了，继续吃妈咪爱。")).extracting(Medication::name)
                .containsExactly("枯草杆菌二联活菌");
        // a denial of stopping is going on with it; a denial of something else is no denial of the medicine
        assertThat(meds("医生：钙片先别吃了，伊可新不能断。")).extracting(Medication::name, Medication::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("维生素AD", Status.PRESCRIBED));
        assertThat(meds("医生：还没化验的话可以先吃点妈咪爱。")).extracting(Medication::status).containsExactly(Status.PRESCRIBED);
        // asked without a question mark
        assertThat(meds("医生：之前用过阿奇霉素没有")).isEmpty();
        // taught: what is used in general, examples given without giving them
        assertThat(meds("医生：退烧一般应用布洛芬，对乙酰氨基酚。")).isEmpty();
        assertThat(meds("医生：这么大的孩子常用的是妈咪爱。")).isEmpty();
        // ... but teaching the doctor goes on from, or said before the advice, leaves the advice
        assertThat(meds("医生：一般可以口服布洛芬。")).extracting(Medication::status).containsExactly(Status.PRESCRIBED);
        assertThat(meds("医生：可以吃点调理肠胃的药物，比如妈咪爱。")).extracting(Medication::name)
                .containsExactly("枯草杆菌二联活菌");
        assertThat(meds("医生：这是消化不良的表现，先喂点妈咪爱。")).extracting(Medication::status).containsExactly(Status.PRESCRIBED);
    }

    @Test
    void aConditionalPrescriptionIsWrittenIfNeededAndWhatWasGivenBeforeIsNoPrescription() {
        assertThat(meds("医生：要是查出来有细菌感染，需要加用头孢。")).extracting(Medication::status, Medication::frequency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Status.PRESCRIBED, "必要时"));
        // a precaution is no condition
        assertThat(meds("医生：注意预防脱水，同时口服蒙脱石散。")).extracting(Medication::frequency).containsExactly("");
        // given outright once: the condition said later is no 必要时
        assertThat(meds("医生：先吃妈咪爱。", "医生：如果还拉，继续吃妈咪爱。")).extracting(Medication::frequency).containsExactly("");
        // the doctor naming what another doctor gave
        assertThat(meds("医生：面诊医生给孩子开的阿奇霉素是对症的。")).extracting(Medication::status)
                .containsExactly(Status.TAKEN_BEFORE_VISIT);
        assertThat(meds("医生：你给宝宝用了蒙脱石散，可以继续观察。")).extracting(Medication::status)
                .containsExactly(Status.TAKEN_BEFORE_VISIT);
        assertThat(meds("医生：看医生开了消炎药，止咳药，都是对症的。")).extracting(Medication::status)
                .containsExactly(Status.TAKEN_BEFORE_VISIT, Status.TAKEN_BEFORE_VISIT);
    }

    @Test
    void aMedicineForAnIllnessOfDaysTakenNowIsNoLongTermUse() {
        assertThat(meds("医生：现在吃什么药？", "患者：头孢克洛。")).extracting(Medication::status)
                .containsExactly(Status.TAKEN_BEFORE_VISIT);
        assertThat(meds("患者：孩子现在吃着妈咪爱。")).extracting(Medication::status).containsExactly(Status.TAKEN_BEFORE_VISIT);
        assertThat(meds("患者：孩子退烧药一直吃，吃了五天了。")).extracting(Medication::status).containsExactly(Status.TAKEN_BEFORE_VISIT);
        // an adult's painkiller taken all along may be long-term use; a child's is for this fever
        assertThat(meds("患者：腰疼，最近一直吃芬必得。")).extracting(Medication::status).containsExactly(Status.LONG_TERM);
        assertThat(meds("患者：妈咪爱能长期吃吗")).extracting(Medication::status).doesNotContain(Status.LONG_TERM);
        // said to be long-term, or a medicine of another kind taken now or every day
        assertThat(meds("患者：孩子长期服用阿奇霉素。")).extracting(Medication::status).containsExactly(Status.LONG_TERM);
        assertThat(meds("患者：伊可新每天都在吃。")).extracting(Medication::status).containsExactly(Status.LONG_TERM);
    }

    @Test
    void pholcodineIsNoStatin() {
        assertThat(meds("患者：在吃复方福尔可定口服液。")).extracting(Medication::name, Medication::drugClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("福尔可定", "镇咳药"));
    }

    @Test
    void aMedicineLeftToTheDoctorSeenInPersonIsNoPrescription() {
        assertThat(meds("医生：头孢最好在当地医生指导下用。")).isEmpty();
        // left to the doctor in another clause: the medicine given here stays
        assertThat(meds("医生：先吃益生菌观察，有问题在医生指导下调整。")).extracting(Medication::status)
                .containsExactly(Status.PRESCRIBED);
    }
}
