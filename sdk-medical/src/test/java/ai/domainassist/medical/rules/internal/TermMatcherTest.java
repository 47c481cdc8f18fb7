package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.TermLexicon.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
    private static final TermMatcher M = TermMatcher.of(List.of(
            e("头晕"), e("头…疼"), e("肚子…疼"), e("腰突", Category.DISEASE), e("腰…疼"), e("嗓子疼"), e("疼得睡不着", Category.IGNORE),
            e("感冒", Category.DISEASE), e("感冒药", Category.DRUG_CLASS), e("CT", Category.EXAM),
            e("尿…多"), e("尿得次数多")));

    private static Entry e(String s) {
        return e(s, Category.SYMPTOM);
    }

    private static Entry e(String s, Category c) {
        return new Entry(s, "x", c, "通用", "");
    }

    private static List<String> find(String text) {
        String f = TermMatcher.fold(text);
        return M.find(f, 0, f.length()).stream().map(m -> f.substring(m.start(), m.end())).toList();
    }

    @Test
    void takesTheLongestMatchFromTheLeft() {
        assertThat(find("吃了感冒药")).containsExactly("感冒药");
        assertThat(find("嗓子疼，头晕")).containsExactly("嗓子疼", "头晕");
    }

    @Test
    void bridgesAGapOfUpToThreeCharactersWithinAClause() {
        TermMatcher.Match m = M.find("肚子有点疼", 0, 5).get(0);
        assertThat(m.hasGap()).isTrue();
        assertThat(m.gapStart()).isEqualTo(2);
        assertThat(m.gapEnd()).isEqualTo(4);
        assertThat(find("肚子不疼")).containsExactly("肚子不疼");
        assertThat(find("肚子一直都不疼")).isEmpty();
        assertThat(find("肚子，疼")).isEmpty();
    }

    @Test
    void mannerAndFrequencyWordsAreBridgedOnTopOfTheGap() {
        assertThat(find("肚子一阵一阵的疼")).containsExactly("肚子一阵一阵的疼");
        assertThat(find("肚子一阵阵地绞着疼")).containsExactly("肚子一阵阵地绞着疼");
        assertThat(find("头一跳一跳地疼")).containsExactly("头一跳一跳地疼");
        TermMatcher.Match m = M.find("肚子一阵一阵的不疼", 0, 9).get(0);
        assertThat(m.gapEnd()).isEqualTo(8); // the negation stays inside the gap for the assertion rules
        assertThat(find("肚子一阵一阵的，疼")).isEmpty();
        assertThat(find("肚子一阵一阵的老是很难受疼")).isEmpty();
    }

    @Test
    void anExactSurfaceBeatsAGapEntryOverTheSameSpan() {
        TermMatcher.Match m = M.find("尿得次数多", 0, 5).get(0);
        assertThat(m.end()).isEqualTo(5);
        assertThat(m.hasGap()).isFalse();
        assertThat(M.find("尿得特别多", 0, 5).get(0).hasGap()).isTrue();
    }

    @Test
    void aGapNeverSwallowsAWholeTermOfTheSameKind() {
        assertThat(find("头晕头疼")).containsExactly("头晕", "头疼");
        assertThat(find("腰突然疼")).containsExactly("腰突然疼");
    }

    @Test
    void foldsWidthAndCaseKeepingOffsets() {
        assertThat(TermMatcher.fold("ｃｔ正常")).isEqualTo("CT正常");
        assertThat(find("拍个ｃｔ")).containsExactly("CT");
    }
}
