package ai.domainassist.gov.llm;

import static ai.domainassist.gov.llm.ModelServer.list;
import static ai.domainassist.gov.llm.ModelServer.map;
import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.gov.draft.internal.Skeleton;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.KeyPoint;
import ai.domainassist.gov.model.PolicyPassage;
import ai.domainassist.gov.rules.ExpertDictionary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDrafterTest {
    static final String POLICY = """
            北京市人民政府关于进一步加强城市道路停车管理的通知

            各区人民政府：
                一、统一设置停车泊位
                道路停车泊位由区交通行政主管部门会同公安机关交通管理部门统一设置。
                二、实行电子收费
                道路停车实行电子收费，核心区每小时不超过10元。

                                                北京市人民政府
                                                2023年6月15日
            """;

    static PolicyLibrary library() {
        PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府");
        lib.addText(POLICY, PolicyMetadata.inForce("p2023", "北京市人民政府"));
        return lib;
    }

    static DraftRequest request() {
        return DraftRequest.builder(DocumentType.NOTICE).authority("北京市东城区人民政府").subject("规范道路停车秩序")
                .addressees("各街道办事处").documentNumber("东政发", 6).date(LocalDate.of(2024, 4, 25))
                .keyPoint(KeyPoint.of("设置泊位")).keyPoint("加强执法").references("p2023").build();
    }

    @Test
    void paragraphsGoUnderTheirHeadingsAndOnlyVerifiedCitationsStay() throws Exception {
        PolicyLibrary lib = library();
        try (ModelServer server = new ModelServer()) {
            server.answer(map("paragraphs", list(
                    map("heading", "一、设置泊位", "text", "各街道要配合区交通部门，按照市政府规定统一设置道路停车泊位。",
                            "citations", list(map("sourceId", "p2023", "quote", "道路停车泊位由区交通行政主管部门会同公安机关交通管理部门统一设置"),
                                    map("sourceId", "p2023", "quote", "停车泊位一律免费"),
                                    map("sourceId", "gwy-2020-1", "quote", "任何单位不得设置泊位"))),
                    map("heading", "二、加强执法", "text", "test", "citations", list()),
                    map("heading", "三、其他事项", "text", "各街道要加强宣传引导，营造良好氛围。", "citations", list()),
                    map("heading", "二、加强执法", "text", "本通知发文字号为东政发〔2024〕6号，签发人张三。", "citations", list()))));
            List<PolicyPassage> sources = lib.inForce("停车泊位", 3).stream()
                    .map(h -> new PolicyPassage(h.policy(), h.clause())).toList();
            ModelDrafter.Outcome o = new ModelDrafter(server.client(), lib).write(request(), Skeleton.of(request()),
                    sources, ExpertDictionary.standard());

            assertThat(o.accepted()).isEqualTo(1);
            assertThat(o.body()).contains("    一、设置泊位\n    各街道要配合区交通部门").contains("二、加强执法");
            assertThat(o.citations()).hasSize(1);
            assertThat(POLICY.substring(o.citations().get(0).start(), o.citations().get(0).end()))
                    .isEqualTo(o.citations().get(0).quote());
            assertThat(o.flags()).extracting(ReviewFlag::kind).contains(ReviewFlag.Kind.UNGROUNDED, ReviewFlag.Kind.POLICY);
            assertThat(o.flags()).filteredOn(f -> f.kind() == ReviewFlag.Kind.UNGROUNDED).hasSize(2);
            assertThat(o.flags()).extracting(ReviewFlag::message).anyMatch(m -> m.contains("版头要素"))
                    .anyMatch(m -> m.contains("不在提纲中")).anyMatch(m -> m.contains("不是中文"));
            assertThat(o.usage().totalTokens()).isEqualTo(120);
            String prompt = server.prompt();
            assertThat(prompt).contains("规范道路停车秩序").contains("[p2023]").doesNotContain("东政发");
        }
    }
}
