package ai.domainassist.finance.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.finance.model.DocumentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptsTest {
    private final Prompts prompts = new Prompts();

    @Test
    void dropsTheSourceHeaderAndFillsThePlaceholders() {
        String p = prompts.render("extract-claim-fields.v1.txt", Map.of("documentType", "门诊医疗收费票据",
                "fields", "- total: 合计（小写）"));
        assertThat(p).doesNotContain("# Prompt").doesNotContain("{{").contains("门诊医疗收费票据").contains("- total: 合计（小写）")
                .contains("quote");
    }

    @Test
    void anUnfilledPlaceholderOrAMissingTemplateIsAnError() {
        assertThatThrownBy(() -> prompts.render("extract-claim-fields.v1.txt", Map.of("documentType", "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unfilled");
        assertThatThrownBy(() -> prompts.render("nope.txt", Map.of())).isInstanceOf(IllegalStateException.class);
        assertThat(prompts.typeName(DocumentType.INVOICE_INPATIENT)).isEqualTo("住院医疗收费票据");
    }
}
