package ai.domainassist.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.testkit.ScriptedModelProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder rules every helper follows: checked setters, set once, no disk before use, derivable. */
class ClaimsAssistantBuilderTest {
    @TempDir
    Path dir;

    @Test
    void buildingTouchesNoDiskTheRegistryFolderIsCreatedWhenAClaimIsFirstAssessed() {
        Path registry = dir.resolve("invoices");
        DevSet.Case c = DevSet.load().get(0);
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(registry).build()) {
            assistant.extract(c.bundle());
            assertThat(registry).doesNotExist();
            assistant.assess(c.bundle(), c.policy());
            assertThat(registry).isDirectory();
        }
    }

    @Test
    void aNullModelIsRefusedLeaveTheCallOutForTheOfflineEngine() {
        assertThatThrownBy(() -> ClaimsAssistant.builder().model(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anOptionSetTwiceIsRefused() {
        ClaimsAssistant.Builder b = ClaimsAssistant.builder().mode(Mode.MODEL);
        assertThatThrownBy(() -> b.mode(Mode.HYBRID)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mode");
        ClaimsAssistant.Builder h = ClaimsAssistant.builder().hospitalsText("x");
        assertThatThrownBy(() -> h.hospitals(dir.resolve("h.tsv"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTableFileIsReadAtEachBuildSoTheBuilderBuildsTwice() throws Exception {
        String table = DevSet.resource("/ai/domainassist/finance/rules/risk-rules.tsv");
        Path file = dir.resolve("risk-rules.tsv");
        Files.writeString(file, table, StandardCharsets.UTF_8);
        ClaimsAssistant.Builder b = ClaimsAssistant.builder().registryDirectory(dir.resolve("r")).riskRules(file);
        try (ClaimsAssistant first = b.build(); ClaimsAssistant second = b.build()) {
            assertThat(first).isNotSameAs(second);
        }
    }

    @Test
    void aVariantKeepsEverySettingAndMayReplaceEachOnce() {
        try (ScriptedModelProvider fake = new ScriptedModelProvider();
             ModelClient model = ModelClient.builder().provider(fake).build();
             ClaimsAssistant hybrid = ClaimsAssistant.builder().model(model).registryDirectory(dir.resolve("r")).build()) {
            ClaimsAssistant.Builder derived = hybrid.toBuilder().mode(Mode.MODEL);
            assertThatThrownBy(() -> derived.mode(Mode.HYBRID)).isInstanceOf(IllegalStateException.class);
            try (ClaimsAssistant modelMode = derived.build()) {
                assertThat(modelMode.model()).containsSame(model);
            }
            assertThat(hybrid.model()).containsSame(model);
        }
    }
}
