package ai.domainassist.examples.gov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.examples.Samples;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.retrieval.Validity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryFolderTest {
    @TempDir
    Path tmp;

    @Test
    void loadsEveryListedPolicyWithItsValidityAndWhitelistsTheirSources() {
        try (PolicyLibrary library = LibraryFolder.load(Samples.path("gov/library"), null)) {
            assertThat(library.records()).hasSize(4);
            assertThat(library.get("jzf-2020-15").orElseThrow().validity()).isEqualTo(Validity.REPEALED);
            assertThat(library.get("jzf-2024-3").orElseThrow().documentNumber()).isEqualTo("江政发〔2024〕3号");
            assertThat(library.allowedSources()).containsExactlyInAnyOrder("江州市人民政府", "江州市人民政府办公室", "江州市城市管理局");
        }
    }

    @Test
    void anOnDiskIndexIsReusedWithoutAddingTwice() {
        Path index = tmp.resolve("index");
        try (PolicyLibrary library = LibraryFolder.load(Samples.path("gov/library"), index)) {
            assertThat(library.records()).hasSize(4);
        }
        try (PolicyLibrary library = LibraryFolder.load(Samples.path("gov/library"), index)) {
            assertThat(library.records()).hasSize(4);
        }
    }

    @Test
    void malformedIndexLinesAreNamed() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "通知");
        assertThatThrownBy(() -> LibraryFolder.entries(tmp)).isInstanceOf(LibraryFolderException.class)
                .hasMessageContaining("no library.tsv");
        Files.writeString(tmp.resolve("library.tsv"), "# comment\na.txt\tid-1\tVALID\t\t某市人民政府\n");
        assertThatThrownBy(() -> LibraryFolder.entries(tmp)).hasMessageContaining("line 2: validity must be");
        Files.writeString(tmp.resolve("library.tsv"), "b.txt\tid-1\tIN_FORCE\t\t某市人民政府\n");
        assertThatThrownBy(() -> LibraryFolder.entries(tmp)).hasMessageContaining("line 1: no file b.txt");
        Files.writeString(tmp.resolve("library.tsv"), "a.txt\tid-1\tIN_FORCE\n");
        assertThatThrownBy(() -> LibraryFolder.entries(tmp)).hasMessageContaining("expected file, id, validity");
    }
}
