package ai.domainassist.examples;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.chat.Usage;

/**
 * The part of every result's text rendering that is the same in all domains: mode, tokens and the
 * review flags, most severe first.
 *
 * <p>Stateless and thread-safe.
 */
public final class ResultText {
    private ResultText() {
    }

    /**
     * The summary lines of a result.
     *
     * @param result any result
     * @return lines: the mode and usage, then one line per review flag
     */
    public static String summary(Result<?> result) {
        StringBuilder s = new StringBuilder();
        Usage u = result.usage();
        s.append("模式 ").append(result.mode());
        if (u.totalTokens() > 0) {
            s.append("，tokens ").append(u.totalTokens()).append(" (prompt ").append(u.promptTokens())
                    .append(", completion ").append(u.completionTokens()).append(')');
        }
        result.auditId().ifPresent(id -> s.append("，audit ").append(id));
        s.append("，待审核 ").append(result.flags().size()).append(" 项\n");
        for (ReviewFlag f : result.flags()) {
            s.append("  ").append(flag(f)).append('\n');
        }
        return s.toString();
    }

    /**
     * One flag as a line.
     *
     * @param f the flag
     * @return {@code [SEVERITY] KIND field: message}
     */
    public static String flag(ReviewFlag f) {
        return "[" + f.severity() + "] " + f.kind() + (f.field().isBlank() ? "" : " " + f.field()) + ": " + f.message();
    }
}
