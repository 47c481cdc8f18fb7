package ai.domainassist.core.testing;

import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.core.provider.Providers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real local model server for integration tests ({@code *IT} classes), shared by every module
 * through sdk-core's test-jar: llama.cpp's {@code llama-server} with the tiny deterministic model
 * of {@code tools/llama-peer} (read its README for what the model answers).
 *
 * <p>{@link #url()} returns the server's base URL ({@code http://127.0.0.1:PORT}, no {@code /v1}):
 * <ul>
 *   <li>the system property {@code llama.peer.url} when it is set and not blank;</li>
 *   <li>else, once per JVM, it finds the repository root (walking up from {@code user.dir} to the
 *       folder holding {@code tools/llama-peer/setup.sh}), picks a free port, runs
 *       {@code PORT=<port> tools/llama-peer/setup.sh <module>/target/llama-peer --keep} and kills
 *       the server when the JVM exits. llama.cpp and the model are downloaded and unpacked once per
 *       machine into setup.sh's shared cache ({@code ~/.cache/domainassist/llama-peer}, or
 *       {@code LLAMA_PEER_CACHE}); {@code target/llama-peer} only holds the run's PID and log.</li>
 * </ul>
 * When the server cannot be set up, the calling test FAILS with the tail of the setup log if the
 * environment variable {@code LLAMA_PEER_REQUIRED=1} (CI sets it), and is otherwise ABORTED (a
 * JUnit assumption: reported as skipped, never as passed) after a loud banner on standard error.
 *
 * <p>Thread-safe.
 */
public final class LlamaPeer {
    /** The model alias the server answers to. */
    public static final String MODEL = "tiny-test-model";

    private static String url;
    private static String failure;

    private LlamaPeer() {
    }

    /**
     * The server as a provider: its OpenAI-compatible endpoint ({@code url() + "/v1"}), named
     * {@code llama-peer}, with {@link #MODEL} as the default chat and embedding model.
     *
     * @return the provider spec
     * @throws org.opentest4j.TestAbortedException if the server cannot be set up and it is not required
     * @throws AssertionError if it cannot be set up and {@code LLAMA_PEER_REQUIRED=1}
     */
    public static ProviderSpec provider() {
        return Providers.openAiCompatible(url() + "/v1", null).toBuilder().name("llama-peer")
                .defaultChatModel(MODEL).defaultEmbeddingModel(MODEL).build();
    }

    /**
     * @return the server's base URL, without a trailing slash
     * @throws org.opentest4j.TestAbortedException if it cannot be set up and it is not required
     * @throws AssertionError if it cannot be set up and {@code LLAMA_PEER_REQUIRED=1}
     */
    public static synchronized String url() {
        String given = System.getProperty("llama.peer.url", "");
        if (!given.isBlank()) {
            return given.strip().replaceAll("/+$", "");
        }
        if (url == null && failure == null) {
            start();
        }
        if (url != null) {
            return url;
        }
        if ("1".equals(System.getenv("LLAMA_PEER_REQUIRED"))) {
            return Assertions.fail("llama-peer is required (LLAMA_PEER_REQUIRED=1) but could not be set up: " + failure);
        }
        Assumptions.abort("llama-peer not available, integration test NOT RUN: " + failure);
        throw new IllegalStateException("unreachable");
    }

    private static void start() {
        Path root = repositoryRoot();
        if (root == null) {
            fail("no tools/llama-peer/setup.sh above " + System.getProperty("user.dir"), null);
            return;
        }
        Path dir = Path.of(System.getProperty("user.dir"), "target", "llama-peer").toAbsolutePath();
        Path log = dir.resolveSibling("llama-peer-setup.log");
        try {
            Files.createDirectories(dir);
            int port = freePort();
            ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("tools/llama-peer/setup.sh").toString(),
                    dir.toString(), "--keep").directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("PORT", Integer.toString(port));
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("setup.sh did not finish within 10 minutes", log);
                return;
            }
            Path pidFile = dir.resolve("server.pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                Runtime.getRuntime().addShutdownHook(new Thread(() ->
                        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy), "llama-peer-stop"));
            }
            if (p.exitValue() != 0) {
                fail("setup.sh exited with " + p.exitValue(), log);
                return;
            }
            url = "http://127.0.0.1:" + port;
        } catch (IOException | RuntimeException e) {
            fail("setup.sh could not run: " + e, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while setting up", log);
        }
    }

    private static void fail(String why, Path log) {
        StringBuilder sb = new StringBuilder(why);
        if (log != null && Files.exists(log)) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                sb.append("\n--- last lines of ").append(log).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
            } catch (IOException e) {
                sb.append(" (setup log unreadable: ").append(e).append(')');
            }
        }
        failure = sb.toString();
        System.err.println("\n" + "!".repeat(78) + "\n!! llama-peer: the real model server could not be set up.\n"
                + "!! Integration tests that need it are NOT RUN (aborted, not passed).\n!! " + failure.replace("\n", "\n!! ")
                + "\n" + "!".repeat(78) + "\n");
    }

    private static Path repositoryRoot() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("tools/llama-peer/setup.sh"))) {
                return p;
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
