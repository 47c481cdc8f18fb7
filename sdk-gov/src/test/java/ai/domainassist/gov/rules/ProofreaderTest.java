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
}
