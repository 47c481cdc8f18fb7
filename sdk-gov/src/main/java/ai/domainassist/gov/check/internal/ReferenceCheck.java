package ai.domainassist.gov.check.internal;

import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.gov.check.PolicyReferences;
import ai.domainassist.gov.model.Attachment;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.PolicyRecord;
import ai.domainassist.retrieval.Validity;
import ai.domainassist.gov.rules.internal.Patterns;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents the text cites, by 《title》 or by a 发文字号 with its year in brackets, looked up in
 * the library: {@code reference.repealed} when the library marks it repealed,
 * {@code reference.not-found} when the library does not hold it. Titles the document itself
 * issues or attaches (印发《……》) are not references.
 */
public final class ReferenceCheck implements Check {
    static final String REPEALED = "reference.repealed";
    static final String NOT_FOUND = "reference.not-found";
    private static final Pattern CITED_NUMBER = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,12})[〔\\[［【(（]([0-9]{4})[〕\\]］】)）]第?([0-9]+)号");

    private static final List<String> NON_CITING = ai.domainassist.gov.rules.internal.DataFiles.lines(
            "rules/non-citing-contexts.txt");

    @Override
    public List<String> ruleIds() {
        return List.of(REPEALED, NOT_FOUND);
    }

    @Override
    public void run(CheckContext ctx, List<NormativeFinding> out) {
        Optional<PolicyReferences> lib = ctx.library();
        OfficialDocument d = ctx.doc();
        if (lib.isEmpty() || d.body().isEmpty()) {
            return;
        }
        String text = d.text();
        int from = d.body().get().start();
        Set<String> own = new HashSet<>();
        d.title().ifPresent(t -> {
            Matcher m = Patterns.BOOK_TITLE.matcher(t.text());
            while (m.find()) {
                own.add(fold(m.group(1)));
            }
        });
        for (Attachment a : d.listedAttachments()) {
            own.add(fold(a.name().replaceAll("[《》]", "")));
        }
        for (Attachment a : d.attachments()) {
            own.add(fold(a.name().replaceAll("[《》]", "")));
        }
        int coveredUntil = -1;
        Matcher m = Patterns.BOOK_TITLE.matcher(text);
        m.region(from, text.length());
        while (m.find()) {
            String title = m.group(1);
            int end = m.end();
            Matcher n = CITED_NUMBER.matcher(text);
            n.region(end, Math.min(text.length(), end + 30));
            String number = null;
            if (n.find() && n.start() <= end + 2) {
                number = numberOf(n);
                end = n.end();
            }
            coveredUntil = end;
            if (own.contains(fold(title)) || notACitation(text, m.start(), title)) {
                continue;
            }
            Optional<PolicyRecord> rec = lib.get().findByTitle(title);
            if (rec.isEmpty() && number != null) {
                rec = byNumber(lib.get(), n);
            }
            report(ctx, m.start(), end, "《" + title + "》", rec, out);
        }
        Matcher n = CITED_NUMBER.matcher(text);
        n.region(from, text.length());
        while (n.find()) {
            if (n.start() < coveredUntil && isInsideCovered(text, n.start(), from)) {
                continue;
            }
            int start = n.start(1) + Math.max(0, n.group(1).length() - 4);
            String shown = text.substring(start, n.end());
            report(ctx, start, n.end(), shown, byNumber(lib.get(), n), out);
        }
    }

    /**
     * Whether a 《title》 names a document this one receives, issues or submits rather than cites:
     * inside a sentence that acknowledges incoming mail (收悉), promulgates (现予公布, 印发) or
     * submits a draft (提请审议, 草案), per the phrases of {@code rules/non-citing-contexts.txt}.
     */
    private static boolean notACitation(String text, int at, String title) {
        int s = at;
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = at;
        while (e < text.length() && "。！？\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        String sentence = text.substring(s, e);
        for (String c : NON_CITING) {
            if (sentence.contains(c) || title.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInsideCovered(String text, int at, int from) {
        // a number right after a 《title》 was handled with the title
        int close = text.lastIndexOf('》', at);
        return close >= from && at - close <= 14;
    }

    private static String numberOf(Matcher n) {
        return n.group(1) + "〔" + n.group(2) + "〕" + Integer.parseInt(n.group(3)) + "号";
    }

    private static Optional<PolicyRecord> byNumber(PolicyReferences lib, Matcher n) {
        String agency = n.group(1);
        String rest = "〔" + n.group(2) + "〕" + Integer.parseInt(n.group(3)) + "号";
        for (int k = 0; k <= agency.length() - 2; k++) {
            Optional<PolicyRecord> r = lib.findByNumber(agency.substring(k) + rest);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static void report(CheckContext ctx, int start, int end, String cited, Optional<PolicyRecord> rec,
            List<NormativeFinding> out) {
        if (rec.isEmpty()) {
            out.add(ctx.finding(NOT_FOUND, start, end, "引用的文件" + cited + "在政策库中未找到，请核对标题和文号",
                    "核对引文，或将该文件收入政策库"));
        } else if (rec.get().validity() == Validity.REPEALED) {
            PolicyRecord r = rec.get();
            String by = r.supersededBy().isEmpty() ? "" : "，已被" + r.supersededBy() + "替代";
            out.add(new NormativeFinding(REPEALED, ctx.catalog().severity(REPEALED), start, end,
                    "引用的文件" + cited + "已废止" + by,
                    r.supersededBy().isEmpty() ? "删去或改为引用现行有效的文件" : "改为引用" + r.supersededBy(),
                    List.of(new ai.domainassist.core.grounding.Evidence(r.id(), 0, 0, ""))));
        }
    }

    private static String fold(String s) {
        return NormalizedText.of(s).folded();
    }

}
