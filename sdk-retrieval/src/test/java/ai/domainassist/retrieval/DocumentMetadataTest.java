package ai.domainassist.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentMetadataTest {

    @Test
    void defaultsAndBlankValues() {
        DocumentMetadata m = DocumentMetadata.builder().source("  ").tags(" 税收 ", "", "税收").build();
        assertThat(m.source()).isEmpty();
        assertThat(m.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(m.tags()).containsExactly("税收");
        assertThat(m.toBuilder().build()).isEqualTo(m);
    }

    @Test
    void inconsistentValuesAreRefused() {
        assertThatThrownBy(() -> DocumentMetadata.builder().effectiveDate(LocalDate.of(2099, 2, 1))
                .expiryDate(LocalDate.of(2099, 1, 1)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentMetadata.builder().supersededBy("new").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REPEALED");
        assertThat(DocumentMetadata.builder().validity(Validity.REPEALED).supersededBy("new").build().supersededBy())
                .contains("new");
    }

    @Test
    void documentsAndRequestsValidateToo() {
        assertThatThrownBy(() -> Document.of(" ", "t", "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Document.of("id", "t", " \n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Document.of("x".repeat(513), "t", "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("q", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chunk("d", 0, java.util.List.of(), 0, 5, "abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
