package ai.domainassist.testkit.contract;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelInterceptor;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.audit.internal.AuditingProvider;
import ai.domainassist.core.audit.InMemoryAuditSink;
import ai.domainassist.core.cache.CachePolicy;
import ai.domainassist.core.cache.internal.CachingProvider;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.internal.InterceptingProvider;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.core.observe.internal.Listeners;
import ai.domainassist.core.observe.internal.ObservingProvider;
import ai.domainassist.core.privacy.internal.RedactingProvider;
import ai.domainassist.core.privacy.Redactor;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.resilience.BulkheadPolicy;
import ai.domainassist.core.resilience.internal.BulkheadProvider;
import ai.domainassist.core.resilience.CircuitBreakerPolicy;
import ai.domainassist.core.resilience.internal.CircuitBreakingProvider;
import ai.domainassist.core.resilience.RateLimitPolicy;
import ai.domainassist.core.resilience.internal.RateLimitingProvider;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.resilience.internal.RetryingProvider;
import ai.domainassist.core.routing.internal.FailoverRouter;
import ai.domainassist.core.usage.Budget;
import ai.domainassist.core.usage.internal.BudgetingProvider;
import ai.domainassist.core.usage.PriceTable;
import ai.domainassist.core.usage.UsageMeter;
import ai.domainassist.testkit.Answer;
import ai.domainassist.testkit.ModelProviderContract;
import ai.domainassist.testkit.ScriptedModelProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/**
 * Every pipeline decorator keeps the provider contract, each over the scripted provider; where a
 * decorator has a path of its own (a cache hit, a retry, a failover), that path runs too.
 */
class DecoratorContractTest {

    /** The scenario from a scripted provider under one decorator. */
    abstract static class Decorated extends ModelProviderContract {
        /** @return the decorator over {@code next} */
        abstract ModelProvider wrap(ModelProvider next);

        /** @return the answers the scripted provider gives before the scenario's own */
        List<Answer> before() {
            return List.of();
        }

        @Override
        protected Backend backend(Scenario scenario) {
            ScriptedModelProvider scripted = new ScriptedModelProvider();
            before().forEach(scripted::enqueue);
            scripted.enqueue(scenario.answer());
            return Backend.of(wrap(scripted), scripted);
        }
    }

    static final ModelCallListener EVERYTHING = event -> {
        event.attributes(); // a listener that reads every event, as the logging listener does at debug
    };

    static Answer serverError() {
        return Answer.failure(new ServerException("the first attempt fails", ErrorDetails.of("scripted", null)));
    }

    @Nested
    class Redaction extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return RedactingProvider.wrap(next, Redactor.defaults());
        }

        @Override
        protected ChatRequest request() {
            return ChatRequest.builder().user("请回答：你好，我的电话是13812345678").privateTerm("张三").build();
        }
    }

    @Nested
    class CacheMiss extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return CachingProvider.wrap(next, CachePolicy.defaults());
        }

        @Override
        protected ChatRequest request() {
            return super.request().toBuilder().cacheable(true).build();
        }
    }

    /** The second identical call is answered from the cache (the first filled it). */
    @Nested
    class CacheHit extends ModelProviderContract {
        @Override
        protected Backend backend(Scenario scenario) {
            ScriptedModelProvider scripted = new ScriptedModelProvider().enqueue(scenario.answer());
            CachingProvider cache = CachingProvider.wrap(scripted, CachePolicy.defaults());
            if (scenario == Scenario.ANSWER) {
                cache.chat(request()); // fills the cache; the scripted answer is used up
            }
            return Backend.of(cache, scripted);
        }

        @Override
        protected ChatRequest request() {
            return super.request().toBuilder().cacheable(true).build();
        }
    }

    @Nested
    class Budgeting extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return BudgetingProvider.wrap(next, new UsageMeter(PriceTable.defaults()), Budget.tokens(1_000_000),
                    Map.of("contract", Budget.tokens(1_000_000)));
        }

        @Override
        protected ChatRequest request() {
            return super.request().toBuilder().task("contract").build();
        }
    }

    @Nested
    class CallObserving extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            Listeners events = new Listeners(List.of(EVERYTHING));
            return ObservingProvider.observeCalls(ObservingProvider.wrap(next, events), events);
        }
    }

    @Nested
    class AttemptObserving extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return ObservingProvider.wrap(next, new Listeners(List.of(EVERYTHING)));
        }
    }

    @Nested
    class Failover extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return FailoverRouter.of(List.of(next, new ScriptedModelProvider("backup",
                    ai.domainassist.core.provider.ProviderCapabilities.ALL)));
        }
    }

    /** The first provider fails with a server error; the second plays the scenario. */
    @Nested
    class FailoverToTheSecond extends ModelProviderContract {
        @Override
        protected Backend backend(Scenario scenario) {
            ScriptedModelProvider first = new ScriptedModelProvider().enqueue(serverError());
            ScriptedModelProvider second = new ScriptedModelProvider("second",
                    ai.domainassist.core.provider.ProviderCapabilities.ALL).enqueue(scenario.answer());
            ModelProvider router = FailoverRouter.of(List.of(first, second));
            Backend b = Backend.of(router, second);
            return new Backend() {
                @Override
                public ModelProvider provider() {
                    return router;
                }

                @Override
                public boolean sawCancel() {
                    return b.sawCancel();
                }

                @Override
                public boolean sawClose() {
                    return first.isClosed() && second.isClosed();
                }

                @Override
                public void close() throws Exception {
                    b.close();
                    first.close();
                }
            };
        }
    }

    @Nested
    class RateLimiting extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return RateLimitingProvider.wrap(next, RateLimitPolicy.perSecond(1000));
        }
    }

    @Nested
    class Bulkhead extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return BulkheadProvider.wrap(next, BulkheadPolicy.defaults());
        }
    }

    @Nested
    class CircuitBreaking extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return CircuitBreakingProvider.wrap(next, CircuitBreakerPolicy.defaults());
        }
    }

    @Nested
    class Retrying extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return RetryingProvider.wrap(next, RetryPolicy.defaults());
        }
    }

    /** A server error first: the retry's second attempt plays the scenario. */
    @Nested
    class RetryingAfterAServerError extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return RetryingProvider.wrap(next, RetryPolicy.builder().initialBackoff(Duration.ofMillis(1))
                    .maxBackoff(Duration.ofMillis(1)).build());
        }

        @Override
        List<Answer> before() {
            return List.of(serverError());
        }
    }

    @Nested
    class Auditing extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return AuditingProvider.wrap(next, new InMemoryAuditSink(), new AuditingProvider.Tracker(), Clock.systemUTC());
        }
    }

    /** A user interceptor (either slot) that passes every call on and watches the stream's events. */
    @Nested
    class Intercepting extends Decorated {
        @Override
        ModelProvider wrap(ModelProvider next) {
            return InterceptingProvider.wrap(next, new ModelInterceptor() {
                @Override
                public StreamHandle stream(ChatRequest request, StreamHandler handler, Chain chain) {
                    return chain.stream(request, event -> handler.onEvent(event));
                }
            });
        }
    }
}
