package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The exclusion lexicon ({@code exclusions.tsv}): terms and ICD-10 prefixes per category. Immutable. */
public final class ExclusionLexicon {
    private static final Pattern ICD = Pattern.compile("(?<![A-Za-z])([A-Z][0-9]{2})(?:\\.[0-9xX]{1,3})?");

    /**
     * A match of a text against a category.
     *
     * @param category the category
     * @param term the term or ICD prefix that matched
     * @param start where in the text (original offsets)
     * @param end the end of the match
     */
    public record Match(String category, String term, int start, int end) {
    }

    private final Map<String, List<String>> terms = new LinkedHashMap<>();
    private final Map<String, List<String>> icdPrefixes = new LinkedHashMap<>();

    /**
     * @param rows category, kind (term/icd), value
     * @throws IllegalStateException on an unknown kind
     */
    public ExclusionLexicon(List<String[]> rows) {
        for (String[] r : rows) {
            String kind = r[1];
            if ("term".equals(kind)) {
                terms.computeIfAbsent(r[0], k -> new ArrayList<>()).add(NormalizedText.of(r[2]).folded());
            } else if ("icd".equals(kind)) {
                icdPrefixes.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[2].toUpperCase(Locale.ROOT));
            } else {
                throw new IllegalStateException("exclusion lexicon: unknown kind '" + kind + "' for " + r[0]);
            }
        }
    }

    /** @return the built-in lexicon */
    public static ExclusionLexicon builtIn() {
        return new ExclusionLexicon(Tsv.resource("exclusions.tsv", 3));
    }

    /** @return the categories known */
    public Set<String> categories() {
        Set<String> s = new java.util.LinkedHashSet<>(terms.keySet());
        s.addAll(icdPrefixes.keySet());
        return s;
    }

    /**
     * Whether a text falls under a category: it contains one of its terms (folded) or an ICD-10 code
     * under one of its prefixes.
     *
     * @param category the category
     * @param text the text (a diagnosis, procedure or item name)
     * @return the first match, if any
     */
    public Optional<Match> match(String category, String text) {
        NormalizedText nt = NormalizedText.of(text);
        for (String t : terms.getOrDefault(category, List.of())) {
            int at = nt.folded().indexOf(t);
            if (at >= 0) {
                int[] span = nt.toOriginalSpan(at, at + t.length());
                return Optional.of(new Match(category, t, span[0], span[1]));
            }
        }
        List<String> prefixes = icdPrefixes.getOrDefault(category, List.of());
        if (!prefixes.isEmpty()) {
            Matcher m = ICD.matcher(text);
            while (m.find()) {
                String code = m.group(1);
                for (String p : prefixes) {
                    if (code.startsWith(p)) {
                        return Optional.of(new Match(category, p, m.start(), m.end()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
