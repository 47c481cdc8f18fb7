package ai.domainassist.gov.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of a draft in the draft box.
 *
 * <p>Immutable and thread-safe.
 *
 * @param draftId the draft's id
 * @param number the version number, from 1
 * @param savedAt when it was saved
 * @param author who saved it
 * @param note the author's note (what changed, why)
 * @param title the draft's title at this version
 */
public record DraftVersion(String draftId, int number, Instant savedAt, String author, String note, String title) {

    /**
     * @throws NullPointerException if a component is {@code null}
     */
    public DraftVersion {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(title, "title");
    }
}
