package ai.domainassist.retrieval.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.testing.LlamaPeer;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.RetrievalException;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dense and hybrid retrieval with embeddings from a real {@link ModelClient} over HTTP: llama-peer's
 * tiny model serves {@code /v1/embeddings} (384 L2-normalised floats, a bag of tokens, so texts
 * sharing words are closer).
 */
class ModelClientEmbedderIT {
    private static ModelClient client;

    private static final Document INSURANCE = Document.of("ins-1", "团体意外伤害保险条款",
            "2.1 意外身故保险金 被保险人因意外伤害身故的，我们按基本保险金额给付意外身故保险金。\n"
                    + "2.2 责任免除 被保险人酒后驾驶机动车导致身故的，我们不承担给付保险金的责任。");
    private static final Document WATER = Document.of("reg-1", "城市供水用水管理条例",
            "第一条　用水单位应当采用节水型工艺和设备，提高水的重复利用率。\n第二条　禁止盗用城市公共供水。");

    @BeforeAll
    static void connect() {
        client = ModelClient.builder().provider(LlamaPeer.provider())
                .callTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void embedsThroughTheClient() {
        List<float[]> vectors = Embedder.of(client, LlamaPeer.MODEL).embed(List.of("酒后驾驶", "城市供水"));
        assertThat(vectors).hasSize(2);
        assertThat(vectors.get(0)).hasSize(384);
    }

    @Test
    void vectorAndHybridSearchOverARealEmbeddingModel(@TempDir Path dir) {
        Embedder embedder = Embedder.of(client, LlamaPeer.MODEL);
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).embedder(embedder).build()) {
            library.addAll(List.of(INSURANCE, WATER));
            Hit vector = library.search(SearchRequest.of("酒后驾驶 保险金", 1).withMode(SearchMode.VECTOR)).get(0);
            assertThat(vector.citation().heading()).isEqualTo("2.2 责任免除");
            Hit hybrid = library.search("酒后驾驶 保险金", 1).get(0);
            assertThat(hybrid.citation().heading()).isEqualTo("2.2 责任免除");
            assertThat(INSURANCE.text().substring(hybrid.citation().start(), hybrid.citation().end())).isEqualTo(hybrid.text());
        }
        // The index remembers the model: reopening with it works, with another embedder it is refused.
        try (DocumentLibrary library = DocumentLibrary.builder().directory(dir).embedder(embedder).build()) {
            assertThat(library.search(SearchRequest.of("节水型工艺", 1).withMode(SearchMode.VECTOR)).get(0).documentId())
                    .isEqualTo("reg-1");
        }
        assertThatThrownBy(() -> DocumentLibrary.builder().directory(dir).embedder(Embedder.hashing(384)).build())
                .isInstanceOf(RetrievalException.class).hasMessageContaining(LlamaPeer.MODEL);
    }
}
