package ai.domainassist.core.provider.internal.http;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.MalformedResponseException;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.NetworkException;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running stream: reads the response on OkHttp's dispatcher thread through the shared
 * {@link SseParser}, the protocol's {@link StreamDecoder} and the {@link StreamAccumulator}, and
 * delivers the events to the handler in order, then exactly one terminal event.
 *
 * <p>Cancellation sets a flag and cancels the OkHttp call, which closes the socket at once; the
 * reader thread, blocked in a read or returning from the handler, sees it and delivers the
 * {@link CancelledException}. The terminal event is always delivered by the reader thread, so
 * the handler is never called concurrently or re-entrantly. A stream that ends without the
 * protocol's terminator fails with a {@link NetworkException}, never completes silently; so does
 * one whose input ends inside an event that does not parse (cut off mid-event).
 *
 * <p>Whatever a server sends is bounded ({@link ResponseLimits}: body, line and event size): past
 * a bound the call is cancelled and the stream fails with a
 * {@link ai.domainassist.core.MalformedResponseException}. Any {@link Throwable} while reading
 * (an {@link Error} included) ends the stream with exactly one {@code Failed} event whose error
 * carries it as the cause; it is not rethrown on OkHttp's thread.
 *
 * <p>{@link #cancel()}, {@link #isCancelled()} and {@link #completion()} are thread-safe.
 */
public final class StreamSession implements StreamHandle, Callback {
    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

    private final StreamHandler handler;
    private final StreamDecoder decoder;
    private final CallContext ctx;
    private final Clock clock;
    private final ResponseLimits limits;
    private final long startNanos;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean terminated = new AtomicBoolean();
    private final CompletableFuture<ChatResponse> completion = new CompletableFuture<>();
    private volatile Call call;

    /**
     * @param handler the caller's handler
     * @param decoder the protocol's decoder
     * @param ctx the call, for errors
     * @param clock for {@code Retry-After} dates
     */
    public StreamSession(StreamHandler handler, StreamDecoder decoder, CallContext ctx, Clock clock) {
        this(handler, decoder, ctx, clock, ResponseLimits.DEFAULTS);
    }

    /**
     * @param handler the caller's handler
     * @param decoder the protocol's decoder
     * @param ctx the call, for errors
     * @param clock for {@code Retry-After} dates
     * @param limits how much the server may send
     */
    public StreamSession(StreamHandler handler, StreamDecoder decoder, CallContext ctx, Clock clock,
                         ResponseLimits limits) {
        this.handler = handler;
        this.decoder = decoder;
        this.ctx = ctx;
        this.clock = clock;
        this.limits = limits;
        this.startNanos = System.nanoTime();
    }

    /**
     * Starts the call on OkHttp's dispatcher.
     *
     * @param newCall the call, not yet executed
     */
    public void start(Call newCall) {
        this.call = newCall;
        if (cancelled.get()) {
            newCall.cancel();
        }
        newCall.enqueue(this);
    }

    /**
     * Ends the stream before it started, for a request that could not be sent at all.
     *
     * @param error the error
     */
    public void failBeforeStart(ModelException error) {
        terminate(new StreamEvent.Failed(error));
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            Call c = call;
            if (c != null) {
                c.cancel();
            }
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public CompletableFuture<ChatResponse> completion() {
        return completion;
    }

    @Override
    public void onFailure(Call failed, IOException e) {
        terminate(new StreamEvent.Failed(ErrorMapper.fromIo(e, cancelled.get(), ctx)));
    }

    @Override
    public void onResponse(Call c, Response response) {
        try (response) {
            String requestId = RequestIds.fromHeaders(response.headers());
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                byte[] bytes = HttpTransport.readLimited(body);
                terminate(new StreamEvent.Failed(
                        ErrorMapper.fromStatus(response.code(), response.headers(), bytes, ctx, clock)));
                return;
            }
            String type = response.header("Content-Type", "");
            if (!type.toLowerCase(java.util.Locale.ROOT).contains("event-stream")) {
                byte[] bytes = HttpTransport.readLimited(body);
                terminate(new StreamEvent.Failed(HttpTransport.notAStream(bytes, type, requestId, ctx)));
                return;
            }
            StreamAccumulator acc = new StreamAccumulator(this::deliver);
            SseParser parser = new SseParser(event -> decoder.decode(event, acc, requestId), limits, acc::isDone);
            byte[] buffer = new byte[8192];
            InputStream in = body.byteStream();
            long total = 0;
            int n;
            while (!acc.isDone() && !cancelled.get() && (n = in.read(buffer)) != -1) {
                total += n;
                if (total > limits.maxBodyBytes()) {
                    throw new ResponseLimitException("the event stream", limits.maxBodyBytes(), "maxResponseBytes");
                }
                parser.feed(buffer, 0, n);
            }
            if (!acc.isDone() && !cancelled.get()) {
                try {
                    parser.finish();
                } catch (MalformedResponseException e) {
                    // The input ended inside an event that does not parse: the stream was cut off mid-event.
                    throw ErrorMapper.cutOff("the stream", ctx, requestId, e);
                }
            }
            if (cancelled.get()) {
                terminate(new StreamEvent.Failed(new CancelledException("the stream was cancelled", ctx.details(), null)));
            } else if (!acc.isDone()) {
                terminate(new StreamEvent.Failed(new NetworkException(
                        "the stream ended before its terminator", ctx.details(200, null, requestId))));
            } else {
                Duration latency = Duration.ofNanos(System.nanoTime() - startNanos);
                ChatResponse done;
                try {
                    done = acc.build(ctx.provider(), latency, requestId);
                } catch (IllegalStateException e) {
                    throw ErrorMapper.malformed("stream " + e.getMessage(), ctx, requestId, e);
                }
                LOG.debug("{} stream completed in {} ms, request-id {}", ctx.provider(), latency.toMillis(), requestId);
                terminate(new StreamEvent.Completed(done));
            }
        } catch (IOException e) {
            terminate(new StreamEvent.Failed(ErrorMapper.fromIo(e, cancelled.get(), ctx)));
        } catch (HandlerFailure e) {
            terminate(new StreamEvent.Failed(new CancelledException(
                    "the stream handler threw " + e.getCause().getClass().getName(), ctx.details(), e.getCause())));
        } catch (ModelException e) {
            c.cancel();
            terminate(new StreamEvent.Failed(cancelled.get()
                    ? new CancelledException("the stream was cancelled", ctx.details(), e) : e));
        } catch (ResponseLimitException e) {
            c.cancel();
            terminate(new StreamEvent.Failed(cancelled.get()
                    ? new CancelledException("the stream was cancelled", ctx.details(), e)
                    : ErrorMapper.malformed(e.getMessage(), ctx, null, e)));
        } catch (RuntimeException e) {
            c.cancel();
            terminate(new StreamEvent.Failed(ErrorMapper.malformed(
                    "the stream could not be read: " + e.getClass().getSimpleName(), ctx, null, e)));
        } catch (Throwable e) {
            // An Error (a stack overflow in a decoder, memory exhausted): the stream still ends, once.
            c.cancel();
            terminate(new StreamEvent.Failed(new ModelException(
                    "the stream could not be read: " + e.getClass().getSimpleName(), ctx.details(), e)));
        }
    }

    private void deliver(StreamEvent event) {
        if (terminated.get() || cancelled.get()) {
            return;
        }
        try {
            handler.onEvent(event);
        } catch (RuntimeException | Error e) {
            cancel();
            throw new HandlerFailure(e);
        }
    }

    private void terminate(StreamEvent terminal) {
        if (!terminated.compareAndSet(false, true)) {
            return;
        }
        if (terminal instanceof StreamEvent.Failed f) {
            LOG.debug("{} stream failed: {}", ctx.provider(), f.error().getMessage());
        }
        try {
            handler.onEvent(terminal);
        } catch (RuntimeException | Error e) {
            LOG.debug("{} stream handler threw on the terminal event", ctx.provider(), e);
        } finally {
            if (terminal instanceof StreamEvent.Completed done) {
                completion.complete(done.response());
            } else {
                completion.completeExceptionally(((StreamEvent.Failed) terminal).error());
            }
        }
    }

    /** Carries a handler's exception out of the read loop. */
    private static final class HandlerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandlerFailure(Throwable cause) {
            super(cause);
        }
    }
}
