package ai.domainassist.examples.gov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.examples.Samples;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.Urgency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRequestFileTest {
    @TempDir
    Path tmp;

    @Test
    void readsEveryField() throws Exception {
        DraftRequest r = DraftRequestFile.read(Samples.path("gov/draft/request-funding.json"));
        assertThat(r.type()).isEqualTo(DocumentType.REQUEST);
        assertThat(r.authority()).isEqualTo("江州市城市管理局");
        assertThat(r.addressees()).containsExactly("江州市人民政府");
        assertThat(r.agencyCode()).contains("江城管");
        assertThat(r.serial()).isEqualTo(12);
        assertThat(r.signers()).containsExactly("陈立群");
        assertThat(r.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(r.keyPoints()).hasSize(2);
        assertThat(r.keyPoints().get(0).children()).extracting(k -> k.text()).containsExactly("工作进展", "资金需求");
        assertThat(r.references()).containsExactly("jzf-2024-3");
        assertThat(r.copyTo()).containsExactly("江州市财政局");
    }

    @Test
    void chineseTypeNamesAndEnumsAreAccepted() throws Exception {
        Path f = tmp.resolve("r.json");
        Files.writeString(f, "{\"type\": \"通知\", \"authority\": \"江州市水务局\", \"subject\": \"做好防汛工作\","
                + " \"date\": \"2024-06-01\", \"urgency\": \"urgent\", \"keyPoints\": [\"总体要求\"]}");
        DraftRequest r = DraftRequestFile.read(f);
        assertThat(r.type()).isEqualTo(DocumentType.NOTICE);
        assertThat(r.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(r.keyPoints()).extracting(k -> k.text()).containsExactly("总体要求");
    }

    @Test
    void badRequestsNameTheFileAndTheProblem() throws Exception {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\"subject\": \"x\"}");
        assertThatThrownBy(() -> DraftRequestFile.read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("\"type\"");
        Files.writeString(f, "{\"type\": \"NOTICE\",\n \"date\": ");
        assertThatThrownBy(() -> DraftRequestFile.read(f)).hasMessageContaining("is not JSON (line 2)");
        Files.writeString(f, "{\"type\": \"NOTICE\", \"date\": \"6 May\"}");
        assertThatThrownBy(() -> DraftRequestFile.read(f)).hasMessageContaining("bad.json");
    }
}
