package ai.domainassist.observability;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.observe.TaskEvents;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.testkit.FakeOpenAiServer;
import java.util.List;

/** A client against the test kit's fake server, with a listener, and a helper-like task around calls. */
final class Fixture {
    static final String KEY = "sk-observability-test-5f2e8a7c9b1d";
    static final String PROMPT = "患者李雷，身份证号 110101199003074514，主诉咳嗽三天";

    private Fixture() {
    }

    static ModelClient client(FakeOpenAiServer server, ModelCallListener listener) {
        return ModelClient.builder()
                .provider(Providers.openAiCompatible(server.baseUrl(), KEY).toBuilder().name("fakeai").build())
                .defaultModel("qwen-plus")
                .retry(RetryPolicy.builder().maxAttempts(3).sleeper(d -> { }).build())
                .listener(listener)
                .build();
    }

    /** What a domain helper does: a task whose model call happens inside it, on the same thread. */
    static Result<String> task(ModelCallListener listener, ModelClient client) {
        TaskEvents events = TaskEvents.of(List.of(listener));
        return events.task("medical.structure", () -> {
            String answer = client.chat(ChatRequest.builder().user(PROMPT).task("medical.structure#1").build())
                    .content();
            return new Result<>(answer, List.of(ReviewFlag.of(ReviewFlag.Kind.MISSING, "diagnosis", "缺诊断")),
                    Mode.HYBRID, Usage.ZERO, null);
        });
    }
}
