package ai.domainassist.benchmarks.peers;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.audit.JsonLinesAuditSink;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.resilience.RateLimitPolicy;
import ai.domainassist.core.usage.Budget;
import java.nio.file.Path;

/** The two configurations of our {@link ModelClient} the benchmarks measure. */
public final class OurClients {
    private OurClients() {
    }

    /**
     * Our client as the README builds it: one OpenAI-compatible provider, every setting at its
     * default (which includes redaction, the response and embedding cache, bulkhead, circuit
     * breaker, retry, the logging listener, the HTTP logging interceptor and the audit decorator
     * feeding the usage meter).
     *
     * @param baseUrl the server's {@code /v1} base URL
     * @return a new client; close it when done
     */
    public static ModelClient defaults(String baseUrl) {
        return ModelClient.builder().provider(Providers.openAiCompatible(baseUrl, Drivers.API_KEY)).build();
    }

    /**
     * Our client with every decorator on: the defaults plus a token budget and a rate limiter that
     * are never reached, a JSON-lines audit file, and a second provider so that the failover router
     * is in the chain (the first always answers).
     *
     * @param baseUrl the server's {@code /v1} base URL
     * @param auditFile where the audit records go (the caller deletes it)
     * @return a new client; close it when done
     */
    public static ModelClient everyDecorator(String baseUrl, Path auditFile) {
        return ModelClient.builder()
                .provider(Providers.openAiCompatible(baseUrl, Drivers.API_KEY))
                .provider(Providers.openAiCompatible(baseUrl, Drivers.API_KEY).toBuilder().name("backup").build())
                .budget(Budget.tokens(Long.MAX_VALUE / 4))
                .rateLimit(RateLimitPolicy.perSecond(1_000_000))
                .auditSink(new JsonLinesAuditSink(auditFile))
                .build();
    }
}
