package ai.domainassist.medical.rules.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.medical.rules.assertion.AssertionTriggers.Category;
import ai.domainassist.medical.rules.assertion.AssertionTriggers.Direction;
import ai.domainassist.medical.rules.assertion.AssertionTriggers.Trigger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssertionTriggersTest {
    @Test
    void theShippedTableHasEveryCategory() {
        AssertionTriggers t = AssertionTriggers.defaults();
        assertThat(t.size()).isGreaterThan(300);
        assertThat(t.triggers()).extracting(Trigger::category).contains(Category.values());
        assertThat(t.triggers()).contains(new Trigger("没有", Category.NEGATED, Direction.FORWARD, ""),
                new Trigger("没有", Category.NEGATED, Direction.BACKWARD, ""),
                new Trigger("我爸", Category.RELATIVE, Direction.BOTH, "父亲"));
    }

    @Test
    void aHospitalFileAddsAndReplaces(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("triggers.tsv");
        Files.writeString(f, "# our words\n冇\tNEGATED\tFORWARD\n俺老娘\trelative\tboth\t母亲\n我爸\tRELATIVE\tBOTH\t父亲（老）\n",
                StandardCharsets.UTF_8);
        AssertionTriggers merged = AssertionTriggers.defaults().with(AssertionTriggers.load(f));
        assertThat(merged.size()).isEqualTo(AssertionTriggers.defaults().size() + 2);
        assertThat(merged.triggers()).contains(new Trigger("冇", Category.NEGATED, Direction.FORWARD, ""),
                new Trigger("我爸", Category.RELATIVE, Direction.BOTH, "父亲（老）"));
    }

    @Test
    void aMalformedLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "冇\tNEGATED\tFORWARD\n俺娘\tRELATIVE\tBOTH\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AssertionTriggers.load(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv line 2");
        Files.writeString(f, "冇\tNEGATION\tFORWARD\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AssertionTriggers.load(f)).hasMessageContaining("bad.tsv line 1");
        assertThatThrownBy(() -> new Trigger(" ", Category.NEGATED, Direction.FORWARD, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Trigger("我也", Category.SELF, Direction.FORWARD, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AssertionTriggers.of(List.of()).size()).isZero();
    }
}
