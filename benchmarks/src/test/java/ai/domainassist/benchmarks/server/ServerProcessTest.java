package ai.domainassist.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class ServerProcessTest {

    @Test
    void aChildJvmServesUntilClosed() throws IOException {
        OkHttpClient http = new OkHttpClient();
        String stats;
        ServerProcess server = ServerProcess.start();
        try (server) {
            assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
            try (Response r = http.newCall(new Request.Builder().url(server.root().resolve("/stats").toString()).build())
                    .execute()) {
                stats = r.body().string();
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        assertThat(stats).isEqualTo("{\"connections\":1,\"requests\":1}");
        OkHttpClient again = new OkHttpClient();
        try (Response r = again.newCall(new Request.Builder().url(server.root().resolve("/stats").toString()).build())
                .execute()) {
            throw new AssertionError("the server still answers after close: " + r.code());
        } catch (IOException expected) {
            // connection refused: the child is gone
        } finally {
            again.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void anExternalServerIsUsedAsGivenAndLeftAlone() {
        System.setProperty("bench.server.url", "http://127.0.0.1:9/v1");
        try (ServerProcess server = ServerProcess.start()) {
            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
            assertThat(server.root().toString()).isEqualTo("http://127.0.0.1:9");
        } finally {
            System.clearProperty("bench.server.url");
        }
    }
}
