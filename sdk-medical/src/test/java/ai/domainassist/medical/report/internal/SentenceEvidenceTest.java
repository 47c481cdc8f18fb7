package ai.domainassist.medical.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEvidenceTest {
    private static final String U2 = "我咳嗽三天了，昨天晚上开始发烧，吃了布洛芬。";
    private static final String U8 = "嗓子有点疼，胸闷倒没有。";
    private static final String U18 = "多喝水。如果持续高烧要马上来急诊，三天后来复诊。";

    private static Evidence at(String id, String text, String quote) {
        int i = text.indexOf(quote);
        return Evidence.of(id, text, i, i + quote.length());
    }

    @Test
    void theProseIsCutAfterEverySentenceAndPlanItem() {
        assertThat(SentenceEvidence.split("1. 阿奇霉素 1片 每日1次；2. 氨溴索；3. 多喝水。三天后复诊。"))
                .containsExactly("1. 阿奇霉素 1片 每日1次；", "2. 氨溴索；", "3. 多喝水。", "三天后复诊。");
        assertThat(SentenceEvidence.split("既往体健。")).containsExactly("既往体健。");
        assertThat(SentenceEvidence.split("咳嗽3天，发热1天")).containsExactly("咳嗽3天，发热1天");
    }

    @Test
    void aSpanGoesToTheSentenceThatWritesWhatItsItemSays() {
        Evidence fever = at("u2", U2, "发烧");
        Evidence ibuprofen = at("u2", U2, "布洛芬");
        Evidence chest = at("u8", U8, "胸闷");
        String text = "患者1天前出现发热，伴咽痛。自服“布洛芬”。无胸闷。";
        SentenceEvidence.Placed p = SentenceEvidence.place(text, List.of(fever, ibuprofen, chest), List.of(
                new SentenceEvidence.ItemWords(List.of(fever), List.of("发热", "发烧"), false),
                new SentenceEvidence.ItemWords(List.of(ibuprofen), List.of("布洛芬"), false),
                new SentenceEvidence.ItemWords(List.of(chest), List.of("胸闷"), true)));
        assertThat(p.sentences()).extracting(SentenceEvidence.Sentence::evidence)
                .containsExactly(List.of(fever), List.of(ibuprofen), List.of(chest));
        assertThat(p.rest()).isEmpty();
    }

    @Test
    void aDeniedItemGoesToTheSentenceThatDeniesIt() {
        Evidence cough = at("u2", U2, "咳嗽");
        Evidence denied = new Evidence("u6", 10, 11, "咳");
        String text = "患者3天前出现咳嗽。无咳嗽、胸闷。";
        SentenceEvidence.Placed p = SentenceEvidence.place(text, List.of(cough, denied), List.of(
                new SentenceEvidence.ItemWords(List.of(cough), List.of("咳嗽"), false),
                new SentenceEvidence.ItemWords(List.of(denied), List.of("咳嗽", "咳"), true)));
        assertThat(p.sentences().get(0).evidence()).containsExactly(cough);
        assertThat(p.sentences().get(1).evidence()).containsExactly(denied);
    }

    @Test
    void aSpanNoItemClaimsGoesByItsQuoteAndOneOverSeveralSentencesToEach() {
        Evidence water = at("u18", U18, "多喝水");
        Evidence advice = at("u18", U18, "如果持续高烧要马上来急诊，三天后来复诊");
        Evidence stray = new Evidence("u1", 0, 2, "您好");
        String text = "1. 多喝水；2. 如果持续高烧要马上来急诊，三天后来复诊。";
        SentenceEvidence.Placed p = SentenceEvidence.place(text, List.of(water, advice, stray), List.of());
        assertThat(p.sentences().get(0).evidence()).containsExactly(water);
        assertThat(p.sentences().get(1).evidence()).containsExactly(advice);
        assertThat(p.rest()).as("never dropped").containsExactly(stray);

        SentenceEvidence.Placed split = SentenceEvidence.place("如果持续高烧要马上来急诊。三天后来复诊。", List.of(advice), List.of());
        assertThat(split.sentences()).allSatisfy(s -> assertThat(s.evidence()).containsExactly(advice));
    }

    @Test
    void aSectionOfOneSentenceRestsOnAllItsEvidence() {
        Evidence question = new Evidence("u11", 0, 7, "对什么过敏吗？");
        Evidence denial = new Evidence("u12", 0, 4, "没有过敏");
        SentenceEvidence.Placed p = SentenceEvidence.place("否认过敏史。", List.of(question, denial), List.of());
        assertThat(p.sentences()).singleElement().satisfies(s -> assertThat(s.evidence()).containsExactly(question, denial));
        assertThat(p.rest()).isEmpty();
    }
}
