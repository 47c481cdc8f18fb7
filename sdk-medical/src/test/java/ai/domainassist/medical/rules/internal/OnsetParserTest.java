package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.model.Onset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnsetParserTest {
    private final OnsetParser p = new OnsetParser();

    @ParameterizedTest
    @CsvSource({"三天,3天", "3天,3天", "一周,1周", "一个礼拜,1周", "半个多月,半月余", "两年余,2年余", "一年多,1年余",
        "十来天,10余天", "二十多年,20余年", "两三天,2-3天", "3-4天,3-4天", "一个半月,1个半月", "几天,数天", "好几年,数年",
        "两个多月,2月余", "两个月,2个月", "半天,半天", "两个小时,2小时", "昨晚,1天", "今天早上,半天", "十几天,10余天"})
    void normalisesSpokenDurations(String said, String normalized) {
        List<OnsetParser.Found> found = p.find(said, 0, said.length());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).onset().normalized()).isEqualTo(normalized);
        assertThat(p.parse(said)).map(Onset::normalized).contains(normalized);
    }

    @Test
    void findsOnsetsInSpeechWithTheirSpans() {
        String s = "我这咳嗽三天了，昨晚开始有点发烧";
        List<OnsetParser.Found> f = p.find(s, 0, s.length());
        assertThat(f).extracting(x -> s.substring(x.start(), x.end())).containsExactly("三天", "昨晚");
        assertThat(f.get(1).relative()).isTrue();
        assertThat(f.get(0).onset().days()).isEqualTo(3.0);
    }

    @Test
    void frequenciesAgesAndCoursesAreNotDurations() {
        assertThat(all("一天三次")).isEmpty();
        assertThat(all("三四天才解一次大便")).isEmpty();
        assertThat(all("宝宝3个月大")).isEmpty();
        assertThat(all("这孩子两个多月，这几天吐奶")).extracting(f -> f.onset().normalized()).containsExactly("数天");
        assertThat(all("孩子半个多月了一直咳")).extracting(f -> f.onset().normalized()).containsExactly("半月余");
        assertThat(all("每天吃")).isEmpty();
        assertThat(all("一晚上起来三四次")).isEmpty();
        assertThat(all("一天到晚想喝水")).isEmpty();
    }

    @Test
    void moreThanHalfIsWrittenWithYu() {
        assertThat(all("有大半年了")).extracting(f -> f.onset().normalized()).containsExactly("半年余");
        assertThat(all("有大半年了")).extracting(f -> f.start()).containsExactly(1);
        assertThat(all("小半年了")).extracting(f -> f.onset().normalized()).containsExactly("半年");
    }

    private List<OnsetParser.Found> all(String s) {
        return p.find(s, 0, s.length());
    }

    @Test
    void rejectsTextThatIsNoDuration() {
        assertThat(p.parse("咳嗽")).isEmpty();
        assertThat(p.parse("")).isEmpty();
    }
}
