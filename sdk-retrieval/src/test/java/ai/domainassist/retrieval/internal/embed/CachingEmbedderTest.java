package ai.domainassist.retrieval.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.RetrievalException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    /** A real embedder that records each call's batch. */
    private static final class Recording implements Embedder {
        final List<List<String>> calls = new ArrayList<>();
        final Embedder inner = new HashingEmbedder(32);

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public synchronized List<float[]> embed(List<String> texts) {
            calls.add(List.copyOf(texts));
            return inner.embed(texts);
        }
    }

    @Test
    void embedsEachDistinctTextOnceAndKeepsOrder() {
        Recording rec = new Recording();
        CachingEmbedder cache = new CachingEmbedder(rec, 100);
        List<float[]> first = cache.embed(List.of("甲", "乙", "甲"));
        assertThat(rec.calls).containsExactly(List.of("甲", "乙"));
        assertThat(first.get(0)).containsExactly(first.get(2));
        assertThat(first.get(0)).containsExactly(rec.inner.embed(List.of("甲")).get(0));

        List<float[]> second = cache.embed(List.of("乙", "丙"));
        assertThat(rec.calls).containsExactly(List.of("甲", "乙"), List.of("丙"));
        assertThat(second.get(0)).containsExactly(first.get(1));
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(3);

        second.get(0)[0] = 99f;
        assertThat(cache.embed(List.of("乙")).get(0)[0]).as("callers get copies").isNotEqualTo(99f);
    }

    @Test
    void largeInputsGoInBatches() {
        Recording rec = new Recording();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            texts.add("文本" + i);
        }
        new CachingEmbedder(rec, 0).embed(texts);
        assertThat(rec.calls).extracting(List::size).containsExactly(64, 64, 22);
    }

    @Test
    void aWrongNumberOfVectorsIsReported() {
        Embedder shortAnswer = new Embedder() {
            @Override
            public String id() {
                return "short";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                return List.of(new float[] {1f});
            }
        };
        assertThatThrownBy(() -> new CachingEmbedder(shortAnswer, 10).embed(List.of("a", "b")))
                .isInstanceOf(RetrievalException.class).hasMessageContaining("1 vectors for 2 texts");
    }
}
