package ai.domainassist.gov.model;

import java.util.Objects;

/**
 * An attachment (附件) as listed in the 附件说明 or as it stands after the main text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the attachment's number (1 when there is one unnumbered attachment)
 * @param name the attachment's name (title)
 * @param span where the listing or the attachment's label stands
 */
public record Attachment(int number, String name, TextSpan span) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }
}
