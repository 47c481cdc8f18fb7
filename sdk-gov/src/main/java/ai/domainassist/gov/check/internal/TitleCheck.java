package ai.domainassist.gov.check.internal;

import ai.domainassist.gov.model.Direction;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.ParsedTitle;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.internal.DocumentTypeTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The title's document type (missing, non-statutory, doubled, mixed with the text's direction) and
 * its pattern 发文机关 + 关于 + 事由 + 文种.
 */
public final class TitleCheck implements Check {
    static final String MISSING = "title.type-missing";
    static final String NON_STATUTORY = "title.type-nonstatutory";
    static final String DOUBLED = "title.type-doubled";
    static final String MIXED = "title.type-mixed";
    static final String PATTERN = "title.pattern";
    /** Types whose titles need no 关于 (公告, 命令, 纪要 ... are titled by the issuer and the type). */
    private static final Set<DocumentType> NO_ABOUT = EnumSet.of(DocumentType.ORDER, DocumentType.MINUTES,
            DocumentType.ANNOUNCEMENT, DocumentType.PUBLIC_NOTICE, DocumentType.COMMUNIQUE, DocumentType.RESOLUTION);
    /** Downward types that must not ask for approval (函 and 意见 may). */
    private static final Set<DocumentType> NO_REQUEST = EnumSet.of(DocumentType.NOTICE, DocumentType.CIRCULAR,
            DocumentType.REPLY, DocumentType.DECISION, DocumentType.ORDER, DocumentType.ANNOUNCEMENT,
            DocumentType.PUBLIC_NOTICE);

    @Override
    public List<String> ruleIds() {
        return List.of(MISSING, NON_STATUTORY, DOUBLED, MIXED, PATTERN);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        OfficialDocument d = ctx.doc();
        Optional<ParsedTitle> op = d.parsedTitle();
        if (op.isEmpty()) {
            return; // a missing title is element.missing
        }
        ParsedTitle p = op.get();
        TextSpan span = d.title().or(d::issuerMark).orElse(new TextSpan("", 0, 0));
        if (p.type().isEmpty()) {
            if (p.nonStatutoryWord().isPresent()) {
                String w = p.nonStatutoryWord().get();
                out.add(ctx.finding(NON_STATUTORY, span.start(), span.end(), "标题以非法定文种“" + w + "”结尾",
                        "改用法定文种，如“关于印发《" + p.text() + "》的通知”"));
            } else {
                out.add(ctx.finding(MISSING, span.start(), span.end(), "标题缺少文种", "在标题末尾补充法定文种，如“……的通知”"));
            }
            return;
        }
        DocumentType type = p.type().get();
        if (p.doubledWord().isPresent()) {
            String doubled = p.doubledWord().get();
            String fixed = p.text().replace(doubled + p.typeWord().orElse(""), p.typeWord().orElse(""));
            out.add(ctx.finding(DOUBLED, span.start(), span.end(), "标题文种重叠：“" + doubled + p.typeWord().orElse("")
                    + "”", fixed));
        }
        boolean onlyType = p.subject().isEmpty() && p.authority().isEmpty() && p.typeWord().map(w -> w.equals(p.text()))
                .orElse(false);
        if (onlyType) {
            out.add(ctx.finding(PATTERN, span.start(), span.end(), "以文种作为标题，缺少发文机关和事由",
                    "按“发文机关+关于+事由+文种”拟写标题"));
        } else if (!NO_ABOUT.contains(type) && !p.hasAbout() && p.subject().isPresent()
                && !startsWithForwarding(p.subject().get())) {
            out.add(ctx.finding(PATTERN, span.start(), span.end(), "标题缺少介词“关于”，不符合“发文机关+关于+事由+文种”",
                    insertAbout(p)));
        } else if (!NO_ABOUT.contains(type) && p.subject().isEmpty()) {
            out.add(ctx.finding(PATTERN, span.start(), span.end(), "标题缺少事由", "按“发文机关+关于+事由+文种”拟写标题"));
        }
        mixed(ctx, d, type, span, out);
    }

    private static boolean startsWithForwarding(String subject) {
        return subject.startsWith("批转") || subject.startsWith("转发") || subject.startsWith("印发")
                || subject.startsWith("发布");
    }

    private static String insertAbout(ParsedTitle p) {
        String subject = p.subject().orElse("");
        String authority = p.authority().orElse("");
        return authority + "关于" + subject + "的" + p.typeWord().orElse("");
    }

    private static void mixed(CheckContext ctx, OfficialDocument d, DocumentType type, TextSpan span,
            List<NormativeFinding> out) {
        Direction dir = DocumentTypeTable.standard().row(type).direction();
        if (dir == Direction.UPWARD) {
            for (TextSpan a : d.addressees()) {
                if (a.text().startsWith("各")) {
                    out.add(ctx.finding(MIXED, span.start(), span.end(), "上行文种“" + type.chineseName()
                            + "”主送下级机关（“" + a.text() + "”），文种混用", "向下级机关行文改用通知等下行文种"));
                    return;
                }
            }
        }
        if (NO_REQUEST.contains(type)) {
            String body = d.body().map(TextSpan::text).orElse("");
            Optional<String> req = CheckContext.requestPhrase(body);
            if (req.isPresent()) {
                out.add(ctx.finding(MIXED, span.start(), span.end(), type.chineseName() + "中含有请示事项（“" + req.get()
                        + "”），文种混用", "请求上级批准应使用请示"));
            }
        }
    }
}
