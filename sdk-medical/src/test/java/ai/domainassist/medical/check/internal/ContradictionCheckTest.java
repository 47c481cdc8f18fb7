package ai.domainassist.medical.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.internal.RuleEngineAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContradictionCheckTest {
    private final ContradictionCheck check = new ContradictionCheck();

    private List<String> conflicts(String... lines) {
        Transcript t = Transcript.parse(String.join("\n", lines));
        OutpatientRecord r = RuleEngineAccess.structure(TermLexicon.defaults(), t);
        return check.check(r, t).stream().filter(f -> f.kind() == ReviewFlag.Kind.CONFLICT).map(ReviewFlag::message).toList();
    }

    @Test
    void aSymptomBothPresentAndAbsent() {
        assertThat(conflicts("医生：发烧吗？", "患者：不发烧。", "患者：昨晚烧到三十八度五。"))
                .contains("“发热”在对话中既被述有又被否认，请核实");
        assertThat(conflicts("患者：我咳嗽三天了。")).isEmpty();
    }

    @Test
    void aMeasuredFeverWithFeverDenied() {
        assertThat(conflicts("患者：不发烧。", "医生：体温38.6度。")).containsExactly("体温38.6℃，但记录为无发热，请核实");
    }

    @Test
    void anAllergySaidButDeniedInTheAllergyHistory() {
        Transcript t = Transcript.parse("患者：青霉素过敏。");
        Evidence ev = new Evidence("u1", 0, 3, "青霉素");
        OutpatientRecord r = OutpatientRecord.builder()
                .allergies(List.of(Grounded.byRules(new Allergy("青霉素", Allergy.Kind.DRUG, "", true), ev)))
                .section(Section.ALLERGY_HISTORY, Grounded.byModel("否认药物过敏史。", List.of(), 0.8)).build();
        assertThat(check.check(r, t)).extracting(ReviewFlag::message)
                .containsExactly("对话中提到“青霉素”过敏，但过敏史写为否认/无");
        assertThat(conflicts("医生：有没有药物过敏？", "患者：没有。", "患者：哦对了，头孢过敏。"))
                .containsExactly("对话中既述“头孢菌素”过敏，又否认药物过敏，请核实");
    }

    @Test
    void aPersonalOrFamilyHistoryThatDeniesWhatWasSaid() {
        Transcript t = Transcript.parse("医生：抽烟吗？\n患者：抽，一天一包。\n医生：家里有人有高血压吗？\n患者：我爸有高血压。");
        OutpatientRecord rules = RuleEngineAccess.structure(TermLexicon.defaults(), t);
        assertThat(check.check(rules, t)).isEmpty();
        OutpatientRecord model = rules.toBuilder()
                .section(Section.PERSONAL_HISTORY, Grounded.byModel("否认吸烟、饮酒史。", List.of(), 0.9))
                .section(Section.FAMILY_HISTORY, Grounded.byModel("否认家族遗传病史。", List.of(), 0.9)).build();
        assertThat(check.check(model, t)).extracting(ReviewFlag::message).containsExactly(
                "个人史写为否认吸烟，但对话中患者述有", "家族史写为否认，但对话中提到父亲有“高血压病”");
        assertThat(conflicts("医生：抽烟吗？", "患者：不抽。")).isEmpty();
    }
}
