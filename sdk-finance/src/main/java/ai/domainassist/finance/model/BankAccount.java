package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.internal.FieldMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank card (银行卡) for the payout. Whether the number passes the Luhn check is judged by the checks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 * @param bankName the issuing bank
 * @param holder the card holder, when printed
 * @param cardNumber the card number, digits only
 */
public record BankAccount(String documentId, Optional<Grounded<String>> bankName, Optional<Grounded<String>> holder,
        Optional<Grounded<String>> cardNumber) implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the source document
     * @param bankName the issuing bank
     * @param holder the card holder, when printed
     * @param cardNumber the card number, digits only
     * @throws NullPointerException if a component is {@code null}
     */
    public BankAccount {
        Objects.requireNonNull(documentId, "documentId");
    }

    @Override
    public DocumentType type() {
        return DocumentType.BANK_CARD;
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        return new FieldMap().put("bankName", bankName).put("holder", holder).put("cardNumber", cardNumber).build();
    }
}
