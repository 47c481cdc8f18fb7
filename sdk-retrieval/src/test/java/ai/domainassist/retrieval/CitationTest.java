package ai.domainassist.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.grounding.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void referenceAndEvidence() {
        Citation c = new Citation("law-1", "中华人民共和国保险法", "主席令第二十六号", List.of("第二章", "第十六条"), 10, 14, "如实告知");
        assertThat(c.reference()).isEqualTo("《中华人民共和国保险法》（主席令第二十六号）第二章 > 第十六条");
        assertThat(c.toEvidence()).isEqualTo(new Evidence("law-1", 10, 14, "如实告知"));
        assertThat(new Citation("x", "", "", List.of(), 0, 1, "条").reference()).isEqualTo("《x》");
    }

    @Test
    void spanMustMatchTheQuote() {
        assertThatThrownBy(() -> new Citation("x", "t", "", List.of(), 0, 3, "条")).isInstanceOf(IllegalArgumentException.class);
    }
}
