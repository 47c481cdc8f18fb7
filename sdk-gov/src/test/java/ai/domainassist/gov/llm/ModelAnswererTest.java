package ai.domainassist.gov.llm;

import static ai.domainassist.gov.llm.ModelServer.list;
import static ai.domainassist.gov.llm.ModelServer.map;
import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.gov.model.PolicyHit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelAnswererTest {

    @Test
    void acceptsAnAnswerOnlyWithAVerifiedCitation() throws Exception {
        PolicyLibrary lib = ModelDrafterTest.library();
        List<PolicyHit> hits = lib.inForce("道路停车收费标准", 3);
        int n = hits.indexOf(hits.stream().filter(h -> h.clause().text().contains("电子收费")).findFirst().orElseThrow()) + 1;
        try (ModelServer server = new ModelServer()) {
            server.answer(map("answerable", true, "answer", "道路停车实行电子收费，核心区每小时不超过10元。", "citations", list(
                    map("sourceId", "C" + n, "quote", "核心区每小时不超过10元"),
                    map("sourceId", "C9", "quote", "每小时5元"))));
            server.answer(map("answerable", true, "answer", "每小时20元。", "citations", list(map("sourceId", "C1", "quote", "每小时20元"))));
            ModelAnswerer a = new ModelAnswerer(server.client());

            ModelAnswerer.Outcome ok = a.answer("道路停车怎么收费？", hits);
            assertThat(ok.answer()).isPresent();
            Citation c = ok.answer().get().citations().get(0);
            assertThat(lib.document("p2023").orElseThrow().text().substring(c.start(), c.end())).isEqualTo("核心区每小时不超过10元");
            assertThat(ok.flags()).extracting(ReviewFlag::kind).containsExactly(ReviewFlag.Kind.UNGROUNDED);

            ModelAnswerer.Outcome bad = a.answer("道路停车怎么收费？", hits);
            assertThat(bad.answer()).isEmpty();
            assertThat(bad.flags()).extracting(ReviewFlag::field).contains("citations[0]", "answer");
        }
    }
}
