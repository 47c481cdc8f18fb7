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

    @Test
    void questionWordsAndComplementsTheDictionaryJoinedAreTakenApart() {
        assertThat(KeyTerms.of("谁负责责令改正？", AnswerLexicon.standard())).extracting(KeyTerms.Term::text)
                .containsExactly("负责", "责令", "改正");
        assertThat(KeyTerms.of("餐厨垃圾应该运到哪里处置？", AnswerLexicon.standard())).extracting(KeyTerms.Term::text)
                .containsExactly("餐厨", "垃圾", "运", "处置");
        assertThat(KeyTerms.of("财政补贴有多少？", AnswerLexicon.standard())).extracting(KeyTerms.Term::text)
                .containsExactly("财政", "补贴");
    }

    @Test
    void theSegmenterCutsByWordFrequencyAndKeepsNumbersAndLatinWhole() {
        assertThat(Segmenter.standard().tokens("个人未按规定投放ABC垃圾，处200.5元罚款")).extracting(KeyTerms.Token::text)
                .containsExactly("个人", "未", "按", "规定", "投放", "ABC", "垃圾", "处", "200.5", "元", "罚款");
        // official-writing n-grams (期为, 期内) are not in the list: they would cut 等待期 apart
        assertThat(Segmenter.standard().tokens("等待期为30天")).extracting(KeyTerms.Token::text)
                .containsExactly("等待", "期", "为", "30", "天");
    }
}
