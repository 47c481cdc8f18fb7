package ai.domainassist.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.RateLimitedException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.fakes.ScriptedProvider;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingListenerTest {
    private final Logger log = (Logger) LoggerFactory.getLogger("ai.domainassist.test.LoggingListenerTest");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final LoggingListener listener = new LoggingListener(log);

    LoggingListenerTest() {
        appender.start();
        log.addAppender(appender);
        log.setAdditive(false);
    }

    @AfterEach
    void detach() {
        log.detachAppender(appender);
        log.setLevel(null);
    }

    @Test
    void wantsRequestsAndResponsesOnlyWhileDebugIsOnAndChunksOnlyWhileTraceIsOn() {
        log.setLevel(Level.INFO);
        assertThat(listener.wants(ModelCallEvent.Type.REQUEST)).isFalse();
        assertThat(listener.wants(ModelCallEvent.Type.RESPONSE)).isFalse();
        assertThat(listener.wants(ModelCallEvent.Type.STREAM_EVENT)).isFalse();
        assertThat(listener.wants(ModelCallEvent.Type.ERROR)).isTrue();
        assertThat(listener.wants(ModelCallEvent.Type.RETRY)).isTrue();
        assertThat(listener.wants(ModelCallEvent.Type.FAILOVER)).isTrue();

        log.setLevel(Level.DEBUG);
        assertThat(listener.wants(ModelCallEvent.Type.REQUEST)).isTrue();
        assertThat(listener.wants(ModelCallEvent.Type.RESPONSE)).isTrue();
        assertThat(listener.wants(ModelCallEvent.Type.STREAM_EVENT)).isFalse();

        log.setLevel(Level.TRACE);
        assertThat(listener.wants(ModelCallEvent.Type.STREAM_EVENT)).isTrue();
    }

    @Test
    void logsTheSameLinesThroughThePipelineWhateverTheLevelWasAtTheRequest() {
        ScriptedProvider provider = new ScriptedProvider("deepseek");
        ObservingProvider observed = ObservingProvider.wrap(provider, new ModelCallEvents(List.of(listener)));

        log.setLevel(Level.INFO);
        provider.thenAnswer("ok");
        observed.chat(ChatRequest.builder().user("秘密").model("deepseek-chat").build());
        provider.thenFail(new RateLimitedException("429", ErrorDetails.of("deepseek", null).withResponse(429, null, null),
                null, null));
        try {
            observed.chat(ChatRequest.builder().user("秘密").model("deepseek-chat").build());
        } catch (RateLimitedException expected) {
            // logged at warn below
        }
        log.setLevel(Level.DEBUG);
        provider.thenAnswer("ok");
        observed.chat(ChatRequest.builder().user("秘密").model("deepseek-chat").build());

        assertThat(appender.list).extracting(e -> e.getLevel() + " " + e.getFormattedMessage().split(" \\{")[0])
                .containsExactly("WARN model call failed", "DEBUG model request", "DEBUG model response");
        assertThat(appender.list.get(0).getFormattedMessage()).contains("gen_ai.request.model=deepseek-chat")
                .contains("error.type=RateLimitedException").doesNotContain("秘密");
    }
}
