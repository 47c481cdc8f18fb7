package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import java.util.Map;

/**
 * One extracted piece of claim material: a typed record whose every value carries its evidence
 * (document id, character span, quote) in the document as received.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface ClaimMaterial permits MedicalInvoice, ExpenseList, DischargeSummary, DiagnosisCertificate,
        IdentityDocument, BankAccount, ClaimForm, SettlementStatement, UnrecognizedDocument {

    /** @return the id of the document it was extracted from */
    String documentId();

    /** @return the document's type */
    DocumentType type();

    /**
     * The extracted values as a flat map from field path ({@code total}, {@code items[2].amount},
     * {@code diagnoses[0]}) to grounded value, in a stable order. Absent fields are not in the map.
     *
     * @return the fields, unmodifiable
     */
    Map<String, Grounded<?>> fields();
}
