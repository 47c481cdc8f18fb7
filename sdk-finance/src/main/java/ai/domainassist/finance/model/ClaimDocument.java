package ai.domainassist.finance.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of claim material as it arrives: the OCR text of a scanned page, or the key-value JSON
 * an OCR service returned for it (keys such as 票据代码, 票据号码, 交款人, 收费项目).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the document's id within the bundle; used as the source id of every evidence span
 * @param format whether {@link #content()} is OCR text or OCR key-value JSON
 * @param content the text or JSON exactly as received; evidence spans point into it
 * @param declaredType the type the sender declared, or {@link DocumentType#UNKNOWN} to let the
 *     assistant classify the document
 */
public record ClaimDocument(String id, Format format, String content, DocumentType declaredType) {

    /** How the content is given. */
    public enum Format {
        /** Plain OCR text, possibly messy (broken lines, full-width digits, stray spaces). */
        OCR_TEXT,
        /** Key-value JSON from an OCR service. */
        OCR_JSON
    }

    /**
     * Checks and normalises the components.
     *
     * @param id the document's id within the bundle; used as the source id of every evidence span
     * @param format whether {@link #content()} is OCR text or OCR key-value JSON
     * @param content the text or JSON exactly as received; evidence spans point into it
     * @param declaredType the type the sender declared, or {@link DocumentType#UNKNOWN} to let the assistant classify the document
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the id is blank
     */
    public ClaimDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(declaredType, "declaredType");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
    }

    /**
     * An OCR text document to be classified by the assistant.
     *
     * @param id the document id
     * @param text the OCR text
     * @return the document
     */
    public static ClaimDocument ocrText(String id, String text) {
        return new ClaimDocument(id, Format.OCR_TEXT, text, DocumentType.UNKNOWN);
    }

    /**
     * An OCR key-value JSON document to be classified by the assistant.
     *
     * @param id the document id
     * @param json the JSON object as received
     * @return the document
     */
    public static ClaimDocument ocrJson(String id, String json) {
        return new ClaimDocument(id, Format.OCR_JSON, json, DocumentType.UNKNOWN);
    }

    /** @return the declared type, if the sender declared one */
    public Optional<DocumentType> declared() {
        return declaredType == DocumentType.UNKNOWN ? Optional.empty() : Optional.of(declaredType);
    }
}
