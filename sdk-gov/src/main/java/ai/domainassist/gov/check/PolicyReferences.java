package ai.domainassist.gov.check;

import ai.domainassist.gov.model.PolicyPassage;
import ai.domainassist.gov.model.PolicyRecord;
import java.util.List;
import java.util.Optional;

/**
 * What the normative check needs from a policy library: look a cited document up by title or by
 * 发文字号, and find passages of policies in force that may repeat a given text. Implemented by
 * {@code library.PolicyLibrary}; a caller with its own store can implement it too.
 *
 * <p>Implementations must be thread-safe.
 */
public interface PolicyReferences {

    /**
     * Finds a policy by its exact title (after folding width and spaces).
     *
     * @param title the title without 《》
     * @return the policy, or empty when the library has none of that title
     */
    Optional<PolicyRecord> findByTitle(String title);

    /**
     * Finds a policy by its 发文字号, compared in the standard form (〔〕 brackets, no 第, no leading zeros).
     *
     * @param documentNumber the number as written
     * @return the policy, or empty when unknown
     */
    Optional<PolicyRecord> findByNumber(String documentNumber);

    /**
     * Passages of policies in force that share wording with a text, best first.
     *
     * @param text a sentence or paragraph
     * @param limit the most passages to return
     * @return candidate passages (the caller decides whether they are duplicates)
     */
    List<PolicyPassage> passagesLike(String text, int limit);
}
