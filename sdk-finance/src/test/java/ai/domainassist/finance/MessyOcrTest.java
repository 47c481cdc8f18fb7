package ai.domainassist.finance;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.DischargeSummary;
import ai.domainassist.finance.model.IdentityDocument;
import ai.domainassist.finance.model.MedicalInvoice;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written OCR text, messier than the generated development set: what the offline engine reads and what it flags. */
class MessyOcrTest {
    @TempDir
    Path dir;

    private Result<ClaimMaterial> extract(String text) {
        try (ClaimsAssistant a = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            return a.extract(ClaimDocument.ocrText("d", text));
        }
    }

    @Test
    void anInvoiceWithGluedFieldsTimesAndAmountsInYuanIsRead() {
        String text = "北京市医疗门诊收费票据(电子)票据代码:11060123票据号码:00456\n71234 交款人:刘 德华开票日期:"
                + "2024年3月5日10时12分\n项目名称 数量 单位 金额\n西药费 1 项 80.00\n诊察费 1 次 20.00\n"
                + "合计(大写)壹佰元整(小写)100.00元\n收款单位:北京大学\n第一医院";
        MedicalInvoice inv = (MedicalInvoice) extract(text).value();
        assertThat(inv.payer().orElseThrow().value()).isEqualTo("刘德华");
        assertThat(inv.issueDate().orElseThrow().value()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(inv.total().orElseThrow().value()).isEqualByComparingTo("100.00");
        assertThat(inv.totalInWords().orElseThrow().value()).isEqualByComparingTo("100.00");
        assertThat(inv.hospital().orElseThrow().value()).isEqualTo("北京大学第一医院");
        assertThat(inv.items()).hasSize(2);
        // a number broken over two lines is joined again (whitespace is folded before reading)
        assertThat(inv.number().orElseThrow().value()).isEqualTo("0045671234");
        assertThat(inv.number().orElseThrow().evidence().get(0).quote()).isEqualTo("00456\n71234");
    }

    @Test
    void anInvoiceWhoseTotalIsIllegibleIsFlaggedNotGuessed() {
        String text = "北京市医疗门诊收费票据\n票据代码：11060123 票据号码：0045671234\n交款人：王芳\n合计（小写）：¥壹O.OO\n";
        Result<ClaimMaterial> r = extract(text);
        assertThat(((MedicalInvoice) r.value()).total()).isEmpty();
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ReviewFlag.Kind.MISSING);
            assertThat(f.field()).isEqualTo("d.total");
        });
    }

    @Test
    void anIdCardWithoutLabelsStillGivesItsNumber() {
        String text = "张伟\n男 汉\n1985 5 6\n北京市西城区金融大街1号\n110102198505060038";
        IdentityDocument id = (IdentityDocument) extract("居民身份证 公民身份号码\n" + text).value();
        assertThat(id.idNumber().orElseThrow().value()).isEqualTo("110102198505060038");
    }

    @Test
    void aDischargeSummaryWithUnnumberedDiagnosesSplitsOnPunctuation() {
        String text = "某某医院出院记录\n姓名：李娜\n入院日期：2024-4-1 出院日期：2024-4-6\n出院诊断：肺炎；慢性支气管炎，高血压2级\n";
        DischargeSummary d = (DischargeSummary) extract(text).value();
        assertThat(d.diagnoses()).extracting(g -> g.value()).containsExactly("肺炎", "慢性支气管炎", "高血压2级");
        assertThat(d.hospital().orElseThrow().value()).isEqualTo("某某医院");
    }
}
