package ai.domainassist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.testing.LlamaPeer;
import ai.domainassist.examples.gov.AnswerQuestionExample;
import ai.domainassist.examples.medical.StructureRecordExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples with a model, through the same code as offline: the {@code DA_*} variables point
 * at the real llama-peer server (its tiny model answers "test" everywhere, so every model answer is
 * rejected by the helpers' checks and the offline answers stand, marked as such). The claim and
 * drafting examples are left out to keep the build short (one model call per document; a long
 * drafting prompt), their modules' own ITs ({@code ClaimsAssistantIT}, {@code PolicyAssistantIT})
 * cover those paths.
 */
class ExamplesWithModelIT {
    @TempDir
    Path reports;

    @Test
    void theExamplesRunAgainstARealModelServerThroughTheEnvironment() {
        Map<String, String> env = Map.of("DA_PROVIDER", "openai-compatible", "DA_BASE_URL", LlamaPeer.url() + "/v1",
                "DA_MODEL", LlamaPeer.MODEL);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int failed = RunAll.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), env, reports,
                List.of(new StructureRecordExample(), new AnswerQuestionExample()));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(failed).as(out).isZero();
        assertThat(out).contains("model: openai-compatible at " + LlamaPeer.url() + "/v1 (" + LlamaPeer.MODEL + ")");
        assertThat(out).as("the model was called: records are hybrid or degraded, never offline")
                .containsPattern("mode (HYBRID|DEGRADED)").doesNotContain("mode OFFLINE");
        assertThat(out).containsPattern("模式 (HYBRID|DEGRADED)，tokens \\d+");
        assertThat(out).as("the rules' answers stand").contains("主诉：咳嗽3天")
                .contains("处200元罚款");
    }
}
