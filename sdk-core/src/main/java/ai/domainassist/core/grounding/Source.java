package ai.domainassist.core.grounding;

import java.util.Objects;

/**
 * A source text a model's answer must be grounded in: a transcript, a document, an utterance.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the source's id, copied into {@link Evidence#sourceId()}
 * @param text the text
 */
public record Source(String id, String text) {
    /**
     * Checks and normalises the components.
     *
     * @param id the source's id, copied into {@link Evidence#sourceId()}
     * @param text the text
     * @throws NullPointerException if a component is {@code null}
     */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
