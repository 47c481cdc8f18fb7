package ai.domainassist.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.resilience.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The two extension slots: where each runs, what each sees, and the chain's contract. */
class InterceptorSlotsTest {
    private static final String PHONE = "13812345678";
    private final List<String> seen = new CopyOnWriteArrayList<>();

    /** Records the user text it sees under a name, and passes the call on. */
    private ModelInterceptor recording(String slot) {
        return new ModelInterceptor() {
            @Override
            public ChatResponse chat(ChatRequest request, Chain chain) {
                seen.add(slot + ": " + request.messages().get(0).text());
                return chain.chat(request);
            }
        };
    }

    private static ServerException down() {
        return new ServerException("down", ErrorDetails.of("p", null).withResponse(503, null, null));
    }

    private static ModelClient client(ScriptedProvider p, ModelInterceptor app, ModelInterceptor attempt) {
        return ModelClient.builder().provider(p).interceptor(app).attemptInterceptor(attempt).logging(false)
                .retry(RetryPolicy.builder().maxAttempts(3).sleeper(d -> { }).build()).build();
    }

    @Test
    void theApplicationSlotSeesTheCallersTextOnceTheAttemptSlotTheRedactedTextPerAttempt() {
        ScriptedProvider p = new ScriptedProvider("p").thenFail(down()).thenAnswer("好的");
        try (ModelClient client = client(p, recording("app"), recording("attempt"))) {
            client.chat(ChatRequest.of("请回电 " + PHONE));
        }
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).isEqualTo("app: 请回电 " + PHONE);
        assertThat(seen.subList(1, 3)).allSatisfy(s -> assertThat(s).startsWith("attempt: ").doesNotContain(PHONE));
        assertThat(p.chatRequests()).allSatisfy(r -> assertThat(r.messages().get(0).text()).doesNotContain(PHONE));
    }

    @Test
    void aCacheHitPassesTheApplicationSlotButNoAttempt() {
        ScriptedProvider p = new ScriptedProvider("p").thenAnswer("好的");
        try (ModelClient client = client(p, recording("app"), recording("attempt"))) {
            ChatRequest r = ChatRequest.builder().user("问").cacheable(true).build();
            client.chat(r);
            client.chat(r);
        }
        assertThat(seen).containsExactly("app: 问", "attempt: 问", "app: 问");
    }

    @Test
    void whatTheAttemptSlotChangesIsWhatTheProviderGetsAndTheFirstAddedRunsFirst() {
        List<String> order = new ArrayList<>();
        ModelInterceptor tag = new ModelInterceptor() {
            @Override
            public ChatResponse chat(ChatRequest request, Chain chain) {
                order.add("tag@" + chain.provider());
                return chain.chat(request.toBuilder().extraParameter("tenant", "t-42").build());
            }
        };
        ModelInterceptor second = new ModelInterceptor() {
            @Override
            public ChatResponse chat(ChatRequest request, Chain chain) {
                order.add("second saw " + request.extraParameters().get("tenant"));
                return chain.chat(request);
            }
        };
        ScriptedProvider p = new ScriptedProvider("p").thenAnswer("好的");
        try (ModelClient client = ModelClient.builder().provider(p).attemptInterceptor(tag).attemptInterceptor(second)
                .logging(false).build()) {
            client.chat(ChatRequest.of("问"));
        }
        assertThat(order).containsExactly("tag@p", "second saw t-42");
        assertThat(p.chatRequests().get(0).extraParameters()).containsEntry("tenant", "t-42");
    }

    @Test
    void aGuardInTheApplicationSlotRefusesWithoutReachingTheProvider() {
        ModelInterceptor guard = new ModelInterceptor() {
            @Override
            public ChatResponse chat(ChatRequest request, Chain chain) {
                throw new InvalidRequestException("refused by policy", ErrorDetails.of(chain.provider(), null));
            }
        };
        ScriptedProvider p = new ScriptedProvider("p");
        try (ModelClient client = ModelClient.builder().provider(p).interceptor(guard).logging(false).build()) {
            assertThatThrownBy(() -> client.chat(ChatRequest.of("问"))).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("refused by policy");
        }
        assertThat(p.chatCalls()).isZero();
    }

    @Test
    void theChainPassesACallOnOnceAndNeverReturnsOrAcceptsNull() {
        ModelInterceptor twice = new ModelInterceptor() {
            @Override
            public ChatResponse chat(ChatRequest request, Chain chain) {
                chain.chat(request);
                return chain.chat(request);
            }
        };
        ModelInterceptor nothing = new ModelInterceptor() {
            @Override
            public ChatResponse chat(ChatRequest request, Chain chain) {
                return null;
            }
        };
        ScriptedProvider p = new ScriptedProvider("p").thenAnswer("一").thenAnswer("二");
        try (ModelClient a = ModelClient.builder().provider(p).interceptor(twice).logging(false).build();
             ModelClient b = ModelClient.builder().provider(new ScriptedProvider("q")).interceptor(nothing)
                     .logging(false).build()) {
            assertThatThrownBy(() -> a.chat(ChatRequest.of("问"))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("passed one call on twice");
            assertThatThrownBy(() -> b.chat(ChatRequest.of("问"))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("returned null");
        }
        assertThat(p.chatCalls()).isEqualTo(1);
    }
}
