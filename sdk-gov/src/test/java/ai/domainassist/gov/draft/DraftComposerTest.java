package ai.domainassist.gov.draft;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.gov.check.NormativeChecker;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.KeyPoint;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.OfficialDocumentParser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DraftComposerTest {
    private final DraftComposer composer = new DraftComposer(NormativeChecker.builder().withoutProofreading().build());

    private static DraftRequest request(DocumentType t) {
        return DraftRequest.builder(t).authority("北京市交通委员会").subject("调整部分公交线路运营时间")
                .addressees("市人民政府").documentNumber("京交发", 8).signers("张三").date(LocalDate.of(2024, 3, 4))
                .keyPoint(KeyPoint.of("调整范围", "夜间线路", "郊区线路")).keyPoint("保障措施")
                .attachments("调整线路表", "运营补贴测算表").copyTo("市财政局").build();
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void theSkeletonOfEveryTypePassesTheNormativeCheck(DocumentType t) {
        PolicyDraft d = composer.skeleton(request(t));
        assertThat(d.findings()).as(d.text()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        OfficialDocument parsed = OfficialDocumentParser.standard().parse("d", d.text());
        assertThat(parsed.type()).contains(t);
        assertThat(parsed.date().map(TextSpan::text)).contains("2024年3月4日");
        assertThat(parsed.listedAttachments()).hasSize(2);
        assertThat(parsed.attachments()).hasSize(2);
    }

    @Test
    void headerElementsComeFromTheRequestAndHeadingsFromTheKeyPoints() {
        PolicyDraft d = composer.skeleton(request(DocumentType.REQUEST));
        assertThat(d.title().value()).isEqualTo("北京市交通委员会关于调整部分公交线路运营时间的请示");
        assertThat(d.documentNumber().value()).isEqualTo("京交发〔2024〕8号");
        assertThat(d.signers().value()).isEqualTo("张三");
        assertThat(d.date().value()).isEqualTo("2024年3月4日");
        assertThat(d.title().origin()).isEqualTo(Origin.INPUT);
        assertThat(d.documentNumber().origin()).isEqualTo(Origin.INPUT);
        assertThat(d.body().origin()).isEqualTo(Origin.RULES);
        assertThat(d.text()).contains("一、调整范围\n    （一）夜间线路\n    （二）郊区线路\n    二、保障措施")
                .contains("妥否，请批示。").contains("附件：1.调整线路表");
    }

    @Test
    void missingRequestFieldsBecomePlaceholdersTheCheckReports() {
        DraftRequest r = DraftRequest.builder(DocumentType.REPORT).authority("北京市统计局").subject("一季度统计执法情况")
                .date(LocalDate.of(2024, 4, 1)).build();
        assertThat(composer.missingFields(r)).containsExactlyInAnyOrder("发文字号", "签发人", "主送机关");
        PolicyDraft d = composer.skeleton(r);
        assertThat(d.findings()).extracting(NormativeFinding::ruleId).contains("element.missing");
    }
}
