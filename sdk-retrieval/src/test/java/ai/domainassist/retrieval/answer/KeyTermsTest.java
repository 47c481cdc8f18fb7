package ai.domainassist.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class KeyTermsTest {
    private static AnswerLexicon lexicon(String entries) throws Exception {
        return AnswerLexicon.standard().with(AnswerLexicon.read(new StringReader(entries), "test"));
    }

    @Test
    void keyTermsLeaveOutQuestionWordsAndJoinCharactersTheDictionaryDidNotKnow() throws Exception {
        assertThat(KeyTerms.of("餐厨垃圾每天至少收运几次？", AnswerLexicon.standard())).extracting(KeyTerms.Term::text)
                .containsExactly("餐厨", "垃圾", "每天", "至少", "收运");
        assertThat(KeyTerms.of("垃圾收运可以混装混运吗？", AnswerLexicon.standard())).extracting(KeyTerms.Term::text)
                .containsExactly("垃圾", "收运", "混装", "混运");
    }

    @Test
    void wordsTheLexiconKnowsAreReadAsOneTerm() throws Exception {
        AnswerLexicon lex = lexicon("synonym\t充电桩\t充电设施\nsynonym\t楼道\t疏散走道,楼梯间\n");
        assertThat(KeyTerms.of("小区里电动车充电桩收费有标准吗？", lex)).extracting(KeyTerms.Term::text).contains("充电桩");
        assertThat(Coverage.of("楼道", KeyTerms.fold("严禁在建筑物的公共门厅、疏散走道、楼梯间停放"), lex)).isEqualTo(1.0);
        assertThat(Coverage.of("充电桩", KeyTerms.fold("集中充电设施充电服务费"), lex)).isEqualTo(1.0);
    }
}
