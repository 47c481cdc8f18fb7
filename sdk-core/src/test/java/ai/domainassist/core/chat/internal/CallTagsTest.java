package ai.domainassist.core.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade's per-call copy of a request is the request {@code toBuilder()} would build, without its copies. */
class CallTagsTest {
    private final ChatRequest request = ChatRequest.builder().system("s").user("患者张三").model("m")
            .tools(List.of(new ToolSpec("t", "d", "{\"type\":\"object\"}"))).responseFormat(ResponseFormat.JSON_OBJECT)
            .temperature(0.2).topP(0.9).maxTokens(7).stop(List.of("END")).seed(3L).endUserId("u")
            .extraParameter("enable_thinking", false).cacheable(true).task("medical.t").privateTerm("张三").build();

    @Test
    void thePreparedRequestEqualsTheBuiltOneAndCarriesTheTag() {
        CallTag tag = new CallTag();
        ChatRequest prepared = CallTags.prepared(request, "other", Duration.ofSeconds(9), "audit-1", tag);
        ChatRequest built = request.toBuilder().model("other").timeout(Duration.ofSeconds(9)).auditId("audit-1").build();
        assertThat(prepared).isEqualTo(built);
        assertThat(prepared.options()).isEqualTo(built.options());
        assertThat(prepared.extraParameters()).isEqualTo(Map.of("enable_thinking", false));
        assertThat(CallTags.call(prepared)).isSameAs(tag);
        assertThat(CallTags.call(request)).isNull();
        // the immutable parts are shared, not copied
        assertThat(prepared.messages()).isSameAs(request.messages());
        assertThat(prepared.tools()).isSameAs(request.tools());
        // a derived request keeps the tag, as toBuilder does
        assertThat(CallTags.call(prepared.toBuilder().timeout(Duration.ofSeconds(1)).build())).isSameAs(tag);
    }

    @Test
    void unchangedOptionsAreKeptAndABlankModelIsRefused() {
        ChatRequest same = CallTags.prepared(request, "m", null, null, new CallTag());
        assertThat(same).isEqualTo(request);
        assertThat(same.options()).isSameAs(request.options());
        assertThatThrownBy(() -> CallTags.prepared(request, " ", null, null, new CallTag()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
