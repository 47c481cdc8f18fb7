package ai.domainassist.finance;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.testing.Fuzz;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.ExpenseItem;
import ai.domainassist.finance.model.ExpenseList;
import ai.domainassist.finance.model.MedicalInvoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random claim documents for the materials readers ({@link ClaimsAssistant#extract(ClaimDocument)}:
 * classification and the typed readers of OCR text and OCR JSON): the development set's
 * documents mutated (characters, line ends, digits, amounts such as {@code 1e309} and
 * {@code -50.00}, JSON structure), documents assembled from labels and values, OCR JSON nested
 * and typed oddly, random text. Whatever the document, the reader returns a typed record or
 * throws {@link InvalidClaimDocumentException} (malformed OCR JSON, the one documented
 * exception), never hangs (see {@link Fuzz}), and every evidence span it gives (values, items,
 * flags) quotes the document's own text at its offsets.
 */
class ClaimMaterialsFuzzTest {
    private static final List<ClaimDocument> CORPUS = DevSet.load().stream()
            .flatMap(c -> c.bundle().documents().stream()).toList();
    private static final String[] LABELS = {"姓名", "交款人", "患者姓名", "合计", "合计（大写）", "（小写）", "金额", "申请金额",
        "医保统筹基金支付", "个人自付", "个人自费", "入院日期", "出院日期", "住院天数", "诊断", "出院诊断", "公民身份号码", "银行账号",
        "户名", "票据代码", "票据号码", "校验码", "收款单位", "就诊日期", "开票日期", "保单号", "被保险人姓名", "科别"};
    private static final String[] VALUES = {"王芳", "396.40", "３９６．４０", "1e309", "-50.00", "12345.678", "1,234.56",
        "叁佰玖拾陆元肆角", "2024-05-01", "2024年13月45日", "二〇二四年三月五日", "11010519491231002X", "4111111111111111",
        "北京协和医院", "肺炎", "1.2型糖尿病 2.高血压", "7", "", "  ", "¥", "null", "是", "门诊"};

    @TempDir
    Path dir;

    @Test
    void anyDocumentGivesATypedRecordOrATypedErrorWithEvidenceFromItsText() {
        try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).build()) {
            Fuzz.Summary s = Fuzz.run("ClaimMaterials", ClaimMaterialsFuzzTest::document, doc -> {
                Result<ClaimMaterial> r;
                try {
                    r = assistant.extract(doc);
                } catch (InvalidClaimDocumentException e) {
                    return "InvalidClaimDocumentException";
                }
                List<Evidence> evidence = new ArrayList<>();
                for (Grounded<?> g : r.value().fields().values()) {
                    evidence.addAll(g.evidence());
                }
                List<ExpenseItem> items = r.value() instanceof MedicalInvoice i ? i.items()
                        : r.value() instanceof ExpenseList l ? l.items() : List.of();
                items.forEach(i -> evidence.addAll(i.evidence()));
                for (ReviewFlag f : r.flags()) {
                    evidence.addAll(f.evidence());
                }
                for (Evidence e : evidence) {
                    if (e.sourceId().equals(doc.id())) {
                        assertThat(e.end()).isLessThanOrEqualTo(doc.content().length());
                        assertThat(doc.content().substring(e.start(), e.end())).as("evidence of %s", doc.id())
                                .isEqualTo(e.quote());
                    }
                }
                DocumentType type = r.value().type();
                return doc.format() + ":" + (type == DocumentType.UNKNOWN ? "unknown" : "typed");
            });
            assertThat(s.outcomes()).containsKeys("OCR_TEXT:typed", "OCR_JSON:typed", "InvalidClaimDocumentException");
        }
    }

    static ClaimDocument document(Random r) {
        String id = "d" + r.nextInt(5);
        switch (r.nextInt(10)) {
            case 0 -> {
                StringBuilder sb = new StringBuilder(Fuzz.pick(r, "北京市医疗门诊收费票据", "住院费用清单", "出院小结", "诊断证明书",
                        "理赔申请书", "居民身份证", "结算单", "")).append('\n');
                int n = r.nextInt(14);
                for (int i = 0; i < n; i++) {
                    sb.append(Fuzz.pick(r, LABELS)).append(Fuzz.pick(r, "：", ":", " ", "： ", "　")).append(Fuzz.pick(r, VALUES))
                            .append(Fuzz.pick(r, "\n", " ", "  ", "\r\n"));
                    if (r.nextInt(5) == 0) {
                        sb.append(Fuzz.pick(r, "西药费", "诊察费", "退药", "检查费")).append(' ').append(r.nextInt(9)).append(" 项 ")
                                .append(Fuzz.pick(r, VALUES)).append('\n');
                    }
                }
                return ClaimDocument.ocrText(id, sb.toString().isBlank() ? "票据" : sb.toString());
            }
            case 1 -> {
                StringBuilder sb = new StringBuilder("{");
                int n = r.nextInt(10);
                for (int i = 0; i < n; i++) {
                    sb.append(i == 0 ? "" : ",").append('"').append(Fuzz.pick(r, LABELS)).append("\":").append(switch (r.nextInt(6)) {
                        case 0 -> Fuzz.pick(r, "1e309", "-50", "396.4", "null", "true", "[]", "{}");
                        case 1 -> "{\"value\":\"" + Fuzz.pick(r, VALUES) + "\",\"confidence\":0.9}";
                        case 2 -> "[{\"名称\":\"西药费\",\"金额\":\"" + Fuzz.pick(r, VALUES) + "\"},{\"名称\":null}]";
                        case 3 -> "\"" + Fuzz.pick(r, VALUES).replace("\"", "") + "\\n\\u0041\"";
                        case 4 -> "[".repeat(r.nextInt(1200)) + "]".repeat(r.nextInt(1200));
                        default -> "\"" + Fuzz.pick(r, VALUES) + "\"";
                    });
                }
                return ClaimDocument.ocrJson(id, sb.append('}').toString());
            }
            default -> {
                ClaimDocument seed = Fuzz.pick(r, CORPUS.toArray(new ClaimDocument[0]));
                boolean json = seed.format() == ClaimDocument.Format.OCR_JSON;
                // JSON breaks at the first bad edit: fewer edits, so most mutated JSON still reaches the readers
                String content = json && r.nextBoolean() ? jsonValueEdit(r, seed.content())
                        : Fuzz.mutate(r, seed.content(), json ? 2 : 10);
                if (content.isBlank()) {
                    content = "x";
                }
                return json ? ClaimDocument.ocrJson(seed.id(), content)
                        : ClaimDocument.ocrText(seed.id(), content);
            }
        }
    }

    /** Replaces some string values of a JSON document with other values (escaped), keeping it JSON. */
    private static String jsonValueEdit(Random r, String json) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":\\s*\"([^\"\\\\]*)\"").matcher(json);
        int at = 0;
        while (m.find()) {
            sb.append(json, at, m.start(1));
            sb.append(r.nextInt(3) == 0 ? Fuzz.pick(r, VALUES) : m.group(1));
            at = m.end(1);
        }
        return sb.append(json.substring(at)).toString();
    }
}
