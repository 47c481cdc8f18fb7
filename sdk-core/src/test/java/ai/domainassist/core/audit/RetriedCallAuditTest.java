package ai.domainassist.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.resilience.RetryPolicy;
import org.junit.jupiter.api.Test;

/** The attempts of one call share its call id in the audit trail, also when each attempt is sent with a shorter deadline. */
class RetriedCallAuditTest {

    @Test
    void aRetriedCallsRecordsShareOneCallIdAndCountTheirAttempts() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        ScriptedProvider p = new ScriptedProvider("p")
                .thenFail(new ServerException("down", ErrorDetails.of("p", null).withResponse(503, null, null)))
                .thenAnswer("好的").thenAnswer("好的");
        try (ModelClient client = ModelClient.builder().provider(p).auditSink(sink).logging(false)
                .retry(RetryPolicy.builder().maxAttempts(2).sleeper(d -> { }).build()).build()) {
            client.chat(ChatRequest.of("问"));
            client.chat(ChatRequest.of("问"));
        }
        assertThat(sink.records()).hasSize(3);
        AuditRecord first = sink.records().get(0);
        AuditRecord second = sink.records().get(1);
        assertThat(second.callId()).isEqualTo(first.callId());
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(sink.records().get(2).callId()).as("the next call is another call").isNotEqualTo(first.callId());
    }
}
