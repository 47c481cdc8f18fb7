package ai.domainassist.gov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.retrieval.Validity;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyAssistantTest {
    static final String POLICY = """
            北京市人民政府文件

            京政发〔2023〕8号

            北京市人民政府关于进一步加强城市道路停车管理的通知

            各区人民政府：
                一、统一设置停车泊位
                道路停车泊位由区交通行政主管部门会同公安机关交通管理部门统一设置，任何单位和个人不得擅自设置、撤除或者占用。
                二、实行电子收费
                道路停车实行电子收费，核心区每小时不超过10元。

                                                北京市人民政府
                                                2023年6月15日
            """;

    private static PolicyAssistant assistant(Path dir) {
        PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府");
        lib.addText(POLICY, PolicyMetadata.inForce("p2023", "北京市人民政府"));
        lib.addText(POLICY.replace("2023〕8号", "2019〕12号").replace("进一步加强", "加强"),
                new PolicyMetadata("p2019", "北京市人民政府", Validity.REPEALED, "《北京市人民政府关于进一步加强城市道路停车管理的通知》"));
        return PolicyAssistant.builder().library(lib).draftBox(dir).build();
    }

    @Test
    void answersOfflineFromClausesInForceWithCitations(@TempDir Path dir) {
        Result<PolicyAnswer> r = assistant(dir).ask("道路停车怎么收费？");
        assertThat(r.mode()).isEqualTo(Mode.OFFLINE);
        assertThat(r.value().citations()).isNotEmpty().allMatch(c -> c.documentId().equals("p2023"));
        assertThat(r.value().answer()).contains("电子收费").contains("《北京市人民政府关于进一步加强城市道路停车管理的通知》");
        Result<PolicyAnswer> none = assistant(dir).ask("火星探测");
        assertThat(none.flags()).extracting(ReviewFlag::kind).containsExactly(ReviewFlag.Kind.NO_ANSWER);
        assertThat(none.value().citations()).isEmpty();
    }

    /** sdk-gov's test classpath is a user's: without the optional smartcn analyser, ask still judges answerability. */
    @Test
    void asksAndAbstainsWithoutTheOptionalSmartcnAnalyser(@TempDir Path dir) {
        assertThat(getClass().getClassLoader().getResource("org/apache/lucene/analysis/cn/smart/SmartChineseAnalyzer.class"))
                .isNull();
        Result<PolicyAnswer> r = assistant(dir).ask("核心区道路停车每小时收费多少？");
        assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).isEmpty();
        assertThat(r.value().answer()).contains("每小时不超过10元");
        Result<PolicyAnswer> none = assistant(dir).ask("防汛抗旱应急响应分几级？");
        assertThat(none.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
        assertThat(none.value().citations()).isEmpty();
    }

    @Test
    void checkFlagsRepealedReferencesAndDuplicatedParagraphs(@TempDir Path dir) {
        String text = """
                北京市东城区人民政府关于规范道路停车的通知

                各街道办事处：
                    根据《北京市人民政府关于加强城市道路停车管理的通知》，现通知如下：
                    一、道路停车泊位由区交通行政主管部门会同公安机关交通管理部门统一设置，任何单位和个人不得擅自设置、撤除或者占用。
                    特此通知。

                                                北京市东城区人民政府
                                                2024年4月25日
                """;
        Result<NormativeReport> r = assistant(dir).check("dc", text);
        assertThat(r.value().findings("reference.repealed")).hasSize(1);
        assertThat(r.value().findings("reference.repealed").get(0).suggestedFix()).contains("进一步加强");
        assertThat(r.value().findings("duplicate.in-force")).hasSize(1);
        assertThat(r.value().findings("duplicate.in-force").get(0).sources().get(0).sourceId()).isEqualTo("p2023");
        assertThat(r.flags()).extracting(ReviewFlag::field).contains("reference.repealed", "duplicate.in-force");
        for (ReviewFlag flag : r.flags()) {
            NormativeFinding finding = r.value().findings(flag.field()).get(0);
            assertThat(flag.evidence().get(0)).as("a flag points at its finding's span in the checked text")
                    .isEqualTo(ai.domainassist.core.grounding.Evidence.of("dc", text, finding.start(), finding.end()));
        }
        ReviewFlag duplicate = r.flags().stream().filter(f -> f.field().equals("duplicate.in-force")).findFirst().orElseThrow();
        assertThat(duplicate.evidence()).extracting(ai.domainassist.core.grounding.Evidence::sourceId).contains("dc", "p2023");
    }

    @Test
    void draftsOfflineAndKeepsDraftsInTheBox(@TempDir Path dir) {
        PolicyAssistant a = assistant(dir);
        Result<PolicyDraft> d = a.draft(DraftRequest.builder(DocumentType.NOTICE).authority("北京市东城区人民政府")
                .subject("规范道路停车秩序").addressees("各街道办事处").date(LocalDate.of(2024, 4, 25)).keyPoint("设置泊位").build());
        assertThat(d.mode()).isEqualTo(Mode.OFFLINE);
        assertThat(d.flags()).extracting(ReviewFlag::field).contains("发文字号");
        String id = a.draftBox().orElseThrow().create(d.value().title().value(), d.value().text(), "王芳", "初稿").draftId();
        assertThat(a.draftBox().orElseThrow().text(id, 1)).isEqualTo(d.value().text());
    }

    @Test
    void libraryTasksNeedALibrary() {
        assertThatThrownBy(() -> PolicyAssistant.builder().build().ask("停车")).isInstanceOf(IllegalStateException.class);
    }
}
