package ai.domainassist.retrieval.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import java.util.Collection;
import java.util.Map;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch 2.19 cluster in the test JVM, reached over HTTP on 127.0.0.1 like
 * any server: the OpenSearch server jar with three of its standard modules (Netty HTTP transport,
 * analysis-common for {@code cjk_width}/{@code cjk_bigram}, Painless for vector scoring), all from
 * Maven Central. One per JVM (started on first use, stopped at JVM exit), so test classes share it.
 * Public in this module's test-jar for the benchmarks.
 */
public final class OpenSearchNode {
    private static OpenSearchNode shared;

    private final Node node;
    private final String url;
    private final Path home;

    private OpenSearchNode() throws Exception {
        home = Files.createTempDirectory("da-opensearch");
        int http = freePort();
        int transport = freePort();
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("cluster.name", "da-test")
                .put("node.name", "da-test-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", http)
                .put("transport.port", transport)
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("search.default_search_timeout", "30s")
                .build();
        node = new ModuleNode(settings, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, PainlessPlugin.class));
        node.start();
        url = "http://127.0.0.1:" + http;
    }

    /** @return the node of this JVM, started on first call */
    public static synchronized OpenSearchNode get() {
        if (shared == null) {
            try {
                shared = new OpenSearchNode();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the in-JVM OpenSearch node", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "opensearch-node-stop"));
        }
        return shared;
    }

    /** @return the HTTP address, e.g. {@code http://127.0.0.1:39201} */
    public String url() {
        return url;
    }

    private void stop() {
        try {
            node.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node with its modules given as classes on the classpath (Node's constructor for that is protected). */
    private static final class ModuleNode extends Node {
        ModuleNode(Settings settings, Collection<Class<? extends Plugin>> modules) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "da-test-node"),
                    modules, true);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
