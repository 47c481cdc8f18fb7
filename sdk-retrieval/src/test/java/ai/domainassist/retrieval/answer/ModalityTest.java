package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModalityTest {
    private static Modality.Kind kindOf(String text, String word) {
        AnswerLexicon lex = AnswerLexicon.standard();
        int at = text.indexOf(word);
        List<Modality.Governed> g = Modality.of(text, KeyTerms.tokens(text, lex), lex);
        return g.stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElseThrow().kind();
    }

    @Test
    void markersGovernTheirClause() {
        assertThat(kindOf("申请人应当提交身份证明", "提交")).isEqualTo(Modality.Kind.OBLIGED);
        assertThat(kindOf("申请人无需提交材料", "提交")).isEqualTo(Modality.Kind.NOT_REQUIRED);
        assertThat(kindOf("任何单位不得擅自设置泊位", "设置")).isEqualTo(Modality.Kind.FORBIDDEN);
        assertThat(kindOf("申请人可以提交材料", "提交")).isEqualTo(Modality.Kind.PERMITTED);
        assertThat(kindOf("应当提交材料，受理机关办结", "办结")).as("a comma ends the clause").isEqualTo(Modality.Kind.POSITIVE);
    }

    @Test
    void aNegationGovernsItsVerbAndTurnsAModalRound() {
        assertThat(kindOf("个人未按规定分类投放生活垃圾的", "投放")).isEqualTo(Modality.Kind.NEGATED);
        assertThat(kindOf("个人未按规定分类投放生活垃圾的", "生活")).isEqualTo(Modality.Kind.POSITIVE);
        assertThat(kindOf("投保人不能变更保障计划", "变更")).isEqualTo(Modality.Kind.FORBIDDEN);
        assertThat(kindOf("服务费不超过0.8元", "超过")).isEqualTo(Modality.Kind.POSITIVE);
    }

    @Test
    void statementsAgreeUnlessTheyContradict() {
        assertThat(Modality.agree(Modality.Kind.POSITIVE, Modality.Kind.OBLIGED)).isTrue();
        assertThat(Modality.agree(Modality.Kind.NOT_REQUIRED, Modality.Kind.OBLIGED)).isFalse();
        assertThat(Modality.agree(Modality.Kind.PERMITTED, Modality.Kind.FORBIDDEN)).isFalse();
        assertThat(Modality.agree(Modality.Kind.POSITIVE, Modality.Kind.NEGATED)).isFalse();
        assertThat(Modality.agree(Modality.Kind.NEGATED, Modality.Kind.FORBIDDEN)).isTrue();
    }
}
