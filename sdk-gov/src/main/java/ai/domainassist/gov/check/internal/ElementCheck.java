package ai.domainassist.gov.check.internal;

import ai.domainassist.core.Severity;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.internal.DocumentTypeTable;
import java.util.List;
import java.util.Map;

/** {@code element.missing}: the elements the type's row of document-types.tsv requires. */
public final class ElementCheck implements Check {
    static final String ID = "element.missing";

    @Override
    public List<String> ruleIds() {
        return List.of(ID);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        OfficialDocument d = ctx.doc();
        if (d.type().isEmpty()) {
            // Without a known type only the elements every document needs are required.
            if (d.title().isEmpty() && d.parsedTitle().isEmpty()) {
                out.add(ctx.finding(ID, 0, 0, "缺少标题", "补充标题：发文机关+关于+事由+文种"));
            }
            if (d.date().isEmpty()) {
                int at = d.body().map(TextSpan::end).orElse(d.text().length());
                out.add(ctx.finding(ID, at, at, "缺少成文日期", "在署名下标注成文日期，如 2024年3月5日"));
            }
            return;
        }
        DocumentType type = d.type().get();
        for (Map.Entry<String, Severity> e : DocumentTypeTable.standard().row(type).required().entrySet()) {
            String key = e.getKey();
            if (present(d, key)) {
                continue;
            }
            int at = anchor(d, key);
            out.add(ctx.finding(ID, e.getValue(), at, at, type.chineseName() + "缺少" + label(key, type),
                    fix(key, type)));
        }
    }

    private static boolean present(OfficialDocument d, String key) {
        String body = d.body().map(TextSpan::text).orElse("");
        return switch (key) {
            case "title" -> d.title().isPresent() || d.parsedTitle().isPresent();
            case "documentNumber" -> d.documentNumber().isPresent();
            case "signers" -> d.signers().isPresent();
            case "addressees" -> d.addresseeLine().isPresent();
            case "body" -> d.body().isPresent();
            case "signature" -> d.signature().isPresent();
            case "date" -> d.date().isPresent();
            case "closingRequest" -> lastSentence(body).map(CheckContext::isClosing).orElse(false);
            case "replyReference" -> body.contains("收悉");
            default -> throw new IllegalStateException("unknown element " + key + " in document-types.tsv");
        };
    }

    private static java.util.Optional<String> lastSentence(String body) {
        List<ai.domainassist.core.text.Sentences.Span> ss = ai.domainassist.core.text.Sentences.split(body);
        return ss.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ss.get(ss.size() - 1).text());
    }

    private static int anchor(OfficialDocument d, String key) {
        int afterTitle = d.title().map(TextSpan::end).orElse(0);
        int bodyEnd = d.body().map(TextSpan::end).orElse(afterTitle);
        return switch (key) {
            case "title", "documentNumber", "signers" -> d.issuerMark().map(TextSpan::end).orElse(0);
            case "addressees", "body" -> afterTitle;
            case "replyReference" -> d.body().map(TextSpan::start).orElse(afterTitle);
            case "signature", "closingRequest" -> bodyEnd;
            default -> d.signature().map(TextSpan::end).orElse(bodyEnd);
        };
    }

    private static String label(String key, DocumentType type) {
        return switch (key) {
            case "title" -> "标题";
            case "documentNumber" -> "发文字号";
            case "signers" -> "签发人（上行文应当标注签发人）";
            case "addressees" -> "主送机关";
            case "body" -> "正文";
            case "signature" -> type == DocumentType.ORDER ? "签署人职务和姓名" : "发文机关署名";
            case "date" -> "成文日期";
            case "closingRequest" -> "结语（如“妥否，请批示”）";
            case "replyReference" -> "对来文的引述（如“你单位《关于……的请示》收悉”）";
            default -> key;
        };
    }

    private static String fix(String key, DocumentType type) {
        return switch (key) {
            case "title" -> "补充标题：发文机关+关于+事由+" + type.chineseName();
            case "documentNumber" -> "补充发文字号，如 京政发〔2024〕3号";
            case "signers" -> "在发文字号同一行右侧标注“签发人：”及姓名";
            case "addressees" -> "在标题下一行顶格标注主送机关，后加全角冒号";
            case "body" -> "补充正文";
            case "signature" -> type == DocumentType.ORDER ? "标注签署人职务和姓名" : "在正文（或附件说明）下标注发文机关署名";
            case "date" -> "在署名下标注成文日期，如 2024年3月5日";
            case "closingRequest" -> "在正文末尾加“妥否，请批示。”";
            case "replyReference" -> "开头引述来文标题和发文字号，如“你单位《关于……的请示》（……〔2024〕5号）收悉。”";
            default -> "";
        };
    }
}
