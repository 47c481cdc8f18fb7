package ai.domainassist.finance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.MedicalInvoice;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaterialReaderTest {
    private final MaterialReader reader = new MaterialReader(RuleData.load(HospitalList.builtIn(), ExclusionLexicon.builtIn()));
    private static final String TEXT = "北京市医疗门诊收费票据\n票据代码：11060001 票据号码：0000000001\n缴款人：王芳\n"
            + "开票日期：2024-07-12 就诊日期：2024-07-10\n合计（大写）：壹佰元整 （小写）100.00\n";
    private static final ClaimDocument DOC = ClaimDocument.ocrText("inv", TEXT);

    private static RawField located(String field, String text) {
        int at = TEXT.indexOf(text);
        return new RawField(field, text, at, at + text.length(), true);
    }

    @Test
    void aDeclaredTypeWinsOverClassification() {
        ClaimDocument declared = new ClaimDocument("x", ClaimDocument.Format.OCR_TEXT, TEXT, DocumentType.EXPENSE_LIST);
        assertThat(reader.classify(declared)).isEqualTo(DocumentType.EXPENSE_LIST);
        assertThat(reader.classify(DOC)).isEqualTo(DocumentType.INVOICE_OUTPATIENT);
    }

    @Test
    void theModelFillsAFieldTheRulesMissedAndItIsMarkedAsTheModels() {
        // 缴款人 is not in the label table, so the rules find no payer
        MedicalInvoice rules = (MedicalInvoice) reader.read(DOC, DocumentType.INVOICE_OUTPATIENT);
        assertThat(rules.payer()).isEmpty();
        MaterialReader.Reading r = reader.read(DOC, DocumentType.INVOICE_OUTPATIENT, List.of(located("payer", "王芳")), false);
        MedicalInvoice inv = (MedicalInvoice) r.material();
        assertThat(inv.payer()).hasValueSatisfying(p -> {
            assertThat(p.value()).isEqualTo("王芳");
            assertThat(p.origin()).isEqualTo(Origin.MODEL);
        });
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void inHybridModeTheRulesStandWhereTheModelDisagreesAndTheConflictIsFlagged() {
        MaterialReader.Reading r = reader.read(DOC, DocumentType.INVOICE_OUTPATIENT,
                List.of(located("issueDate", "2024-07-10")), false);
        MedicalInvoice inv = (MedicalInvoice) r.material();
        assertThat(inv.issueDate().orElseThrow().value()).hasToString("2024-07-12");
        assertThat(inv.issueDate().orElseThrow().origin()).isEqualTo(Origin.RULES);
        assertThat(r.conflicts()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ReviewFlag.Kind.CONFLICT);
            assertThat(f.field()).isEqualTo("inv.issueDate");
            assertThat(f.evidence()).hasSize(2);
        });
        MaterialReader.Reading m = reader.read(DOC, DocumentType.INVOICE_OUTPATIENT,
                List.of(located("issueDate", "2024-07-10")), true);
        assertThat(((MedicalInvoice) m.material()).issueDate().orElseThrow().value()).hasToString("2024-07-10");
        assertThat(m.conflicts()).hasSize(1);
    }

    @Test
    void readsAnInvoiceFromOcrJsonWithWordsWrappers() {
        String json = "{\"words_result\": {\"票据名称\": {\"words\": \"北京市医疗门诊收费票据\"}, \"票据代码\": {\"words\": \"1106\"},"
                + " \"票据号码\": {\"words\": \"0001\"}, \"交款人\": {\"words\": \"王芳\"}, \"总金额小写\": {\"words\": \"12.50\"},"
                + " \"收费项目\": [{\"名称\": \"西药费\", \"数量\": \"1\", \"单位\": \"项\", \"金额\": \"12.50\"}]}}";
        ClaimDocument d = ClaimDocument.ocrJson("j", json);
        assertThat(reader.classify(d)).isEqualTo(DocumentType.INVOICE_OUTPATIENT);
        MedicalInvoice inv = (MedicalInvoice) reader.read(d, reader.classify(d));
        assertThat(inv.payer().orElseThrow().value()).isEqualTo("王芳");
        assertThat(inv.total().orElseThrow().value()).isEqualByComparingTo("12.50");
        assertThat(inv.items()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("西药费");
            assertThat(i.unit()).isEqualTo("项");
        });
    }
}
