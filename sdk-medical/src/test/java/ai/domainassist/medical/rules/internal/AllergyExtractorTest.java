package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Allergy.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllergyExtractorTest {
    private final AllergyExtractor x = new AllergyExtractor(Fixture.CUES, Fixture.LEXICONS);

    private List<Allergy> allergies(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(Grounded::value).toList();
    }

    @Test
    void readsDrugAndFoodAllergiesWithTheReaction() {
        assertThat(allergies("患者：青霉素过敏，起疹子。")).containsExactly(new Allergy("青霉素", Kind.DRUG, "皮疹", true));
        assertThat(allergies("患者：吃海鲜过敏。")).containsExactly(new Allergy("海鲜", Kind.FOOD, "", true));
        assertThat(allergies("医生：以前有过敏吗？", "患者：以前吃虾也起过，别的药物不过敏。"))
                .containsExactly(new Allergy("虾", Kind.FOOD, "", true), new Allergy("药物", Kind.DRUG, "", false));
    }

    @Test
    void readsDenialsStatedOrAnswered() {
        assertThat(allergies("医生：有没有药物过敏？", "患者：没有。")).containsExactly(new Allergy("药物", Kind.DRUG, "", false));
        assertThat(allergies("医生：对什么过敏吗？", "患者：不过敏。")).containsExactly(new Allergy("", Kind.OTHER, "", false));
        assertThat(allergies("患者：我对药物、食物都不过敏。")).containsExactly(new Allergy("药物", Kind.DRUG, "", false),
                new Allergy("食物", Kind.FOOD, "", false));
    }

    @Test
    void aDiseaseNamedAfterAllergyAndRelativesAreNoAllergy() {
        assertThat(allergies("患者：我有过敏性鼻炎。")).isEmpty();
        assertThat(allergies("医生：家里有人过敏吗？", "家属：我有过敏性鼻炎。")).isEmpty();
        assertThat(allergies("患者：我妈对青霉素过敏。")).isEmpty();
    }

    @Test
    void antiAllergyMedicinesAndAProteinAllergyAreReadAsSaid() {
        // 抗过敏的药 is a medicine for an allergy, 过敏性咳嗽 a kind of cough: neither is an allergy to something
        assertThat(allergies("患者：医生给开的抗过敏的药能一直吃吗")).isEmpty();
        assertThat(allergies("患者：会不会是过敏性的药物反应")).isEmpty();
        // an infant's milk-protein allergy is no egg allergy; a bare protein allergy is written as said
        assertThat(allergies("患者：查出来是牛奶蛋白过敏。")).containsExactly(new Allergy("牛奶", Kind.FOOD, "", true));
        assertThat(allergies("患者：孩子是蛋白过敏。")).containsExactly(new Allergy("食物蛋白", Kind.FOOD, "", true));
    }

    @Test
    void theFamilysAllergyQuestionIsNotAnsweredForThePatient() {
        assertThat(allergies("医生：孩子出过湿疹吗？家族中有没有过敏体质的人，比如皮肤过敏？", "家属：没有。")).isEmpty();
        assertThat(allergies("医生：家里的大人有没有过敏的？", "家属：嗯。")).isEmpty();
        assertThat(allergies("医生：宝宝平时容易过敏吗？家族中有没有过敏的人？", "家属：没有。"))
                .containsExactly(new Allergy("", Kind.OTHER, "", false));
    }

    @Test
    void aMedicineNamedInAQuestionIsNoAllergen() {
        assertThat(allergies("医生：头孢过敏吗？", "家属：那还是吃小儿金翘加头孢克肟吗？")).isEmpty();
        assertThat(allergies("医生：以前有过敏吗？", "家属：吃头孢克肟过敏。"))
                .containsExactly(new Allergy("头孢克肟", Kind.DRUG, "", true));
    }

    /** 头孢克肟过敏 and 头孢克肟不过敏 in one dialogue: written once, with the doubt, and both utterances flagged. */
    @Test
    void anAllergenSaidAllergicAndNotAllergicIsWrittenOnceWithTheDoubtAndFlagged() {
        ai.domainassist.core.Result<ai.domainassist.medical.model.OutpatientRecord> r =
                ai.domainassist.medical.MedicalRecordAssistant.builder().build().structure(Fixture.transcript(
                        "家属：孩子咳嗽两天了。", "家属：孩子对头孢克肟过敏。", "家属：哦不对，头孢克肟不过敏。"));
        String text = r.value().section(ai.domainassist.medical.model.Section.ALLERGY_HISTORY)
                .map(Grounded::value).orElse("");
        assertThat(text).isEqualTo("头孢克肟过敏（对话中亦有否认，请核实）。");
        assertThat(r.flags()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ai.domainassist.core.ReviewFlag.Kind.CONFLICT);
            assertThat(f.field()).isEqualTo("allergies");
            assertThat(f.evidence()).extracting(ai.domainassist.core.grounding.Evidence::sourceId).contains("u2", "u3");
        });
    }
}
