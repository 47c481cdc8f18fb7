package ai.domainassist.core.structured;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.testing.LlamaPeer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code extract} into a nested record with arrays and enums, against the real llama-peer server. */
class StructuredOutputIT {
    enum ClaimKind { MEDICAL, ACCIDENT, PROPERTY }

    record Person(String name, int age) {
    }

    record Expense(String item, int amountYuan, ClaimKind category) {
    }

    record ClaimForm(String policyNumber, ClaimKind kind, Person insured, List<Expense> expenses, List<String> documents,
                     boolean hospitalised) {
    }

    @Test
    void extractsASchemaValidNestedRecord() throws Exception {
        try (ModelClient client = ModelClient.builder().provider(LlamaPeer.provider())
                .callTimeout(Duration.ofSeconds(120)).build()) {
            ChatRequest ask = ChatRequest.builder().system("你是理赔材料提取助手。")
                    .user("从以下材料提取理赔信息：被保险人李明，45岁，住院费用3200元。").maxTokens(400).build();

            Extraction<ClaimForm> x = client.extract(ask, ClaimForm.class);

            assertThat(x.strategy()).isEqualTo(ExtractionStrategy.JSON_SCHEMA);
            assertThat(x.attempts()).isEqualTo(1);
            assertThat(x.truncated()).isFalse();
            assertThat(x.provider()).isEqualTo("llama-peer");
            assertThat(x.usage().totalTokens()).isPositive();
            ClaimForm form = x.value();
            // the tiny model answers per schema: strings "test", numbers 42, an enum constant, arrays of one
            assertThat(form.kind()).isIn((Object[]) ClaimKind.values());
            assertThat(form.insured().name()).isEqualTo("test");
            assertThat(form.insured().age()).isEqualTo(42);
            assertThat(form.policyNumber()).isEqualTo("test");
            assertThat(form.expenses()).hasSize(1);
            assertThat(form.expenses().get(0).category()).isIn((Object[]) ClaimKind.values());
            assertThat(form.documents()).hasSize(1);
            // and the raw answer validates against the schema sent
            var schema = new ObjectMapper().readTree(StructuredOutput.defaults().schemaOf(ClaimForm.class));
            assertThat(schema.get("required")).hasSize(6);
            assertThat(new ObjectMapper().readTree(x.rawAnswer()).size()).isEqualTo(6);
        }
    }
}
