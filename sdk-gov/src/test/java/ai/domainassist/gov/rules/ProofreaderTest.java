package ai.domainassist.gov.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Origin;
import ai.domainassist.gov.model.ProofreadSuggestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProofreaderTest {

    @Test
    void proposesCorrectionsWithPositionsAndNeverChangesTheText() {
        String text = "为认真贯撤落实党中央关于安全生产工作的决策部署，现就有关事项通知如下：";
        List<ProofreadSuggestion> s = Proofreader.standard().check(text);
        assertThat(s).hasSize(1);
        ProofreadSuggestion x = s.get(0);
        assertThat(text.substring(x.start(), x.end())).isEqualTo("撤").isEqualTo(x.original());
        assertThat(x.suggestion()).isEqualTo("彻");
        assertThat(x.origin()).isEqualTo(Origin.RULES);
    }

    @Test
    void wrongWordFormsFromTheWordList() {
        List<ProofreadSuggestion> s = Proofreader.standard().check("各单位要再接再砺，做好工作。");
        assertThat(s).extracting(ProofreadSuggestion::original, ProofreadSuggestion::suggestion)
                .contains(org.assertj.core.groups.Tuple.tuple("再接再砺", "再接再厉"));
    }

    @Test
    void leavesACorrectSentenceAlone() {
        assertThat(Proofreader.standard().check("国家鼓励、支持、引导非公有制经济发展，激发非公有制经济活力和创造力。")).isEmpty();
    }

    @Test
    void callerWordPairsTakePrecedence() {
        Proofreader p = Proofreader.standard().withWordPairs(Map.of("京津翼", "京津冀"));
        assertThat(p.check("推进京津翼协同发展")).extracting(ProofreadSuggestion::suggestion).containsExactly("京津冀");
    }

    @Test
    void medicalTextKeepsItsTerms() {
        String text = "你好，根据你的描述，考虑是尖锐湿疣，建议去正规医院皮肤科做醋酸白试验。";
        assertThat(Proofreader.standard().detect(text)).isEqualTo(TextDomain.MEDICAL);
        assertThat(Proofreader.standard().check(text)).isEmpty();
        assertThat(Proofreader.standard().check(text, TextDomain.MEDICAL)).isEmpty();
        // proofread as official prose, the official-document model rewrites the medical term
        assertThat(Proofreader.standard().check(text, TextDomain.OFFICIAL)).isNotEmpty();
    }

    @Test
    void officialAndLegalTextAreToldApart() {
        assertThat(Proofreader.standard().detect("为认真贯彻落实党中央关于安全生产工作的决策部署，现就有关事项通知如下："))
                .isEqualTo(TextDomain.OFFICIAL);
        assertThat(Proofreader.standard().detect("违反本法第十二条规定的，由人民法院依法判处拘役或者有期徒刑。"))
                .isEqualTo(TextDomain.LEGAL);
    }

    @Test
    void legalTermsAreNeverRewritten() {
        // 折抵 is rewritten to 体制 by the official-document model alone
        String text = "判决执行以前先行羁押的，羁押一日折抵刑期一日。";
        assertThat(Proofreader.standard().check(text, TextDomain.OFFICIAL)).isEmpty();
    }

    @Test
    void contextRulesFindRealWordConfusions() {
        List<ProofreadSuggestion> s = Proofreader.standard().check("截止2023年底，全市共建成充电桩1.2万个。");
        assertThat(s).extracting(ProofreadSuggestion::start, ProofreadSuggestion::original, ProofreadSuggestion::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "止", "至"));
        assertThat(s.get(0).reason()).contains("截至");
        assertThat(Proofreader.standard().check("申报工作于4月30日截止。")).isEmpty();
    }

    @Test
    void generalTextGetsOnlyWordFormsAndSafeRules() {
        // the statistical corrector would change 撤 to 彻; general text gets only what is safe anywhere
        assertThat(Proofreader.standard().check("为认真贯撤落实决策部署", TextDomain.GENERAL)).isEmpty();
        assertThat(Proofreader.standard().check("各单位要再接再砺，截止目前已完成任务。", TextDomain.GENERAL))
                .extracting(ProofreadSuggestion::suggestion).containsExactly("再接再厉", "至");
    }
}
