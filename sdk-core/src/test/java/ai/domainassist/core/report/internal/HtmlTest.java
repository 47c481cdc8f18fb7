package ai.domainassist.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertThat(Html.escape("<script>alert('x' & \"y\")</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
    }

    @Test
    void chineseTextAndLayoutWhitespaceStayAsTheyAre() {
        assertThat(Html.escape("患者：咳嗽三天。\n\t医生：好的\r\n")).isEqualTo("患者：咳嗽三天。\n\t医生：好的\r\n");
    }

    @Test
    void charactersHtmlCannotCarryAreReplacedOneForOne() {
        String in = "a\u0000b\u0007c\u007Fd\u0085e";
        String out = Html.escape(in);
        assertThat(out).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe").hasSameSizeAs(in);
    }

    @Test
    void surrogatePairsSurviveButLoneSurrogatesDoNot() {
        String emoji = "😷";
        assertThat(Html.escape("x" + emoji + "y")).isEqualTo("x" + emoji + "y");
        assertThat(Html.escape("x\uD83Dy")).isEqualTo("x\uFFFDy");
        assertThat(Html.escape("x\uDE37y")).isEqualTo("x\uFFFDy");
    }

    @Test
    void aRangeThatCutsAPairWritesTheReplacement() {
        StringBuilder sb = new StringBuilder();
        Html.append(sb, "a😷b", 0, 2); // 'a' and the high surrogate only
        assertThat(sb).hasToString("a\uFFFD");
    }

    @Test
    void aRangeOutsideTheTextIsRejected() {
        assertThatThrownBy(() -> Html.append(new StringBuilder(), "abc", 2, 4))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
