package ai.domainassist.finance.llm.internal;

/**
 * One field as a model read it: the field name (from the document type's field list), the value
 * it gives, and the exact text of the document it says the value comes from.
 *
 * @param field the field name ({@code total}, {@code payer} ...)
 * @param value the value as the model wrote it
 * @param quote the text of the document the model quotes as its source
 */
public record ModelField(String field, String value, String quote) {
}
