package ai.domainassist.finance.registry;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: Debian's binaries ({@code apt-get install postgresql},
 * which {@code .ci/run} does), a fresh cluster in a temporary directory, on 127.0.0.1 and a free
 * port, started and stopped with {@code pg_ctl}. PostgreSQL refuses to run as root, so as root the
 * commands run as the {@code postgres} user the package creates ({@code runuser}).
 *
 * <p>Without the binaries the calling test is skipped with a message, unless
 * {@code DA_REQUIRE_POSTGRES=1} (set by {@code .ci/run}) makes that a failure.
 */
final class PostgresServer implements AutoCloseable {
    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path data, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * Creates a cluster and starts it, or skips the test when PostgreSQL is not installed.
     *
     * @return the running server
     */
    static PostgresServer start() throws Exception {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String msg = "PostgreSQL binaries not found (apt-get install postgresql, or set DA_PG_BIN): "
                    + "the PostgreSQL registry tests are SKIPPED";
            if ("1".equals(System.getenv("DA_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(msg + " but DA_REQUIRE_POSTGRES=1");
            }
            System.err.println("\n*** " + msg + " ***\n");
            assumeTrue(false, msg);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("da-pg");
        Path data = dir.resolve("data");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        PostgresServer pg = new PostgresServer(bin.get(), data, freePort(), root);
        pg.pg("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        pg.startServer();
        return pg;
    }

    private static Optional<Path> binaries() {
        String env = System.getenv("DA_PG_BIN");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(p -> Files.isExecutable(p.resolve("pg_ctl")));
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Starts the server (after {@link #stop}, on the same data and port). */
    void startServer() throws Exception {
        // fsync off: a test cluster need not survive a power cut; a fast shutdown still writes everything
        pg("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", data.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + data
                        + " -c fsync=off -c max_connections=100", "start");
    }

    /** Stops the server the way an administrator's restart does ({@code pg_ctl stop -m fast}). */
    void stop() throws Exception {
        pg("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-m", "fast", "stop");
    }

    /** @return a JDBC URL of database {@code postgres} */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /**
     * A pooled data source as an application would configure one: connections are checked out per
     * call; a broken connection is discarded, and a new one made when the server is back.
     *
     * @param size the pool size
     * @return the data source (close it)
     */
    HikariDataSource pool(int size) {
        return pool(url(), size);
    }

    static HikariDataSource pool(String url, int size) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername("postgres");
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(0);
        c.setConnectionTimeout(10_000);
        c.setInitializationFailTimeout(-1);
        return new HikariDataSource(c);
    }

    /** Drops the registry's tables, for a fresh run on the same server. */
    void dropRegistry() throws SQLException {
        try (HikariDataSource ds = pool(1); Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS da_invoice_claim, da_invoice_key, da_invoice_schema, da_invoice_registry");
        }
    }

    private void pg(String tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(tool).toString());
        cmd.addAll(Arrays.asList(args));
        run(cmd, true);
    }

    private static void run(List<String> cmd, boolean quietOutput) throws Exception {
        File log = File.createTempFile("da-pg-cmd", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(cmd.get(cmd.size() > 4 ? 4 : 0) + " failed: " + Files.readString(log.toPath()));
        }
        Files.deleteIfExists(log.toPath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(data.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
