package ai.domainassist.finance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.finance.InvalidClaimDocumentException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    @Test
    void keepsEveryScalarWithItsSpanAndUnwrapsOcrEnvelopes() {
        String json = "{\"log_id\": 1, \"words_result\": {\"交款人\": {\"words\": \"王芳\"}, \"总金额小写\": 12.5,"
                + " \"收费项目\": [{\"名称\": \"西药费\", \"金额\": \"12.50\"}]}}";
        List<JsonFields.Scalar> s = JsonFields.read("d", json);
        JsonFields.Scalar payer = s.stream().filter(x -> x.key().equals("交款人")).findFirst().orElseThrow();
        assertThat(payer.value()).isEqualTo("王芳");
        assertThat(json.substring(payer.start(), payer.end())).isEqualTo("王芳");
        JsonFields.Scalar total = s.stream().filter(x -> x.key().equals("总金额小写")).findFirst().orElseThrow();
        assertThat(json.substring(total.start(), total.end())).isEqualTo("12.5");
        assertThat(s).filteredOn(x -> x.row() == 0).extracting(JsonFields.Scalar::key).containsExactly("名称", "金额");
    }

    @Test
    void anEscapedStringFallsBackToTheWholeToken() {
        String json = "{\"交款人\": \"\\u738b\\u82b3\"}";
        JsonFields.Scalar s = JsonFields.read("d", json).get(0);
        assertThat(s.value()).isEqualTo("王芳");
        assertThat(s.exact()).isFalse();
        assertThat(json.substring(s.start(), s.end())).isEqualTo("\\u738b\\u82b3");
    }

    @Test
    void notAnObjectIsATypedError() {
        assertThatThrownBy(() -> JsonFields.read("doc-9", "\"text\"")).isInstanceOf(InvalidClaimDocumentException.class)
                .hasMessageContaining("doc-9");
    }
}
