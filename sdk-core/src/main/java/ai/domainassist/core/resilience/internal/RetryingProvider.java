package ai.domainassist.core.resilience.internal;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.internal.Deadlines;
import ai.domainassist.core.internal.ForwardingProvider;
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.resilience.Sleeper;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The retry decorator: sends a call again when it failed in a way that may pass (see
 * {@link RetryPolicy} for what is retried, how long it waits and when it gives up). One instance
 * per provider endpoint; the attempts are counted by a Resilience4j {@link Retry}, the waiting is
 * done by the policy's {@link Sleeper} so tests never really wait.
 *
 * <p>A chat request's {@code timeout} is the deadline of the whole call, not of each attempt: a
 * retry is sent with only what remains of it (the client sets every request's timeout, from
 * {@code callTimeout} when the request has none), so three attempts of a 5 s call take 5 s in
 * all, not 15 s.
 *
 * <p>A stream is retried only while nothing has reached the caller: once its first event was
 * delivered, a failure is passed on as is. A cancelled stream is never retried. A stream's wait
 * before its next attempt runs on a daemon thread of this decorator ({@code domainassist-retry-wait-*},
 * none while idle), not on the failed attempt's reader thread; cancelling the stream during the
 * wait interrupts it and ends the stream at once. When retries are exhausted the last error is
 * thrown (or delivered), unchanged. {@link #close()} stops any wait still running.
 *
 * <p>Thread-safe.
 */
public final class RetryingProvider extends ForwardingProvider {
    private final RetryPolicy policy;
    private final Retry retry;
    /**
     * Runs a stream's wait before its next attempt, so the wait never blocks the failed attempt's
     * reader thread (its terminal handler) and a cancel can interrupt it. No thread until needed.
     */
    private final ThreadPoolExecutor streamWaits;

    private RetryingProvider(ModelProvider next, RetryPolicy policy) {
        super(next);
        this.policy = Objects.requireNonNull(policy, "policy");
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof RateLimitedException rl
                    && rl.retryAfter().isPresent()) {
                return rl.retryAfter().get().toMillis();
            }
            return policy.backoff(attempt).toMillis();
        };
        this.retry = Retry.of("retry-" + next.name(), RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnException(e -> e instanceof ModelException me && me.isRetryable())
                .intervalBiFunction(interval)
                .build());
        AtomicInteger threads = new AtomicInteger();
        this.streamWaits = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "domainassist-retry-wait-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Wraps a provider.
     *
     * @param next the provider to call
     * @param policy how to retry
     * @return the decorated provider
     */
    public static RetryingProvider wrap(ModelProvider next, RetryPolicy policy) {
        return new RetryingProvider(next, policy);
    }

    /** @return the Resilience4j retry that counts this provider's attempts (metrics, events) */
    public Retry retry() {
        return retry;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ErrorDetails details = ErrorDetails.of(next.name(), request.model());
        return call(elapsed -> next.chat(Deadlines.remaining(request, elapsed, details)), request.options().timeout());
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        return call(elapsed -> next.embed(request), null);
    }

    /** @param attempt makes one attempt, given the time the call has taken so far */
    private <T> T call(Function<Duration, T> attempt, Duration requestTimeout) {
        Retry.AsyncContext<Object> context = retry.asyncContext();
        Instant start = policy.clock().instant();
        for (int n = 1; ; n++) {
            try {
                T result = attempt.apply(n == 1 ? Duration.ZERO : Duration.between(start, policy.clock().instant()));
                context.onComplete();
                return result;
            } catch (ModelException e) {
                long delay = nextDelay(context, e, start, requestTimeout);
                if (delay < 0) {
                    throw e;
                }
                waitBeforeRetry(n, e, delay);
            }
        }
    }

    private void waitBeforeRetry(int failedAttempt, ModelException error, long delayMillis) {
        Duration delay = Duration.ofMillis(delayMillis);
        try {
            policy.listener().onRetry(next.name(), failedAttempt, error, delay);
        } catch (RuntimeException ignored) {
            // a listener must not change the outcome of a call
        }
        try {
            policy.sleeper().sleep(delay);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw error;
        }
    }

    /** @return the wait in milliseconds before the next attempt, or -1 to give up */
    private long nextDelay(Retry.AsyncContext<Object> context, ModelException e, Instant start, Duration requestTimeout) {
        if (!e.isRetryable()) {
            context.onError(e);
            return -1;
        }
        if (e instanceof RateLimitedException rl && rl.retryAfter().isPresent()
                && rl.retryAfter().get().compareTo(policy.maxRetryAfter()) > 0) {
            return -1;
        }
        long delay = context.onError(e);
        if (delay < 0) {
            return -1;
        }
        Duration budget = policy.maxTotalTime();
        if (requestTimeout != null && requestTimeout.compareTo(budget) < 0) {
            budget = requestTimeout;
        }
        Duration elapsed = Duration.between(start, policy.clock().instant());
        if (elapsed.plusMillis(delay).compareTo(budget) > 0) {
            return -1;
        }
        return delay;
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        RelayStreamHandle relay = new RelayStreamHandle(handler, ErrorDetails.of(next.name(), request.model()));
        Retry.AsyncContext<Object> context = retry.asyncContext();
        startAttempt(request, relay, context, policy.clock().instant(), 1);
        return relay;
    }

    private void startAttempt(ChatRequest request, RelayStreamHandle relay, Retry.AsyncContext<Object> context,
                              Instant start, int attempt) {
        AtomicBoolean delivered = new AtomicBoolean();
        StreamHandler attemptHandler = event -> {
            if (event instanceof StreamEvent.Failed failed) {
                if (!delivered.get() && !relay.isCancelled()) {
                    long delay = nextDelay(context, failed.error(), start, request.options().timeout());
                    if (delay >= 0) {
                        scheduleRetry(request, relay, context, start, attempt, failed.error(), delay);
                        return;
                    }
                }
            } else if (event instanceof StreamEvent.Completed) {
                context.onComplete();
            } else {
                delivered.set(true);
            }
            relay.deliver(event);
        };
        StreamHandle handle;
        try {
            ChatRequest now = attempt == 1 ? request : Deadlines.remaining(request,
                    Duration.between(start, policy.clock().instant()), ErrorDetails.of(next.name(), request.model()));
            handle = next.stream(now, attemptHandler);
        } catch (ModelException e) {
            attemptHandler.onEvent(new StreamEvent.Failed(e));
            return;
        }
        relay.attach(attempt, handle);
    }

    /**
     * Waits and starts the next attempt on a thread of its own: the failed attempt's terminal
     * handler returns at once, and a cancel during the wait interrupts it and ends the stream then.
     */
    private void scheduleRetry(ChatRequest request, RelayStreamHandle relay, Retry.AsyncContext<Object> context,
                               Instant start, int failedAttempt, ModelException error, long delay) {
        FutureTask<Void> next = new FutureTask<>(() -> {
            try {
                waitBeforeRetry(failedAttempt, error, delay);
            } catch (ModelException interrupted) {
                relay.fail(relay.isCancelled() ? RelayStreamHandle.cancellation(error.details()) : error);
                return;
            }
            if (relay.isCancelled()) {
                relay.fail(RelayStreamHandle.cancellation(error.details()));
                return;
            }
            startAttempt(request, relay, context, start, failedAttempt + 1);
        }, null);
        if (!relay.waitBetweenAttempts(next)) {
            return;
        }
        try {
            streamWaits.execute(next);
        } catch (RejectedExecutionException | Error cannotWait) {
            relay.fail(error); // closed, or no thread to be had: the stream still ends, with the last error
        }
    }

    @Override
    public void close() {
        streamWaits.shutdownNow();
        super.close();
    }
}
