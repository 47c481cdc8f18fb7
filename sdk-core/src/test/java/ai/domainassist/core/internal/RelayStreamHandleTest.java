package ai.domainassist.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.CancelledException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.StreamHandle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RelayStreamHandleTest {
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
    private final RelayStreamHandle relay = new RelayStreamHandle(events::add, ErrorDetails.of("p", null));

    /** An attempt's handle that only records whether it was cancelled. */
    private static final class Attempt implements StreamHandle {
        private final CompletableFuture<ChatResponse> completion = new CompletableFuture<>();
        volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public CompletableFuture<ChatResponse> completion() {
            return completion;
        }
    }

    @Test
    void anAttemptAttachedAfterTheCallerCancelledBetweenAttemptsIsCancelledNotLeftRunning() {
        // the retry's wait is over and the next attempt is starting, but its handle is not attached yet
        relay.waitBetweenAttempts(CompletableFuture.completedFuture(null));
        relay.cancel();
        Attempt late = new Attempt();
        relay.attach(2, late);
        assertThat(late.cancelled).as("the late attempt is cancelled").isTrue();
        assertThat(events).singleElement().isInstanceOfSatisfying(StreamEvent.Failed.class,
                f -> assertThat(f.error()).isInstanceOf(CancelledException.class));
    }

    @Test
    void anAttemptAttachedAfterTheStreamEndedIsCancelledToo() {
        relay.fail(new CancelledException("deadline", ErrorDetails.UNKNOWN, null));
        Attempt late = new Attempt();
        relay.attach(1, late);
        assertThat(late.cancelled).isTrue();
    }

    @Test
    void anAttemptAttachedToALiveStreamRuns() {
        Attempt attempt = new Attempt();
        relay.attach(1, attempt);
        assertThat(attempt.cancelled).isFalse();
        relay.cancel();
        assertThat(attempt.cancelled).isTrue();
    }
}
