package ai.domainassist.finance.model;

import ai.domainassist.retrieval.Citation;
import java.util.Objects;

/**
 * A product whose terms answer a question asked without naming the product: several products' clauses
 * answer it (most products define 被保险人, 犹豫期, 宽限期 alike), so the customer's own product must be chosen.
 *
 * <p>Immutable and thread-safe.
 *
 * @param product the product's code, as its clauses are tagged in the terms library (or the document title
 *     when they carry no product tag)
 * @param name the product's name (the title of its terms)
 * @param clause its clause that best answers the question
 */
public record ProductCandidate(String product, String name, Citation clause) {

    /**
     * Checks the components.
     *
     * @param product the product's code
     * @param name the product's name
     * @param clause its clause that best answers the question
     * @throws NullPointerException if a component is {@code null}
     */
    public ProductCandidate {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clause, "clause");
    }
}
