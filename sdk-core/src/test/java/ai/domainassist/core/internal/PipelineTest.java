package ai.domainassist.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.BudgetExceededException;
import ai.domainassist.core.CircuitOpenException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.InMemoryAuditSink;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.observe.ModelCallEvent;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.resilience.CircuitBreakerPolicy;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.usage.Budget;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private final TestClock clock = new TestClock();
    private final InMemoryAuditSink audit = new InMemoryAuditSink();
    private final List<ModelCallEvent.Kind> events = new CopyOnWriteArrayList<>();
    private final Pipeline pipeline = new Pipeline();

    PipelineTest() {
        pipeline.clock(clock);
        pipeline.retry(RetryPolicy.builder().sleeper(clock.sleeper()).maxAttempts(2).build());
        pipeline.auditSink(audit);
        pipeline.listener(new ModelCallListener() {
            @Override
            public void onEvent(ModelCallEvent event) {
                events.add(event.kind());
            }
        });
    }

    private static ServerException down(String p) {
        return new ServerException("503", ErrorDetails.of(p, null).withResponse(503, null, null));
    }

    @Test
    void redactionRunsAboveTheCacheSoKeysAndProvidersSeeOnlyPlaceholders() {
        ScriptedProvider p = new ScriptedProvider("p").otherwise(r -> ScriptedProvider.response("p", "已记录[PRIVATE_1]"));
        ModelProvider top = pipeline.compose(List.<ModelProvider>of(p)).provider();

        var first = top.chat(ChatRequest.builder().user("患者张三复诊").privateTerm("张三").temperature(0.0).build());
        var second = top.chat(ChatRequest.builder().user("患者李四复诊").privateTerm("李四").temperature(0.0).build());

        assertThat(p.chatCalls()).isEqualTo(1);                      // same redacted request: one provider call
        assertThat(p.chatRequests().get(0).messages().get(0).text()).isEqualTo("患者[PRIVATE_1]复诊");
        assertThat(first.content()).isEqualTo("已记录张三");
        assertThat(second.content()).isEqualTo("已记录李四");        // restored with the second request's own data
    }

    @Test
    void retriesThenFailsOverAndRecordsEveryAttempt() {
        ScriptedProvider a = new ScriptedProvider("a").thenFail(down("a")).thenFail(down("a"));
        ScriptedProvider b = new ScriptedProvider("b").thenAnswer("from b");
        ModelProvider top = pipeline.compose(List.<ModelProvider>of(a, b)).provider();

        var answer = top.chat(ChatRequest.of("q"));

        assertThat(answer.provider()).isEqualTo("b");
        assertThat(audit.records()).extracting(AuditRecord::provider, AuditRecord::attempt, AuditRecord::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1, AuditRecord.Outcome.FAILURE),
                        org.assertj.core.groups.Tuple.tuple("a", 2, AuditRecord.Outcome.FAILURE),
                        org.assertj.core.groups.Tuple.tuple("b", 1, AuditRecord.Outcome.SUCCESS));
        assertThat(events).contains(ModelCallEvent.Kind.RETRY_SCHEDULED, ModelCallEvent.Kind.FAILED_OVER);
        assertThat(clock.sleeps()).hasSize(1);
    }

    @Test
    void anOpenCircuitSendsCallsStraightToTheNextProvider() {
        pipeline.retry(null);
        pipeline.circuitBreaker(CircuitBreakerPolicy.builder().slidingWindowSize(2).minimumCalls(2).build());
        ScriptedProvider a = new ScriptedProvider("a").thenFail(down("a")).thenFail(down("a"));
        ScriptedProvider b = new ScriptedProvider("b").otherwise(r -> ScriptedProvider.response("b", "ok"));
        var composed = pipeline.compose(List.<ModelProvider>of(a, b));

        for (int i = 0; i < 4; i++) {
            assertThat(composed.provider().chat(ChatRequest.of("q" + i)).provider()).isEqualTo("b");
        }
        assertThat(a.chatCalls()).isEqualTo(2);
        assertThat(composed.circuitBreakers().get(0).circuitBreaker().getState().name()).isEqualTo("OPEN");

        ScriptedProvider only = new ScriptedProvider("only").thenFail(down("only")).thenFail(down("only"));
        Pipeline single = new Pipeline();
        single.retry(null);
        single.circuitBreaker(CircuitBreakerPolicy.builder().slidingWindowSize(2).minimumCalls(2).build());
        ModelProvider one = single.compose(List.<ModelProvider>of(only)).provider();
        assertThatThrownBy(() -> one.chat(ChatRequest.of("1"))).isInstanceOf(ServerException.class);
        assertThatThrownBy(() -> one.chat(ChatRequest.of("2"))).isInstanceOf(ServerException.class);
        assertThatThrownBy(() -> one.chat(ChatRequest.of("3"))).isInstanceOf(CircuitOpenException.class);
    }

    @Test
    void theBudgetRejectsBeforeRedactionCacheOrProvider() {
        pipeline.budget(Budget.tokens(5));
        ScriptedProvider p = new ScriptedProvider("p");
        var composed = pipeline.compose(List.<ModelProvider>of(p));
        assertThatThrownBy(() -> composed.provider().chat(ChatRequest.of("一段超过预算的很长的提示文字")))
                .isInstanceOf(BudgetExceededException.class);
        assertThat(p.chatCalls()).isZero();
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void usageIsMeteredWithoutAnyAuditSink() {
        Pipeline plain = new Pipeline();
        ScriptedProvider p = new ScriptedProvider("p").thenAnswer("a");
        var composed = plain.compose(List.<ModelProvider>of(p));
        composed.provider().chat(ChatRequest.builder().user("x").task("t").build());
        assertThat(composed.usage().total().usage().totalTokens()).isEqualTo(15);
        assertThat(composed.usage().task("t").calls()).isEqualTo(1);
    }

    @Test
    void everyDecoratorCanBeTurnedOff() {
        Pipeline bare = new Pipeline();
        bare.redactor(null);
        bare.cache(null);
        bare.retry(null);
        bare.circuitBreaker(null);
        bare.bulkhead(null);
        ScriptedProvider p = new ScriptedProvider("p").thenFail(down("p")).thenAnswer("x").thenAnswer("y");
        var composed = bare.compose(List.<ModelProvider>of(p));
        assertThatThrownBy(() -> composed.provider().chat(ChatRequest.of("13812345678"))).isInstanceOf(ServerException.class);
        composed.provider().chat(ChatRequest.builder().user("13812345678").temperature(0.0).build());
        composed.provider().chat(ChatRequest.builder().user("13812345678").temperature(0.0).build());
        assertThat(p.chatCalls()).isEqualTo(3);
        assertThat(p.chatRequests().get(1).messages().get(0).text()).isEqualTo("13812345678");
        assertThat(composed.caches()).isEmpty();
        assertThat(composed.circuitBreakers()).isEmpty();
    }
}
