package ai.domainassist.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.examples.cli.batch.BatchItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir
    Path in;

    @Test
    void filesAtAllLevelsWithUniqueOutputNamesSkippingHiddenReadmesAndTheOutputFolder() throws Exception {
        Files.createDirectories(in.resolve("am"));
        Files.createDirectories(in.resolve(".cache"));
        Files.createDirectories(in.resolve("out"));
        for (String f : List.of("a.txt", "a.json", "b.txt", "am/c.txt", ".cache/d.txt", "out/e.txt", "README.txt", "notes.doc")) {
            Files.writeString(in.resolve(f), "x");
        }
        List<BatchItem> items = Inputs.files(in, Set.of("txt", "json"), in.resolve("out"));
        assertThat(items).extracting(BatchItem::key).containsExactly("a.json", "a.txt", "am/c.txt", "b.txt");
        assertThat(items).extracting(BatchItem::outputStem).containsExactly("a.json", "a.txt", "am/c", "b");
    }

    @Test
    void aSingleFileIsOneItem() throws Exception {
        Path f = Files.writeString(in.resolve("visit.txt"), "x");
        assertThat(Inputs.files(f, Set.of("txt"), null)).containsExactly(new BatchItem("visit.txt", f, "visit"));
    }

    @Test
    void claimFoldersOrTheFolderItself() throws Exception {
        Path one = Files.createDirectories(in.resolve("c1"));
        Files.writeString(one.resolve("policy.json"), "{}");
        Files.createDirectories(in.resolve("c2"));
        Files.createDirectories(in.resolve(".registry"));
        assertThat(Inputs.folders(in, p -> Files.exists(p.resolve("policy.json")), null)).extracting(BatchItem::key)
                .containsExactly("c1", "c2");
        assertThat(Inputs.folders(one, p -> Files.exists(p.resolve("policy.json")), null)).extracting(BatchItem::key)
                .containsExactly("c1");
    }
}
