package ai.domainassist.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof ai.domainassist.benchmarks.peers.CpuProfiler}) that reports the CPU
 * time the benchmark JVM spent per operation: {@code cpu.time.norm} (ns/op), the process CPU time
 * (user + system, every thread) over an iteration divided by the operations JMH counted in it, the
 * way JMH's GC profiler normalises allocations. It covers the caller threads, the client library's
 * own I/O and callback threads (OkHttp's dispatcher, the JDK HTTP client's selector and executor),
 * garbage collection, the JIT compiler and JMH's harness; it does not cover the server, which runs
 * in its own process. Also reports {@code cpu.util} (cores busy on average during the iteration).
 *
 * <p>One instance per fork; JMH calls it from one thread.
 */
public final class CpuProfiler implements InternalProfiler {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long cpuBefore;
    private long wallBefore;

    @Override
    public String getDescription() {
        return "process CPU time per operation (all threads of the benchmark JVM)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        wallBefore = System.nanoTime();
        cpuBefore = OS.getProcessCpuTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                 IterationResult result) {
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        long ops = result.getMetadata().getAllOps();
        return List.of(
                new ScalarResult("cpu.time.norm", ops == 0 ? Double.NaN : cpu / (double) ops, "ns/op",
                        AggregationPolicy.AVG),
                new ScalarResult("cpu.util", wall == 0 ? Double.NaN : cpu / (double) wall, "cores",
                        AggregationPolicy.AVG));
    }
}
