package ai.domainassist.benchmarks.core;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.benchmarks.peers.Drivers;
import ai.domainassist.benchmarks.server.ServerProcess;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.testkit.FakeOpenAiServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The listeners' overhead measured as CPU time of the calling thread, for a shared, loaded machine
 * where wall-clock JMH figures swing by whole multiples (the thread waits for a core): the same
 * call as {@link ListenerOverheadBenchmark}, the four clients built in one JVM and warmed up, then
 * {@code rounds} rounds in which each variant, in a rotated order, makes {@code calls} calls; a
 * round's ratio is a variant's CPU per call over {@code none}'s in the same round. Prints, and
 * writes to {@code results/listeners-cpu.md}, the median ratio and its interquartile range.
 *
 * <p>With {@code http} as third argument the clients call the peers benchmark's server
 * ({@link ServerProcess}: 127.0.0.1, its own JVM, the 1 KiB chat answer) through the
 * OpenAI-compatible adapter instead of the in-memory provider: a real local HTTP exchange (OkHttp
 * on the calling thread; the server's CPU is not counted), the second denominator for the same
 * listeners; written to {@code results/listeners-cpu-http.md}. With {@code fake} they call the test
 * kit's {@link FakeOpenAiServer} on 127.0.0.1 instead (MockWebServer, in this JVM; its threads' CPU
 * is not counted either; it keeps every request it received, so keep the call counts moderate),
 * answering the in-memory provider's answer; written to {@code results/listeners-cpu-fake.md}.
 *
 * <p>{@code java -cp ... ai.domainassist.benchmarks.core.ListenerOverheadCpu [rounds] [calls] [http|fake]}
 */
public final class ListenerOverheadCpu {
    private static final List<String> VARIANTS = List.of("none", "events", "micrometer", "otel", "both");

    private ListenerOverheadCpu() {
    }

    /**
     * @param args rounds (default 30) and calls per variant and round (default 20,000)
     * @throws IOException if the results cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        String mode = args.length > 2 ? args[2] : "memory";
        boolean http = mode.equals("http");
        boolean fake = mode.equals("fake");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ListenerOverheadBenchmark factory = new ListenerOverheadBenchmark();
        ServerProcess server = null;
        FakeOpenAiServer fakeServer = null;
        Map<String, ModelClient> clients = new LinkedHashMap<>();
        if (fake) {
            fakeServer = FakeOpenAiServer.start();
            fakeServer.onChat(r -> true, "好的", Usage.of(50, 2)); // the in-memory provider's answer, every time
            for (String v : VARIANTS) {
                clients.put(v, factory.build(v, ModelClient.builder()
                        .provider(Providers.openAiCompatible(fakeServer.baseUrl(), Drivers.API_KEY))));
            }
        } else if (http) {
            server = ServerProcess.start();
            for (String v : VARIANTS) {
                clients.put(v, factory.build(v, ModelClient.builder()
                        .provider(Providers.openAiCompatible(server.baseUrl(), Drivers.API_KEY))));
            }
        } else {
            for (String v : VARIANTS) {
                clients.put(v, factory.build(v));
            }
        }
        ChatRequest request = ListenerOverheadBenchmark.request();
        for (int w = 0; w < 5; w++) {          // warm-up: every variant compiled before measuring
            for (ModelClient c : clients.values()) {
                run(c, request, calls);
            }
        }
        Map<String, List<Double>> perCall = new LinkedHashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        VARIANTS.forEach(v -> {
            perCall.put(v, new ArrayList<>());
            ratios.put(v, new ArrayList<>());
        });
        String load0 = load();
        for (int r = 0; r < rounds; r++) {
            Map<String, Double> round = new LinkedHashMap<>();
            for (int i = 0; i < VARIANTS.size(); i++) {
                String v = VARIANTS.get((i + r) % VARIANTS.size());
                long t0 = cpu.getCurrentThreadCpuTime();
                run(clients.get(v), request, calls);
                round.put(v, (cpu.getCurrentThreadCpuTime() - t0) / 1e3 / calls);
            }
            for (String v : VARIANTS) {
                perCall.get(v).add(round.get(v));
                ratios.get(v).add(round.get(v) / round.get("none"));
            }
        }
        String load1 = load();
        clients.values().forEach(ModelClient::close);
        factory.closeOtel();
        if (server != null) {
            server.close();
        }
        if (fakeServer != null) {
            fakeServer.close();
        }

        StringBuilder md = new StringBuilder();
        md.append("Listener overhead, CPU time of the calling thread per chat call through the default pipeline ")
                .append(fake ? "(OpenAI-compatible adapter, a real HTTP call to the test kit's fake server on 127.0.0.1), "
                        : http ? "(OpenAI-compatible adapter, a real HTTP call to the benchmark server on 127.0.0.1), "
                        : "(in-memory provider), ").append(rounds).append(" rounds of ").append(calls)
                .append(" calls per variant; load average ").append(load0).append(" at start, ").append(load1)
                .append(" at end.\n\n| listeners | CPU per call, µs (median [IQR]) | ratio to none (median [IQR]) |\n")
                .append("| --- | ---: | ---: |\n");
        for (String v : VARIANTS) {
            double[] c = quartiles(perCall.get(v));
            double[] q = quartiles(ratios.get(v));
            md.append(String.format(Locale.ROOT, "| %s | %.2f [%.2f, %.2f] | %.3f [%.3f, %.3f] |%n", v, c[1], c[0], c[2],
                    q[1], q[0], q[2]));
        }
        System.out.print(md);
        Files.createDirectories(Path.of("results"));
        Files.writeString(Path.of("results", fake ? "listeners-cpu-fake.md" : http ? "listeners-cpu-http.md"
                : "listeners-cpu.md"), md,
                StandardCharsets.UTF_8);
    }

    private static void run(ModelClient c, ChatRequest request, int calls) {
        for (int i = 0; i < calls; i++) {
            if (c.chat(request) == null) {
                throw new IllegalStateException("no answer");
            }
        }
    }

    private static double[] quartiles(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {at(s, 0.25), at(s, 0.5), at(s, 0.75)};
    }

    private static double at(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    private static String load() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(1).findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
