package ai.domainassist.benchmarks.core;

import ai.domainassist.benchmarks.server.Payloads;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelClientBuilder;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.audit.JsonLinesAuditSink;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import ai.domainassist.core.resilience.RateLimitPolicy;
import ai.domainassist.core.usage.Budget;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The pipeline's own CPU time and allocation per chat call, with no network: the peers
 * benchmark's every-decorator client ({@code OurClients.everyDecorator}: two providers, budget,
 * rate limiter, JSON-lines audit file, the defaults) over two in-memory providers that answer the
 * peers' 1 KiB answer to the peers' 1 KiB prompt, or one of {@link ListenerOverheadBenchmark}'s
 * clients. Measured on the calling thread ({@code getCurrentThreadCpuTime},
 * {@code getThreadAllocatedBytes}), so other processes on the machine move it little.
 *
 * <p>{@code java -cp ... ai.domainassist.benchmarks.core.PipelineCostCpu VARIANT [seconds]}, VARIANT
 * one of {@code all-file} (the peers' every-decorator client), {@code all} (the same with an audit
 * sink that drops records: no file write), {@code defaults} (the default pipeline, no audit sink),
 * or {@code none}, {@code events}, {@code micrometer}, {@code otel}, {@code both} (the listener
 * benchmark's clients and request). Prints one line per 100,000 calls after 200,000 warm-up calls.
 */
public final class PipelineCostCpu {
    private PipelineCostCpu() {
    }

    /**
     * @param args the variant and the seconds to measure (default 3)
     * @throws IOException if the audit file cannot be made
     */
    public static void main(String[] args) throws IOException {
        String variant = args[0];
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        ListenerOverheadBenchmark listeners = new ListenerOverheadBenchmark();
        ModelClient client;
        ChatRequest request;
        Path audit = null;
        if (variant.equals("all-file") || variant.equals("all") || variant.equals("defaults")) {
            ModelClientBuilder b = ModelClient.builder().provider(new Canned("memory"));
            if (!variant.equals("defaults")) {
                AuditSink sink;
                if (variant.equals("all-file")) {
                    audit = Files.createTempFile("pipeline-cost-", ".jsonl");
                    sink = new JsonLinesAuditSink(audit);
                } else {
                    sink = record -> { };
                }
                b.provider(new Canned("backup")).budget(Budget.tokens(Long.MAX_VALUE / 4))
                        .rateLimit(RateLimitPolicy.perSecond(1_000_000)).auditSink(sink);
            }
            client = b.build();
            request = ChatRequest.builder().user(Payloads.prompt()).model(Payloads.CHAT_MODEL).build();
        } else {
            client = listeners.build(variant);
            request = ListenerOverheadBenchmark.request();
        }
        try {
            for (int i = 0; i < 200_000; i++) {
                client.chat(request);
            }
            long thread = Thread.currentThread().getId();
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                int calls = 100_000;
                long a0 = mx.getThreadAllocatedBytes(thread);
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                    client.chat(request);
                }
                long t1 = mx.getCurrentThreadCpuTime();
                long a1 = mx.getThreadAllocatedBytes(thread);
                System.out.printf(Locale.ROOT, "%s cpu/call %.3f us  alloc/call %d B%n", variant, (t1 - t0) / 1e3 / calls,
                        (a1 - a0) / calls);
            }
        } finally {
            client.close();
            listeners.closeOtel();
            if (audit != null) {
                Files.deleteIfExists(audit);
            }
        }
    }

    /** A provider that answers every chat with the peers' 1 KiB answer (500 + 300 tokens). Chat only. */
    private static final class Canned implements ModelProvider {
        private final String name;
        private final ChatResponse answer;

        Canned(String name) {
            this.name = name;
            this.answer = new ChatResponse("i", Payloads.CHAT_MODEL, name, Payloads.answer(), null, List.of(),
                    FinishReason.STOP, Usage.of(500, 300), Duration.ZERO, null);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public ProviderCapabilities capabilities() {
            return ProviderCapabilities.ALL;
        }

        @Override
        public ChatResponse chat(ChatRequest r) {
            return answer;
        }

        @Override
        public StreamHandle stream(ChatRequest r, StreamHandler h) {
            throw new UnsupportedOperationException("chat only");
        }

        @Override
        public EmbeddingResponse embed(EmbeddingRequest r) {
            throw new UnsupportedOperationException("chat only");
        }
    }
}
