package ai.domainassist.core.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.structured.internal.LenientJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class LenientJsonTest {

    @Test
    void cutsTheFirstJsonValueOutOfWhatModelsSend() {
        assertThat(LenientJson.cut("```json\n{\"a\":1}\n```")).isEqualTo("{\"a\":1}");
        assertThat(LenientJson.cut("```\n[1,2]\n```\n说明")).isEqualTo("[1,2]");
        assertThat(LenientJson.cut("结果：{\"a\":\"}{\"} 以上")).isEqualTo("{\"a\":\"}{\"}");
        assertThat(LenientJson.cut("{\"a\":\"x\\\"}\"}tail")).isEqualTo("{\"a\":\"x\\\"}\"}");
        assertThat(LenientJson.cut("{\"a\":[1,")).isEqualTo("{\"a\":[1,");
    }

    @Test
    void parsesTrailingCommasAndRejectsNonJson() throws Exception {
        assertThat(LenientJson.parse("{\"a\":[1,2,],}").get("a").size()).isEqualTo(2);
        assertThatThrownBy(() -> LenientJson.parse("没有 JSON")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> LenientJson.parse("{\"a\":")).isInstanceOf(JsonProcessingException.class);
    }
}
