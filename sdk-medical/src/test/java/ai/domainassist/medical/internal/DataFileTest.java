package ai.domainassist.medical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileTest {

    @Test
    void everyShippedTableHasASourceHeader() {
        for (String f : List.of("lexicon/symptoms.tsv", "lexicon/signs.tsv", "lexicon/diseases.tsv", "lexicon/drugs.tsv",
                "lexicon/exams.tsv", "lexicon/sites.tsv", "lexicon/allergens.tsv", "lexicon/procedures.tsv",
                "lexicon/ignore.tsv", "rules/cues.tsv", "rules/filter.tsv", "rules/role-cues.tsv", "rules/onset-words.tsv",
                "rules/vital-signs.tsv", "rules/chief-complaint.tsv", "rules/gap-fillers.tsv", "rules/personal-history.tsv",
                "rules/family-history.tsv", "model/speaker-labels.tsv",
                "check/required-sections.tsv", "check/vital-ranges.tsv")) {
            assertThat(DataFile.resource(f)).as(f).isNotEmpty();
        }
        assertThatThrownBy(() -> DataFile.resource("nope.tsv")).hasMessageContaining("missing data file");
    }

    @Test
    void readsTabSeparatedRowsWithLineNumbers(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.tsv");
        Files.writeString(f, "\uFEFF# header\n\na\t b \n# comment\nc\n", StandardCharsets.UTF_8);
        List<DataFile.Row> rows = DataFile.file(f);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).columns()).containsExactly("a", "b");
        assertThat(rows.get(0).line()).isEqualTo(3);
        assertThat(rows.get(1).col(1)).isEmpty();
    }
}
