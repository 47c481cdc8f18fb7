package ai.domainassist.core.report.internal;

import ai.domainassist.core.Result;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.report.ReportLabels;
import java.util.Locale;

/**
 * How a result was produced, as the terms of a description list: the mode as a badge with a
 * sentence ({@code #mode}), the token usage ({@code #usage}) and the audit id ({@code #audit}).
 * Every review page shows these the same way.
 *
 * <p>Stateless and thread-safe.
 */
public final class Production {
    private Production() {
    }

    /**
     * Appends the {@code <dt>}/{@code <dd>} pairs (the caller writes the {@code <dl>}).
     *
     * @param out where to write
     * @param r the result
     * @param l the page's words
     */
    public static void write(StringBuilder out, Result<?> r, ReportLabels l) {
        String mode = r.mode().name();
        out.append("<dt>").append(Html.escape(l.get("summary.mode"))).append("</dt><dd id=\"mode\">")
                .append("<span class=\"mode mode-").append(mode.toLowerCase(Locale.ROOT)).append("\" data-mode=\"")
                .append(mode).append("\">").append(Html.escape(l.get("mode." + mode))).append("</span>")
                .append(Html.escape(l.get("mode." + mode + ".help"))).append("</dd>\n");
        out.append("<dt>").append(Html.escape(l.get("summary.usage"))).append("</dt><dd id=\"usage\">");
        Usage u = r.usage();
        if (u.equals(Usage.ZERO)) {
            out.append(Html.escape(l.get("usage.none")));
        } else {
            out.append("<table class=\"usage\"><tbody>");
            usageRow(out, l, "prompt", u.promptTokens());
            usageRow(out, l, "completion", u.completionTokens());
            usageRow(out, l, "total", u.totalTokens());
            usageRow(out, l, "cached", u.cachedPromptTokens());
            usageRow(out, l, "reasoning", u.reasoningTokens());
            out.append("</tbody></table>");
        }
        out.append("</dd>\n");
        out.append("<dt>").append(Html.escape(l.get("summary.audit"))).append("</dt><dd id=\"audit\">")
                .append(Html.escape(r.auditId().orElse(l.get("audit.none")))).append("</dd>\n");
    }

    private static void usageRow(StringBuilder out, ReportLabels l, String key, long n) {
        out.append("<tr data-usage=\"").append(key).append("\"><td>").append(Html.escape(l.get("usage." + key)))
                .append("</td><td>").append(n).append("</td></tr>");
    }
}
