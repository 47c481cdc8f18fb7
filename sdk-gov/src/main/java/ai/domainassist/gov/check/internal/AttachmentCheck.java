package ai.domainassist.gov.check.internal;

import ai.domainassist.core.Severity;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.gov.model.Attachment;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.TextSpan;
import java.util.List;

/** {@code attachment.mismatch}: 附件说明 against the attachments, and the form of the 附件说明. */
public final class AttachmentCheck implements Check {
    static final String ID = "attachment.mismatch";

    @Override
    public List<String> ruleIds() {
        return List.of(ID);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        OfficialDocument d = ctx.doc();
        List<Attachment> listed = d.listedAttachments();
        List<Attachment> actual = d.attachments();
        if (d.attachmentNote().isEmpty()) {
            if (!actual.isEmpty()) {
                TextSpan first = actual.get(0).span();
                int at = d.signature().map(TextSpan::start).orElse(first.start());
                out.add(ctx.finding(ID, at, at, "文后有" + actual.size() + "个附件，但正文后缺少附件说明",
                        "在正文下空一行标注“附件：" + actual.get(0).name() + "”"));
            }
            return;
        }
        TextSpan note = d.attachmentNote().get();
        for (Attachment a : listed) {
            String name = a.name();
            if (!name.isEmpty() && "。；;，,、.：:".indexOf(name.charAt(name.length() - 1)) >= 0) {
                out.add(ctx.finding(ID, a.span().start(), a.span().end(), "附件名称后不加标点符号",
                        name.substring(0, name.length() - 1)));
            }
        }
        if (listed.size() == 1 && note.text().matches("附件[：:]\\s*[0-9０-９]+\\s*[.．、].*")) {
            out.add(ctx.finding(ID, Severity.WARNING, note.start(), note.end(), "只有一个附件时附件名称前不编序号",
                    "附件：" + listed.get(0).name()));
        }
        if (actual.isEmpty()) {
            out.add(ctx.finding(ID, Severity.WARNING, note.start(), note.end(), "附件说明列出" + listed.size()
                    + "个附件，但正文后未见附件", "在版记前附上附件，或删去附件说明"));
            return;
        }
        if (listed.size() != actual.size()) {
            out.add(ctx.finding(ID, note.start(), note.end(), "附件说明列出" + listed.size() + "个附件，文后实有"
                    + actual.size() + "个附件", "使附件说明与附件一致"));
        }
        int n = Math.min(listed.size(), actual.size());
        for (int i = 0; i < n; i++) {
            Attachment l = listed.get(i);
            Attachment a = actual.get(i);
            if (listed.size() > 1 && l.number() != a.number()) {
                out.add(ctx.finding(ID, a.span().start(), a.span().end(), "附件序号不一致：附件说明为" + l.number()
                        + "，附件标注为" + a.number(), "附件" + l.number()));
            } else if (!a.name().isEmpty() && !sameName(l.name(), a.name())) {
                out.add(ctx.finding(ID, l.span().start(), l.span().end(), "附件名称不一致：附件说明为“" + l.name()
                        + "”，附件标题为“" + a.name() + "”", a.name()));
            }
        }
    }

    private static boolean sameName(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return NormalizedText.of(s).folded();
    }
}
