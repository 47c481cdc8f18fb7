package ai.domainassist.retrieval.internal.ingest;

/**
 * The text of a file, one paragraph per line, and its own title if it has one.
 *
 * @param title the file's title, or {@code null}
 * @param text the text, not blank
 */
public record Extracted(String title, String text) {
}
