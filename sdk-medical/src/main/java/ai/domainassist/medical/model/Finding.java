package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * A physical-examination finding the doctor said while examining (咽部充血, 右下腹压痛), or its
 * absence (未闻及啰音).
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the standard term
 * @param mention the words of the dialogue
 * @param present {@code true} when found, {@code false} when the doctor said it is absent
 * @param site where (右下腹), or empty
 */
public record Finding(String term, String mention, boolean present, String site) {
    /**
     * Checks and normalises the components.
     *
     * @param term the standard term
     * @param mention the words of the dialogue
     * @param present {@code true} when found, {@code false} when the doctor said it is absent
     * @param site where (右下腹), or empty
     * @throws NullPointerException if a component is {@code null}
     */
    public Finding {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(site, "site");
    }

    /** @return the record form: the term, with the site before it, and 无/未闻及 for an absent finding */
    public String display() {
        String t = site.isEmpty() || term.startsWith(site) ? term : site + term;
        if (present) {
            return t;
        }
        return term.endsWith("音") ? "未闻及" + t : "无" + t;
    }
}
