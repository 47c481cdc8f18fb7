package ai.domainassist.benchmarks.medical;

import ai.domainassist.core.Result;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The offline medical engine on one thread: dialogues of about 500 characters (four different
 * visits, taken in turn) parsed, structured into an outpatient record and checked, as a hospital
 * system calls it ({@code assistant.structure(Transcript.parse(text))}). The score is dialogues
 * per second. Run:
 * <pre>
 * mvn -B -q -Dquick -DskipTests -Pbench -pl benchmarks -am verify \
 *     -Djmh.args="MedicalRecordBenchmark -rf json -rff results/medical.json"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class MedicalRecordBenchmark {
    private MedicalRecordAssistant assistant;
    private List<String> dialogues;
    private int next;

    /** Loads the dialogues and builds the assistant once (as an application would). */
    @Setup(Level.Trial)
    public void setUp() {
        assistant = MedicalRecordAssistant.builder().build();
        dialogues = load();
        for (String d : dialogues) {
            if (assistant.structure(Transcript.parse(d)).value().sections().isEmpty()) {
                throw new IllegalStateException("benchmark dialogue produced no record");
            }
        }
    }

    /**
     * One dialogue in, one checked record out.
     *
     * @return the result (returned so the JIT cannot drop the work)
     */
    @Benchmark
    public Result<OutpatientRecord> structureOneDialogue() {
        String text = dialogues.get(next);
        next = (next + 1) % dialogues.size();
        return assistant.structure(Transcript.parse(text));
    }

    static List<String> load() {
        try (InputStream in = MedicalRecordBenchmark.class.getResourceAsStream("dialogues.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing dialogues.txt");
            }
            StringBuilder body = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    body.append(line).append('\n');
                }
            }
            List<String> out = new ArrayList<>();
            for (String block : body.toString().split("(?m)^===\\s*$")) {
                if (!block.isBlank()) {
                    out.add(block.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
