package ai.domainassist.benchmarks.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The benchmark server as seen by a benchmark: either an external one named by the system
 * property {@code bench.server.url} (its {@code /v1} base URL), or a {@link BenchServer} started in
 * a child JVM with the same class path, so that its CPU time and allocations are not the client's.
 * The child stops when {@link #close()} closes its standard input, or is killed after two seconds;
 * a shutdown hook kills it if the benchmark JVM exits first.
 *
 * <p>Settings (system properties of the benchmark JVM): {@code bench.stream.chunks} (500),
 * {@code bench.stream.flushEvery} (1), {@code bench.embedding.dimensions} (1536).
 *
 * <p>Thread-safe.
 */
public final class ServerProcess implements AutoCloseable {
    /** Content chunks in a streamed answer. */
    public static final int STREAM_CHUNKS = Integer.getInteger("bench.stream.chunks", 500);
    /** Stream events per server write. */
    public static final int FLUSH_EVERY = Integer.getInteger("bench.stream.flushEvery", 1);
    /** Embedding vector length. */
    public static final int EMBEDDING_DIMENSIONS = Integer.getInteger("bench.embedding.dimensions", 1536);

    private final Process process;
    private final String baseUrl;
    private final Thread killer;

    private ServerProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.killer = process == null ? null : new Thread(process::destroyForcibly, "bench-server-killer");
        if (killer != null) {
            Runtime.getRuntime().addShutdownHook(killer);
        }
    }

    /**
     * Uses {@code bench.server.url} when set, else starts a server in a child JVM and waits (up to
     * 30 s) until it listens.
     *
     * @return the running server
     * @throws IllegalStateException if the child does not start
     */
    public static ServerProcess start() {
        String external = System.getProperty("bench.server.url", "");
        if (!external.isBlank()) {
            return new ServerProcess(null, external.strip());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), BenchServer.class.getName(),
                "--stream-chunks", String.valueOf(STREAM_CHUNKS), "--flush-every", String.valueOf(FLUSH_EVERY),
                "--embedding-dimensions", String.valueOf(EMBEDDING_DIMENSIONS)));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the benchmark server", e);
        }
        BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                    if (line.startsWith(BenchServer.READY)) {
                        port.complete(Integer.parseInt(line.substring(BenchServer.READY.length()).strip()));
                    } else {
                        System.out.println(line);
                    }
                }
            } catch (IOException | RuntimeException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the benchmark server exited"));
        }, "bench-server-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(p, "http://127.0.0.1:" + port.get(30, TimeUnit.SECONDS) + "/v1");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted while starting the benchmark server", e);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("the benchmark server did not start", e);
        }
    }

    /** @return the OpenAI-compatible base URL, {@code http://127.0.0.1:PORT/v1} */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the server's root, {@code http://127.0.0.1:PORT} */
    public URI root() {
        return URI.create(baseUrl.endsWith("/v1") ? baseUrl.substring(0, baseUrl.length() - 3) : baseUrl);
    }

    /** Stops a child server (an external one is left alone). Idempotent. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }
}
