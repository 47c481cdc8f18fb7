package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.rules.internal.Cues.Type;
import org.junit.jupiter.api.Test;

class CuesTest {
    private final Cues cues = Cues.shipped();

    @Test
    void findsTheLongestCueAtEachPosition() {
        assertThat(cues.find("并没有发烧", 0, 5, Type.NEG_PRE)).extracting(Cues.Hit::cue).containsExactly("并没有");
        assertThat(cues.startingAt("没有啊", 0, Type.ANSWER_NO)).isEqualTo("没有");
        assertThat(cues.any("有点疼", 0, 3, Type.SEVERITY)).isTrue();
        assertThat(cues.any("有点疼", 1, 3, Type.SEVERITY)).isFalse();
        assertThat(cues.find("很疼", 0, 2, Type.SEVERITY).get(0).value()).isEqualTo("重度");
        assertThat(cues.value(Type.FREQUENCY, "一阵一阵")).isEqualTo("阵发性");
        assertThat(cues.of(Type.QUESTION)).contains("有没有", "吗");
    }
}
