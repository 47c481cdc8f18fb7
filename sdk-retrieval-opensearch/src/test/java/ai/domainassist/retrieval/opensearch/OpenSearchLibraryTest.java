package ai.domainassist.retrieval.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.RetrievalException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What is particular to the OpenSearch library beyond the shared contract. */
class OpenSearchLibraryTest {
    @Test
    void anIndexWrittenWithOneEmbedderRefusesAnother() {
        String url = OpenSearchNode.get().url();
        try (OpenSearchLibrary lib = OpenSearchLibrary.builder().url(url).index("embedder-a").replicas(0)
                .embedder(Embedder.hashing(32)).build()) {
            lib.add(Document.of("d1", "标题", "第一条　保险责任。"));
        }
        assertThatThrownBy(() -> OpenSearchLibrary.builder().url(url).index("embedder-a").replicas(0)
                .embedder(Embedder.hashing(64)).build()).isInstanceOf(RetrievalException.class)
                .hasMessageContaining("hashing-32").hasMessageContaining("hashing-64");
        try (OpenSearchLibrary again = OpenSearchLibrary.builder().url(url).index("embedder-a").replicas(0)
                .embedder(Embedder.hashing(32)).build()) {
            assertThat(again.count()).isEqualTo(1);
        }
    }

    @Test
    void anUnreachableClusterIsARetrievalExceptionNamingTheCallNotTheText() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> OpenSearchLibrary.builder().url("http://127.0.0.1:" + port).timeout(Duration.ofSeconds(2))
                .build()).isInstanceOf(RetrievalException.class).hasMessageContaining("unreachable")
                .hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void aRefusedWriteSaysWhichDocumentAndNeverItsText() {
        try (OpenSearchLibrary lib = OpenSearchLibrary.builder().url(OpenSearchNode.get().url()).index("refused")
                .replicas(0).build()) {
            // 200 characters are a valid Document id but 600 bytes, over OpenSearch's 512-byte limit: refused
            Document bad = new Document("长".repeat(200), "标题", "第一条　身份证号110101199003074514的申请人。",
                    DocumentMetadata.none());
            assertThatThrownBy(() -> lib.add(bad)).isInstanceOf(RetrievalException.class)
                    .hasMessageContaining("_bulk").hasMessageContaining("HTTP 400")
                    .hasMessageNotContaining("110101199003074514");
            assertThat(lib.count()).isZero();
        }
        assertThatThrownBy(() -> OpenSearchLibrary.builder().url(OpenSearchNode.get().url()).index("Upper"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
