package ai.domainassist.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
    enum Kind { PAY }

    record Fee(Grounded<BigDecimal> amount, Optional<Grounded<LocalDate>> date, Optional<String> none, Kind kind,
            Map<Kind, List<Integer>> byKind) {
    }

    @Test
    void writesRecordsExactlyAndDeterministically() throws Exception {
        Evidence ev = new Evidence("invoice", 3, 9, "428.50");
        Fee fee = new Fee(new Grounded<>(new BigDecimal("428.50"), List.of(ev), Origin.RULES, 1.0),
                Optional.of(new Grounded<>(LocalDate.of(2024, 6, 11), List.of(), Origin.MODEL, 0.8)), Optional.empty(),
                Kind.PAY, Map.of(Kind.PAY, List.of(1, 2)));
        Result<Fee> result = new Result<>(fee, List.of(ReviewFlag.of(ReviewFlag.Kind.CONFLICT, "amount", "不符", List.of(ev))),
                Mode.HYBRID, Usage.of(120, 30), "task#1");
        String text = ResultJson.write(result);
        assertThat(ResultJson.write(result)).isEqualTo(text);
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.path("mode").asText()).isEqualTo("HYBRID");
        assertThat(json.path("usage").path("totalTokens").asLong()).isEqualTo(150);
        assertThat(json.path("auditId").asText()).isEqualTo("task#1");
        assertThat(json.path("flags").get(0).path("evidence").get(0).path("quote").asText()).isEqualTo("428.50");
        JsonNode v = json.path("value");
        assertThat(v.path("amount").path("value").decimalValue()).isEqualByComparingTo("428.50");
        assertThat(text).contains("\"value\" : 428.50");
        assertThat(v.path("amount").path("evidence").get(0).path("sourceId").asText()).isEqualTo("invoice");
        assertThat(v.path("date").path("value").asText()).isEqualTo("2024-06-11");
        assertThat(v.path("date").path("origin").asText()).isEqualTo("MODEL");
        assertThat(v.path("none").isNull()).isTrue();
        assertThat(v.path("kind").asText()).isEqualTo("PAY");
        assertThat(v.path("byKind").path("PAY").get(1).asInt()).isEqualTo(2);
    }
}
