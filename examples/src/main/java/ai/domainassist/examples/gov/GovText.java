package ai.domainassist.examples.gov;

import ai.domainassist.core.Result;
import ai.domainassist.examples.ResultText;
import ai.domainassist.gov.model.ClauseChange;
import ai.domainassist.gov.model.FigureChange;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyComparison;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.retrieval.Citation;
import java.util.List;
import java.util.Locale;

/**
 * The policy assistant's results as plain text for the policy writer.
 *
 * <p>Stateless and thread-safe.
 */
public final class GovText {
    private GovText() {
    }

    /**
     * A normative check: each finding with its position, message and fix, then the summary.
     *
     * @param result the check
     * @param text the checked text (to quote the offending words)
     * @return the text
     */
    public static String check(Result<NormativeReport> result, String text) {
        NormativeReport r = result.value();
        StringBuilder s = new StringBuilder();
        s.append("规范性检查：").append(r.findings().size()).append(" 处问题")
                .append(r.hasErrors() ? "（含错误）" : "").append('\n');
        appendFindings(s, r.findings(), text);
        if (!r.skippedRules().isEmpty()) {
            s.append("未运行的规则：").append(String.join("、", r.skippedRules())).append('\n');
        }
        s.append(ResultText.summary(result));
        return s.toString();
    }

    /**
     * A draft: the text, then its findings and the summary.
     *
     * @param result the draft
     * @return the text
     */
    public static String draft(Result<PolicyDraft> result) {
        PolicyDraft d = result.value();
        StringBuilder s = new StringBuilder();
        s.append(d.text().strip()).append("\n\n");
        s.append("草稿检查：").append(d.findings().size()).append(" 处\n");
        appendFindings(s, d.findings(), d.text());
        for (Citation c : d.citations()) {
            s.append("  引用 ").append(cite(c)).append('\n');
        }
        s.append(ResultText.summary(result));
        return s.toString();
    }

    /**
     * An answer with its citations.
     *
     * @param result the answer
     * @return the text
     */
    public static String answer(Result<PolicyAnswer> result) {
        PolicyAnswer a = result.value();
        StringBuilder s = new StringBuilder();
        s.append("问：").append(a.question()).append('\n');
        s.append("答：").append(a.answer().strip()).append('\n');
        for (Citation c : a.citations()) {
            s.append("  依据 ").append(cite(c)).append('\n');
        }
        s.append(ResultText.summary(result));
        return s.toString();
    }

    /**
     * Search hits.
     *
     * @param result the hits
     * @return the text
     */
    public static String search(Result<List<PolicyHit>> result) {
        StringBuilder s = new StringBuilder();
        int n = 1;
        for (PolicyHit h : result.value()) {
            s.append(String.format(Locale.ROOT, "%d. [%.2f] %s%s%n", n++, h.score(), cite(h.citation()),
                    h.policy().inForce() ? "" : "（" + h.policy().validity() + "）"));
        }
        s.append(ResultText.summary(result));
        return s.toString();
    }

    /**
     * A comparison: changed clauses and changed figures.
     *
     * @param result the comparison
     * @return the text
     */
    public static String compare(Result<PolicyComparison> result) {
        PolicyComparison c = result.value();
        StringBuilder s = new StringBuilder();
        s.append(c.leftId()).append(" → ").append(c.rightId()).append('\n');
        for (ClauseChange ch : c.clauses()) {
            if (ch.kind() == ClauseChange.Kind.UNCHANGED) {
                continue;
            }
            String path = ch.rightPath().isEmpty() ? ch.leftPath() : ch.rightPath();
            s.append("  ").append(ch.kind()).append(' ').append(path).append('\n');
        }
        for (FigureChange f : c.figures()) {
            s.append("  数字 ").append(f.kind()).append("：").append(f.before().isEmpty() ? "（无）" : f.before())
                    .append(" → ").append(f.after().isEmpty() ? "（无）" : f.after()).append('\n');
        }
        s.append(ResultText.summary(result));
        return s.toString();
    }

    private static void appendFindings(StringBuilder s, List<NormativeFinding> findings, String text) {
        for (NormativeFinding f : findings) {
            s.append("  [").append(f.severity()).append("] ").append(f.ruleId()).append(" @").append(f.start());
            if (f.end() > f.start() && f.end() <= text.length()) {
                s.append(" 「").append(text, f.start(), Math.min(f.end(), f.start() + 40)).append("」");
            }
            s.append(' ').append(f.message());
            if (!f.suggestedFix().isEmpty()) {
                s.append("（建议：").append(f.suggestedFix()).append('）');
            }
            s.append('\n');
        }
    }

    private static String cite(Citation c) {
        String clause = String.join("", c.headingPath());
        String quote = c.quote().strip().replace('\n', ' ');
        return c.title() + (c.documentNumber().isEmpty() ? "" : "（" + c.documentNumber() + "）")
                + (clause.isEmpty() ? "" : " " + clause) + "：「" + (quote.length() > 60 ? quote.substring(0, 60) + "…" : quote) + "」";
    }
}
