package ai.domainassist.gov.draft.internal;

import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.KeyPoint;
import ai.domainassist.gov.rules.internal.DataFiles;
import ai.domainassist.gov.rules.internal.DocumentTypeTable;
import ai.domainassist.gov.rules.internal.HeadingMarkers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The offline layout of a draft: header elements from the request only, the body's outline from
 * the key points, opening and closing formulas from {@code rules/draft-phrases.tsv}, and the
 * trailing elements. {@link #render(String)} lays it out with a body text. Immutable.
 *
 * @param type the type
 * @param header the lines above the title (份号, 密级, 紧急程度, 标志, 发文字号 and 签发人)
 * @param title the title, empty for a 命令 or 纪要 (their mark stands for it)
 * @param subtitle a line under the title (决议: the adoption line), or empty
 * @param addresseeLine the 主送机关 line with its colon, or empty
 * @param outline the body's skeleton: opening, numbered headings, closing
 * @param attachmentNote the 附件说明, or empty
 * @param signature the 署名, or empty
 * @param date the 成文日期
 * @param attachments the attachment pages
 * @param copyTo the 抄送 line, or empty
 * @param documentNumber the 发文字号 as laid out, or empty
 * @param signers the 签发人 line's names, or empty
 * @param missing the request fields the draft needed but did not get
 */
public record Skeleton(DocumentType type, List<String> header, String title, String subtitle, String addresseeLine,
        String outline, String attachmentNote, String signature, String date, List<String> attachments, String copyTo,
        String documentNumber, String signers, List<String> missing) {

    private static final Map<DocumentType, String[]> PHRASES = phrases();

    private static Map<DocumentType, String[]> phrases() {
        Map<DocumentType, String[]> m = new EnumMap<>(DocumentType.class);
        for (String l : DataFiles.lines("rules/draft-phrases.tsv")) {
            String[] c = l.split("\t", -1);
            m.put(DocumentType.valueOf(c[0]), new String[] {c[1], c.length > 2 ? c[2] : ""});
        }
        return m;
    }

    /**
     * Lays out the skeleton of a request.
     *
     * @param r the request
     * @return the skeleton
     */
    public static Skeleton of(DraftRequest r) {
        DocumentType t = r.type();
        DocumentTypeTable.Row row = DocumentTypeTable.standard().row(t);
        List<String> missing = new ArrayList<>();
        List<String> header = new ArrayList<>();
        if (!r.secrecy().mark().isEmpty()) {
            header.add(r.secrecy().mark());
        }
        if (!r.urgency().mark().isEmpty()) {
            header.add(r.urgency().mark());
        }
        String number = "";
        String signers = "";
        String title;
        String year = String.valueOf(r.date().getYear());
        if (t == DocumentType.ORDER) {
            header.add(r.authority() + "令");
            header.add("");
            header.add(r.serial() > 0 ? "第" + r.serial() + "号" : "第［令号］号");
            if (r.serial() == 0) {
                missing.add("令号");
            }
            title = "";
        } else if (t == DocumentType.MINUTES) {
            header.add(r.authority() + r.subject() + "纪要");
            header.add("");
            header.add(r.serial() > 0 ? "第" + r.serial() + "期" : "第［期号］期");
            if (r.serial() == 0) {
                missing.add("期号");
            }
            title = "";
        } else {
            boolean needsNumber = row.required().containsKey("documentNumber");
            if (needsNumber) {
                header.add(t == DocumentType.LETTER ? r.authority() : r.authority() + "文件");
                header.add("");
                if (r.agencyCode().isPresent()) {
                    number = r.agencyCode().get() + "〔" + year + "〕" + r.serial() + "号";
                } else {
                    number = "［机关代字］〔" + year + "〕［序号］号";
                    missing.add("发文字号");
                }
                String line = number;
                if (row.required().containsKey("signers")) {
                    if (r.signers().isEmpty()) {
                        signers = "［签发人］";
                        missing.add("签发人");
                    } else {
                        signers = String.join("、", r.signers());
                    }
                    line = number + "                    签发人：" + signers;
                }
                header.add(line);
            }
            title = r.authority() + "关于" + r.subject() + "的" + t.chineseName();
        }
        String subtitle = t == DocumentType.RESOLUTION
                ? "（" + ChineseDates.format(r.date()) + r.authority() + "通过）" : "";
        String addressees = "";
        if (!r.addressees().isEmpty()) {
            addressees = String.join("，", r.addressees()) + "：";
        } else if (row.required().containsKey("addressees")) {
            addressees = "［主送机关］：";
            missing.add("主送机关");
        }
        String[] ph = PHRASES.get(t);
        StringBuilder outline = new StringBuilder("    ").append(ph[0]).append('\n');
        for (int i = 0; i < r.keyPoints().size(); i++) {
            outlinePoint(outline, r.keyPoints().get(i), 1, i + 1);
        }
        if (!ph[1].isEmpty()) {
            outline.append("    ").append(ph[1]).append('\n');
        }
        String note = "";
        List<String> pages = new ArrayList<>();
        List<String> att = r.attachments();
        if (att.size() == 1) {
            note = "附件：" + att.get(0);
            pages.add("附件\n\n" + att.get(0) + "\n\n    （附件正文）");
        } else if (att.size() > 1) {
            StringBuilder sb = new StringBuilder("附件：");
            for (int i = 0; i < att.size(); i++) {
                sb.append(i == 0 ? "" : "\n          ").append(i + 1).append('.').append(att.get(i));
                pages.add("附件" + (i + 1) + "\n\n" + att.get(i) + "\n\n    （附件正文）");
            }
            note = sb.toString();
        }
        String signature;
        if (t == DocumentType.ORDER || t == DocumentType.MOTION) {
            if (r.signers().isEmpty()) {
                signature = "［职务］  ［姓名］";
                missing.add("签署人");
            } else {
                signature = String.join("  ", r.signers());
            }
        } else {
            signature = t == DocumentType.MINUTES ? "" : r.authority();
        }
        String copyTo = r.copyTo().isEmpty() ? "" : "抄送：" + String.join("，", r.copyTo()) + "。";
        return new Skeleton(t, header, title, subtitle, addressees, outline.toString(), note, signature,
                ChineseDates.format(r.date()), pages, copyTo, number, signers, missing);
    }

    private static void outlinePoint(StringBuilder sb, KeyPoint k, int level, int number) {
        sb.append("    ").append(HeadingMarkers.standard(level, number)).append(k.text()).append('\n');
        for (int i = 0; i < k.children().size(); i++) {
            outlinePoint(sb, k.children().get(i), level + 1, i + 1);
        }
    }

    /**
     * Lays the document out with a body.
     *
     * @param body the body text (the outline, or a model's text written to it), indented lines
     * @return the full text
     */
    public String render(String body) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            sb.append(h).append('\n');
        }
        if (!header.isEmpty()) {
            sb.append('\n');
        }
        if (!title.isEmpty()) {
            sb.append(title).append("\n\n");
        }
        if (!subtitle.isEmpty()) {
            sb.append(subtitle).append("\n\n");
        }
        if (!addresseeLine.isEmpty()) {
            sb.append(addresseeLine).append('\n');
        }
        sb.append(body.stripTrailing()).append('\n');
        if (!attachmentNote.isEmpty()) {
            sb.append('\n').append("    ").append(attachmentNote).append('\n');
        }
        sb.append('\n');
        String pad = "                                        ";
        if (!signature.isEmpty()) {
            sb.append(pad).append(signature).append('\n');
        }
        if (type != DocumentType.RESOLUTION) {
            sb.append(pad).append(date).append('\n');
        }
        for (String p : attachments) {
            sb.append('\n').append(p).append('\n');
        }
        if (!copyTo.isEmpty()) {
            sb.append('\n').append(copyTo).append('\n');
        }
        return sb.toString();
    }
}
