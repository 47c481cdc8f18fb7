package ai.domainassist.medical.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.check.RecordChecks;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.internal.Lexicons;
import ai.domainassist.medical.rules.internal.RuleEngineAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordMergerTest {
    private final RecordMerger merger = new RecordMerger(new Lexicons(TermLexicon.defaults()), RecordChecks.standard());
    private final DraftVerifier verifier = new DraftVerifier();
    private final Transcript t = Transcript.parse("患者：拉肚子两天了，一天五六次。\n医生：发烧吗？\n患者：不发烧。\n医生：急性胃肠炎，吃蒙脱石散。");
    private final OutpatientRecord rules = RuleEngineAccess.structure(TermLexicon.defaults(), t);

    private RecordMerger.Merged merge(Mode mode, RecordDraft d) {
        return merger.merge(mode, rules, d, verifier.verify(d, t), t, RuleEngineAccess.prepare(t));
    }

    private static RecordDraft section(Section s, String text, String... quotes) {
        return new RecordDraft(List.of(new RecordDraft.SectionDraft(s, text, List.of(quotes))), List.of(), List.of());
    }

    @Test
    void aVerifiedSectionReplacesTheRulesOne() {
        RecordMerger.Merged m = merge(Mode.HYBRID, section(Section.PRESENT_ILLNESS, "患者2天前出现腹泻，每日5-6次，无发热。",
                "拉肚子两天了，一天五六次", "不发烧"));
        assertThat(m.record().presentIllness()).map(Grounded::origin).contains(Origin.MODEL);
        assertThat(m.flags()).isEmpty();
    }

    @Test
    void aSectionWithAnUnsupportedTermOrAContradictionIsRejected() {
        RecordMerger.Merged m = merge(Mode.HYBRID, section(Section.PRESENT_ILLNESS, "患者2天前出现腹泻伴呕吐、发热。",
                "拉肚子两天了"));
        assertThat(m.record().presentIllness()).map(Grounded::origin).contains(Origin.RULES);
        assertThat(m.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ReviewFlag.Kind.UNGROUNDED);
            assertThat(f.message()).contains("“呕吐”在对话中没有依据").contains("写为有“发热”，但患者否认");
        });
    }

    @Test
    void aChiefComplaintThatBreaksTheRuleIsRejected() {
        RecordMerger.Merged m = merge(Mode.HYBRID, section(Section.CHIEF_COMPLAINT, "急性胃肠炎", "急性胃肠炎"));
        assertThat(m.record().chiefComplaint()).map(Grounded::value).contains("腹泻2天");
        assertThat(m.flags().get(0).message()).contains("主诉缺少症状持续时间");
    }

    @Test
    void modelSymptomsAreAddedOnlyWhenTheirQuoteSaysWhatTheModelSays() {
        RecordDraft d = new RecordDraft(List.of(), List.of(
                new RecordDraft.SymptomDraft("腹泻", SymptomStatus.PRESENT, "2天", "拉肚子两天了"),
                new RecordDraft.SymptomDraft("乏力", SymptomStatus.PRESENT, "", "一天五六次"),
                new RecordDraft.SymptomDraft("发热", SymptomStatus.PRESENT, "", "不发烧"),
                new RecordDraft.SymptomDraft("腹痛", SymptomStatus.PRESENT, "", "肚子疼")), List.of());
        RecordMerger.Merged m = merge(Mode.HYBRID, d);
        // 腹泻 is the rules' already (not added twice); the quote of 乏力 does not speak of it, that of 发热 denies it
        assertThat(m.record().symptoms()).extracting(g -> g.value().term() + "=" + g.value().status())
                .containsExactly("腹泻=PRESENT", "发热=ABSENT");
        assertThat(m.record().symptoms()).extracting(g -> g.value().term()).containsOnlyOnce("腹泻");
        assertThat(m.flags()).extracting(ReviewFlag::message).containsExactly(
                "模型列出的症状“乏力”：引用中没有说到“乏力”，未采用",
                "模型列出的症状“发热”：引用不支持“发热”（否定），未采用",
                "模型列出的症状“腹痛”在对话中找不到原文，未采用");
        assertThat(m.record().symptoms()).allSatisfy(g -> assertThat(g.origin()).isEqualTo(Origin.RULES));
    }

    @Test
    void modelModeDropsTheSectionsTheModelDidNotWrite() {
        RecordMerger.Merged m = merge(Mode.MODEL, section(Section.CHIEF_COMPLAINT, "腹泻2天", "拉肚子两天了"));
        assertThat(m.record().sections().keySet()).containsExactly(Section.CHIEF_COMPLAINT);
        assertThat(m.record().symptoms()).isEqualTo(rules.symptoms());
    }
}
