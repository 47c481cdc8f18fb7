package ai.domainassist.gov.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The context rules of {@code proofreading/context-rules.tsv}: real-word confusions (截止/截至,
 * 以至/以致, 权利/权力 ...) found by a pattern naming their context, each safe in some text domains.
 * Immutable; thread-safe.
 */
public final class ContextRules {

    /**
     * One rule.
     *
     * @param id the rule's id
     * @param domains names of the domains it is safe in ({@code OFFICIAL}, {@code LEGAL}, {@code MEDICAL}, {@code GENERAL})
     * @param pattern the pattern; group 1 is the wrong span
     * @param replacement what replaces group 1
     * @param reason why, in Chinese
     * @param literal the text group 1 always matches when it is a plain word ({@code ""} otherwise): a
     *     text without it is not searched
     */
    public record Rule(String id, List<String> domains, Pattern pattern, String replacement, String reason,
            String literal) {
    }

    /**
     * A match of a rule.
     *
     * @param start the first character of the wrong span
     * @param end one past its last
     * @param rule the rule
     */
    public record Match(int start, int end, Rule rule) {
    }

    private final List<Rule> rules;

    private ContextRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @param lines data lines: id, domains, pattern, replacement, reason (tab separated)
     * @return the rules
     * @throws IllegalStateException if a line is malformed or a pattern has no group 1
     */
    public static ContextRules parse(List<String> lines) {
        List<Rule> out = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t");
            if (c.length != 5) {
                throw new IllegalStateException("context-rules.tsv: expected 5 columns: " + line);
            }
            Pattern p;
            try {
                p = Pattern.compile(c[2]);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("context-rules.tsv: bad pattern in rule " + c[0], e);
            }
            if (p.matcher("").groupCount() < 1) {
                throw new IllegalStateException("context-rules.tsv: rule " + c[0] + " has no group 1");
            }
            out.add(new Rule(c[0], List.of(c[1].split(",")), p, c[3], c[4], literal(c[2])));
        }
        return new ContextRules(out);
    }

    /** The content of the first capturing group when it is Chinese characters only, else {@code ""}. */
    private static String literal(String pattern) {
        for (int i = 0; i + 1 < pattern.length(); i++) {
            if (pattern.charAt(i) == '(' && (i == 0 || pattern.charAt(i - 1) != '\\') && pattern.charAt(i + 1) != '?') {
                int end = pattern.indexOf(')', i);
                String g = end < 0 ? "" : pattern.substring(i + 1, end);
                return !g.isEmpty() && g.chars().allMatch(ch -> ch >= 0x4E00 && ch <= 0x9FFF) ? g : "";
            }
        }
        return "";
    }

    /** @return the rules in file order */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The matches of the rules safe in a domain, in rule order, then text order.
     *
     * @param text the text
     * @param domain the domain's name
     * @return the matches (they may overlap; the caller resolves)
     */
    public List<Match> find(String text, String domain) {
        List<Match> out = new ArrayList<>();
        for (Rule r : rules) {
            if (!r.domains().contains(domain) || !text.contains(r.literal())) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                out.add(new Match(m.start(1), m.end(1), r));
            }
        }
        return out;
    }
}
