package ai.domainassist.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void foldsWidthSpacesPunctuationAndCase() {
        NormalizedText t = NormalizedText.of("患者 发热，体温３９．５℃。ABC");
        assertThat(t.folded()).isEqualTo("患者发热体温395℃abc");
    }

    @Test
    void findMapsBackToTheExactOriginalSpan() {
        String source = "主诉：咳嗽、 咳痰  3天，伴发热。";
        NormalizedText t = NormalizedText.of(source);
        int[] span = t.find("咳嗽咳痰３天", NormalizedText.ALL, 0);
        assertThat(span).isNotNull();
        assertThat(source.substring(span[0], span[1])).isEqualTo("咳嗽、 咳痰  3天");
    }

    @Test
    void findReturnsNullWhenAbsentOrEmpty() {
        NormalizedText t = NormalizedText.of("无药物过敏史");
        assertThat(t.find("青霉素过敏", NormalizedText.ALL, 0)).isNull();
        assertThat(t.find("，。 ", NormalizedText.ALL, 0)).isNull();
    }

    @Test
    void findHonoursTheStartOffset() {
        String source = "发热。发热。";
        NormalizedText t = NormalizedText.of(source, EnumSet.of(NormalizedText.Fold.WIDTH));
        assertThat(t.find("发热", EnumSet.of(NormalizedText.Fold.WIDTH), 1)).containsExactly(3, 5);
    }

    @Test
    void widthFoldKeepsLength() {
        assertThat(Width.toHalf("ＡＢＣ１２３，　￥")).isEqualTo("ABC123, \u00A5");
        assertThat(Width.isFullWidthPunctuation('，')).isTrue();
        assertThat(Width.isFullWidthPunctuation(',')).isFalse();
        assertThat(Width.isFullWidthPunctuation('Ａ')).isFalse();
        assertThat(Width.isHan('中')).isTrue();
        assertThat(Width.isHan('A')).isFalse();
    }

    @Test
    void variantsFoldMatchesTraditionalAgainstSimplifiedKeepingOffsets() {
        String source = "患者因體溫升高到醫院就診，診斷為上呼吸道感染。";
        NormalizedText t = NormalizedText.of(source);
        assertThat(t.folded()).isEqualTo("患者因体温升高到医院就诊诊断为上呼吸道感染");
        int[] span = t.find("体温升高到医院", NormalizedText.ALL, 0);
        assertThat(source.substring(span[0], span[1])).isEqualTo("體溫升高到醫院");
        NormalizedText noVariants = NormalizedText.of(source, EnumSet.of(NormalizedText.Fold.WIDTH));
        assertThat(noVariants.find("体温", EnumSet.of(NormalizedText.Fold.WIDTH), 0)).isNull();
    }
}
