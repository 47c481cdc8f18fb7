package ai.domainassist.medical.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.TermLexicon.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermLexiconTest {

    @Test
    void shipsAtLeast400ColloquialEntriesAcrossTheDepartments() {
        TermLexicon lex = TermLexicon.defaults();
        List<Entry> colloquial = lex.entries().stream()
                .filter(e -> e.category() == Category.SYMPTOM || e.category() == Category.SIGN || e.category() == Category.DISEASE)
                .filter(e -> !e.surface().equals(e.standard()))
                .toList();
        assertThat(colloquial).hasSizeGreaterThanOrEqualTo(400);
        Set<String> departments = colloquial.stream().map(Entry::department).collect(Collectors.toSet());
        assertThat(departments).contains("通用", "儿科", "呼吸", "消化", "心血管", "耳鼻喉", "皮肤", "妇科");
    }

    @Test
    void mapsTheIssueExamples() {
        TermLexicon lex = TermLexicon.defaults();
        assertThat(lex.lookup("拉肚子")).map(Entry::standard).contains("腹泻");
        assertThat(lex.lookup("发烧")).map(Entry::standard).contains("发热");
        assertThat(lex.lookup("嗓子疼")).map(Entry::standard).contains("咽痛");
        assertThat(lex.lookup("心慌")).map(Entry::standard).contains("心悸");
        assertThat(lex.lookup("喘不上气")).map(Entry::standard).contains("呼吸困难");
        assertThat(lex.lookup("美林")).map(Entry::extra).contains("解热镇痛药");
        assertThat(lex.lookup("ｃｔ")).map(Entry::standard).contains("CT");
        assertThat(lex.lookup("上吐下泻").get().standards()).containsExactly("呕吐", "腹泻");
    }

    @Test
    void aHospitalFileAddsAndOverridesEntries(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hospital.tsv");
        Files.writeString(file, "# our terms\n拉肚子\t急性腹泻\tSYMPTOM\t消化\n打摆子\t寒战\tSYMPTOM\t通用\n", StandardCharsets.UTF_8);
        TermLexicon merged = TermLexicon.defaults().with(TermLexicon.load(file));
        assertThat(merged.lookup("拉肚子")).map(Entry::standard).contains("急性腹泻");
        assertThat(merged.lookup("打摆子")).map(Entry::standard).contains("寒战");
        assertThat(merged.size()).isEqualTo(TermLexicon.defaults().size() + 1);
        assertThat(TermLexicon.defaults().lookup("拉肚子")).map(Entry::standard).contains("腹泻");
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "拉肚子\t腹泻\tSYMPTOM\t消化\n肚子疼\t腹痛\tSYMPTON\t消化\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TermLexicon.load(file)).hasMessageContaining("line 2").hasMessageContaining("SYMPTON");
        Path gap = dir.resolve("gap.tsv");
        Files.writeString(gap, "…疼\t疼痛\tSYMPTOM\t通用\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TermLexicon.load(gap)).hasMessageContaining("line 1");
        assertThatThrownBy(() -> TermLexicon.load(dir.resolve("missing.tsv"))).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void entriesCanBeBuiltInCode() {
        TermLexicon lex = TermLexicon.of(List.of(new Entry("打摆子", "寒战", Category.SYMPTOM, "通用", "")));
        assertThat(lex.entries(Category.SYMPTOM)).hasSize(1);
        assertThat(TermLexicon.empty().size()).isZero();
    }
}
