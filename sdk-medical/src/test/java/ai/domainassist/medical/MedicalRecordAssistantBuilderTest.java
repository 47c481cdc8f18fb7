package ai.domainassist.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.testkit.ScriptedModelProvider;
import org.junit.jupiter.api.Test;

/** The builder rules every helper follows: the same null rule for model(...), set once, derivable. */
class MedicalRecordAssistantBuilderTest {

    @Test
    void aNullModelIsRefusedAsByTheOtherHelpers() {
        assertThatThrownBy(() -> MedicalRecordAssistant.builder().model(null)).isInstanceOf(NullPointerException.class);
        assertThat(MedicalRecordAssistant.builder().build().mode()).isEqualTo(Mode.OFFLINE);
    }

    @Test
    void anOptionSetTwiceIsRefused() {
        MedicalRecordAssistant.Builder b = MedicalRecordAssistant.builder().lexicon(TermLexicon.defaults());
        assertThatThrownBy(() -> b.lexicon(TermLexicon.defaults())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lexicon");
    }

    @Test
    void aVariantKeepsTheModelAndMayReplaceTheMode() {
        try (ScriptedModelProvider fake = new ScriptedModelProvider();
             ModelClient model = ModelClient.builder().provider(fake).build()) {
            MedicalRecordAssistant hybrid = MedicalRecordAssistant.builder().model(model).build();
            MedicalRecordAssistant modelMode = hybrid.toBuilder().mode(Mode.MODEL).build();
            assertThat(hybrid.mode()).isEqualTo(Mode.HYBRID);
            assertThat(modelMode.mode()).isEqualTo(Mode.MODEL);
            assertThat(MedicalRecordAssistant.builder().build().toBuilder().build().mode()).isEqualTo(Mode.OFFLINE);
        }
    }
}
