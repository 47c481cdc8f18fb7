package ai.domainassist.gov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.ModelClient;
import ai.domainassist.gov.rules.ExpertDictionary;
import ai.domainassist.testkit.ScriptedModelProvider;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder rules every helper follows: no disk before use, set once, derivable. */
class PolicyAssistantBuilderTest {
    @TempDir
    Path dir;

    @Test
    void theDraftBoxFolderIsCreatedWhenTheDraftBoxIsFirstUsedNotAtBuild() {
        Path box = dir.resolve("drafts");
        PolicyAssistant assistant = PolicyAssistant.builder().draftBox(box).build();
        assertThat(box).doesNotExist();
        assertThat(assistant.draftBox()).isPresent();
        assertThat(box).isDirectory();
    }

    @Test
    void aNullModelIsRefusedAndAnOptionSetTwiceToo() {
        assertThatThrownBy(() -> PolicyAssistant.builder().model(null)).isInstanceOf(NullPointerException.class);
        PolicyAssistant.Builder b = PolicyAssistant.builder().dictionary(ExpertDictionary.standard());
        assertThatThrownBy(() -> b.dictionary(ExpertDictionary.standard())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dictionary");
    }

    @Test
    void aVariantKeepsTheSettingsAndMayReplaceTheModel() {
        try (ScriptedModelProvider a = new ScriptedModelProvider(); ScriptedModelProvider b = new ScriptedModelProvider();
             ModelClient first = ModelClient.builder().provider(a).build();
             ModelClient second = ModelClient.builder().provider(b).build()) {
            PolicyAssistant original = PolicyAssistant.builder().model(first).draftBox(dir.resolve("d")).build();
            PolicyAssistant variant = original.toBuilder().model(second).build();
            assertThat(variant.model()).containsSame(second);
            assertThat(original.model()).containsSame(first);
            assertThat(variant.draftBox()).isPresent();
            assertThat(dir.resolve("d")).isDirectory();
        }
    }
}
