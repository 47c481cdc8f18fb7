package ai.domainassist.gov.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionIndexTest {

    @Test
    void findsTheCharactersThatCompleteAWord() {
        CompletionIndex ix = new CompletionIndex(List.of("数据", "数字", "大数据", "的"));
        char[] s = "发展大数局产业".toCharArray();
        int p = ix.find(s, 3, 5, 4); // 数?
        assertThat(p).isNotNegative();
        StringBuilder sb = new StringBuilder();
        for (int i = ix.start(p); i < ix.end(p); i++) {
            sb.append(ix.at(i));
        }
        assertThat(sb.toString()).isEqualTo("字据");
        assertThat(ix.completes(p, '据')).isTrue();
        assertThat(ix.completes(p, '局')).isFalse();
        assertThat(ix.find(s, 2, 5, 4)).isNotNegative(); // 大数?
        assertThat(ix.find(s, 4, 6, 4)).isNegative(); // ?产
    }

    @Test
    void wordFrequenciesPackUpToFourCharacters() {
        WordFrequencies f = new WordFrequencies(List.of("数据", "大数据", "数"), new int[] {100, 10, 1000});
        assertThat(f.get("大数据产业", 0, 3)).isEqualTo(10);
        assertThat(f.get("数据", 0, 2)).isEqualTo(100);
        assertThat(f.get("数局", 0, 2)).isZero();
        assertThat(f.total()).isEqualTo(1110);
        assertThat(f.logProbability(WordFrequencies.key("数", 0, 1))).isEqualTo((float) Math.log(1000.0 / 1110));
    }
}
