package ai.domainassist.gov.llm;

import static ai.domainassist.gov.llm.ModelServer.list;
import static ai.domainassist.gov.llm.ModelServer.map;
import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.gov.model.ProofreadSuggestion;
import org.junit.jupiter.api.Test;

class ModelProofreaderTest {

    @Test
    void suggestionsAreCheckedAgainstTheirPositions() throws Exception {
        String text = "各区要认真贯撤落实，统筹部暑各项工作。";
        try (ModelServer server = new ModelServer()) {
            server.answer(map("suggestions", list(
                    map("original", "贯撤", "start", 5, "suggestion", "贯彻", "reason", "错别字"),
                    map("original", "部暑", "start", 40, "suggestion", "部署", "reason", "错别字"),
                    map("original", "措施", "start", 3, "suggestion", "举措", "reason", "用词"),
                    map("original", "工作", "start", 16, "suggestion", "work", "reason", ""))));
            ModelProofreader.Outcome o = new ModelProofreader(server.client()).proofread(text);
            assertThat(o.suggestions()).extracting(ProofreadSuggestion::start, ProofreadSuggestion::suggestion)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "贯彻"), org.assertj.core.groups.Tuple.tuple(12, "部署"));
            assertThat(o.suggestions()).allMatch(s -> s.origin() == Origin.MODEL
                    && text.substring(s.start(), s.end()).equals(s.original()));
            assertThat(o.flags()).extracting(ReviewFlag::kind).containsExactly(ReviewFlag.Kind.UNGROUNDED, ReviewFlag.Kind.POLICY);
        }
    }
}
