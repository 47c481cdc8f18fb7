package ai.domainassist.medical.rules.assertion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.rules.assertion.AssertionTriggers;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new AssertionLayer(AssertionTriggers.defaults()).segmenter();

    private List<String> split(String s) {
        return segmenter.split(s).stream().map(c -> s.substring(c.start(), c.end())).toList();
    }

    @Test
    void splitsAtClausePunctuationButNotAtTheEnumerationComma() {
        String s = "没有发烧、咳嗽，就是头疼。体温38.5度";
        List<Segment> c = segmenter.split(s);
        assertThat(split(s)).containsExactly("没有发烧、咳嗽", "就是头疼", "体温38.5度");
        assertThat(Segmenter.indexOf(c, s.indexOf("头"))).isEqualTo(1);
        assertThat(Segmenter.indexOf(c, s.indexOf("，"))).isEqualTo(-1);
        assertThat(segmenter.split("，。 ")).isEmpty();
    }

    @Test
    void splitsAtSpacesAndLineBreaksBetweenWordsAsPeopleTypeLists() {
        assertThat(split("咳嗽 没有发烧 有痰 流鼻涕")).containsExactly("咳嗽", "没有发烧", "有痰", "流鼻涕");
        assertThat(split("拉肚子\n没吐\r\n精神还行")).containsExactly("拉肚子", "没吐", "精神还行");
        assertThat(split("咳嗽\u3000两天")).containsExactly("咳嗽", "两天");
    }

    @Test
    void aSpaceAfterALeadingWordOrNextToANumberDoesNotSplit() {
        assertThat(split("没有 发烧")).containsExactly("没有 发烧");
        assertThat(split("好像 有点烧")).containsExactly("好像 有点烧");
        assertThat(split("体温 38.5 度")).containsExactly("体温 38.5 度");
        assertThat(split("咳嗽 3天")).containsExactly("咳嗽 3天");
    }

    @Test
    void splitsBeforeTheWordsThatOpenANewStatement() {
        assertThat(split("孩子没发烧然后一直流鼻涕另外晚上咳得厉害")).containsExactly("孩子没发烧", "然后一直流鼻涕", "另外晚上咳得厉害");
        assertThat(split("不咳嗽还有点流鼻涕")).containsExactly("不咳嗽", "还有点流鼻涕");
        // an opener at the start, or right after a word that leads into it, opens nothing
        assertThat(split("然后呢")).containsExactly("然后呢");
        assertThat(split("如果还有咳嗽就来")).containsExactly("如果还有咳嗽就来");
    }
}
