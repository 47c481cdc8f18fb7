package ai.domainassist.finance.rules.internal;

/**
 * A labelled value as found in a document, before typing: the field it belongs to, its text and
 * where that text lies in the document.
 *
 * @param field the field name ({@code total}, {@code payer} ...)
 * @param value the value's text
 * @param start the offset of the value in the document
 * @param end the end of the value in the document
 * @param exact whether {@code value} equals {@code document.substring(start, end)} character for
 *     character (false for JSON strings with escapes: then sub-spans fall back to the whole value)
 */
public record RawField(String field, String value, int start, int end, boolean exact) {
}
