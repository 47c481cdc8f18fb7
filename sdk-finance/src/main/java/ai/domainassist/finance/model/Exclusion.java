package ai.domainassist.finance.model;

import java.util.Objects;

/**
 * One exclusion (责任免除) of a policy: a category from the exclusion lexicon
 * ({@code cosmetic}, {@code vision-correction}, {@code pregnancy} ...; see
 * {@code rules/exclusions.tsv}) and the policy clause that states it, quoted when a claim is declined.
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the lexicon category
 * @param clause the clause reference and text, for example {@code 第2.5条第(11)项 整形手术、美容或整容手术}
 */
public record Exclusion(String category, String clause) {

    /**
     * Checks and normalises the components.
     *
     * @param category the lexicon category
     * @param clause the clause reference and text, for example {@code 第2.5条第(11)项 整形手术、美容或整容手术}
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the category is blank
     */
    public Exclusion {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(clause, "clause");
        if (category.isBlank()) {
            throw new IllegalArgumentException("exclusion category must not be blank");
        }
    }
}
