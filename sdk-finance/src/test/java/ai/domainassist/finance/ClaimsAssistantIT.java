package ai.domainassist.finance;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.testing.LlamaPeer;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * End to end against the real llama-peer server (a tiny deterministic model: its structured answers
 * are "test" strings and 42s). The assistant must run in model and hybrid mode, flag every model
 * field the documents do not support, keep the rules' reading where the model's fails its checks,
 * and never crash.
 */
class ClaimsAssistantIT {
    private static ModelClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        client = ModelClient.builder().provider(LlamaPeer.provider()).callTimeout(Duration.ofSeconds(120)).build();
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"HYBRID", "MODEL"})
    void aRealModelsUnsupportedFieldsAreFlaggedAndTheRulesReadingStands(Mode mode) {
        DevSet.Case c = DevSet.load().stream().filter(x -> x.id().equals("b02")).findFirst().orElseThrow();
        Result<ClaimAssessment> offline;
        try (ClaimsAssistant off = ClaimsAssistant.builder().registryDirectory(dir.resolve("off")).build()) {
            offline = off.assess(c.bundle(), c.policy());
        }
        try (ClaimsAssistant a = ClaimsAssistant.builder().registryDirectory(dir.resolve(mode.name())).model(client)
                .mode(mode).build()) {
            Result<ClaimAssessment> r = a.assess(c.bundle(), c.policy());
            assertThat(r.mode()).isIn(mode, Mode.DEGRADED);
            if (r.mode() == Mode.DEGRADED) {
                assertThat(r.flags(ReviewFlag.Kind.DEGRADED)).isNotEmpty();
            } else {
                assertThat(r.usage().totalTokens()).isPositive();
            }
            // whatever the model wrote that the documents do not support was flagged and not used
            for (ClaimMaterial m : r.value().materials().documents()) {
                for (Map.Entry<String, Grounded<?>> f : m.fields().entrySet()) {
                    if (f.getValue().origin() == Origin.MODEL) {
                        assertThat(f.getValue().evidence()).as(m.documentId() + "." + f.getKey()).isNotEmpty();
                    }
                }
            }
            assertThat(r.value().materials()).isEqualTo(offline.value().materials());
            assertThat(r.value().alerts()).isEqualTo(offline.value().alerts());
            assertThat(r.value().recommendation().decision()).isEqualTo(offline.value().recommendation().decision());
            assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED).size() + r.flags(ReviewFlag.Kind.DEGRADED).size()).isPositive();
        }
    }

    @Test
    void termsQuestionsWithARealModelEndWithVerifiedOrExtractiveCitations() {
        try (DocumentLibrary terms = DocumentLibrary.builder().inMemory().build()) {
            terms.add(Document.of("t1", "条款", "2.3 等待期 自本合同生效之日起30日为等待期。"));
            try (ClaimsAssistant a = ClaimsAssistant.builder().registryDirectory(dir).model(client).termsLibrary(terms)
                    .build()) {
                Result<TermsAnswer> r = a.answerTerms("等待期多长？", 3);
                assertThat(r.value().citations()).isNotEmpty();
                assertThat(r.value().citations()).allSatisfy(cit -> assertThat(
                        "2.3 等待期 自本合同生效之日起30日为等待期。".substring(cit.start(), cit.end())).isEqualTo(cit.quote()));
                if (r.mode() == Mode.DEGRADED) {
                    assertThat(r.value().extractive()).isTrue();
                }
            }
        }
    }
}
