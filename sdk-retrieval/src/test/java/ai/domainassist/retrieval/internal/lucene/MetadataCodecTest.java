package ai.domainassist.retrieval.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Validity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataCodecTest {

    @Test
    void roundTrips() {
        DocumentMetadata full = DocumentMetadata.builder().source("gov.example").issuingAuthority("国务院")
                .documentNumber("国发〔2099〕1号").issueDate(LocalDate.of(2099, 1, 2)).effectiveDate(LocalDate.of(2099, 2, 1))
                .expiryDate(LocalDate.of(2104, 1, 31)).validity(Validity.REPEALED).supersededBy("国发〔2100〕3号")
                .tags("\"引号\"", "税收").build();
        assertThat(MetadataCodec.decode(MetadataCodec.encode(full))).isEqualTo(full);
        assertThat(MetadataCodec.decode(MetadataCodec.encode(DocumentMetadata.none()))).isEqualTo(DocumentMetadata.none());
        assertThat(MetadataCodec.decodePath(MetadataCodec.encodePath(List.of("第三章", "第十二条 \"x\"")))).containsExactly("第三章", "第十二条 \"x\"");
    }
}
