package ai.domainassist.benchmarks;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.grounding.Claim;
import ai.domainassist.core.grounding.GroundingReport;
import ai.domainassist.core.grounding.GroundingVerifier;
import ai.domainassist.core.grounding.Source;
import ai.domainassist.core.privacy.Redactor;
import ai.domainassist.core.provider.ModelProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the trust layer costs per call, without any network: redacting a 10,000-character
 * record, verifying 20 quotes against it, and one chat call through the builder's full default
 * pipeline (budget off; redaction, cache miss, bulkhead, circuit breaker, retry, audit, usage)
 * over an in-memory provider.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TrustPipelineBenchmark {
    private static final String PARAGRAPH = "患者张三，男，45岁，身份证11010519491231002X，电话13812345678，因咳嗽、咳痰3天，"
            + "伴发热1天就诊。最高体温39.5℃，无胸痛。既往高血压病史5年。诊断：社区获得性肺炎。";

    private String record;
    private Redactor redactor;
    private List<Source> sources;
    private List<Claim> claims;
    private ModelClient client;
    private ChatRequest request;

    /** Builds the inputs and the client. */
    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 10_000) {
            sb.append(PARAGRAPH);
        }
        record = sb.toString();
        redactor = Redactor.defaults();
        sources = List.of(new Source("record", record));
        claims = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            claims.add(Claim.of("found" + i, "最高体温３９．５℃"));
            claims.add(Claim.of("fabricated" + i, "最高体温38.5℃"));
        }
        ModelProvider memory = new InMemoryProvider();
        client = ModelClient.builder().provider(memory).logging(false).build();
        request = ChatRequest.builder().system("你是病历助手").user(PARAGRAPH).privateTerm("张三").build();
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** @return the redacted record */
    @Benchmark
    public String redact10kChars() {
        return redactor.newRedaction(List.of("张三")).redact(record);
    }

    /** @return the grounding report */
    @Benchmark
    public GroundingReport verify20Quotes() {
        return GroundingVerifier.standard().verify(sources, claims);
    }

    /** @return the answer */
    @Benchmark
    public ChatResponse chatThroughDefaultPipeline() {
        return client.chat(request);
    }
}
