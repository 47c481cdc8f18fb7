package ai.domainassist.retrieval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a batch ingestion did with each file: the files that became documents and the files that
 * failed, with why. Every file given appears in exactly one of the two lists, in the order given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ingested the files added to the library
 * @param failures the files that were not, with their errors
 */
public record IngestionReport(List<Ingested> ingested, List<Failure> failures) {

    /**
     * Checks and normalises the components.
     *
     * @param ingested the files added to the library
     * @param failures the files that were not, with their errors
     * @throws NullPointerException if a list or an element is {@code null}
     */
    public IngestionReport {
        ingested = List.copyOf(ingested);
        failures = List.copyOf(failures);
    }

    /**
     * A file that became a document.
     *
     * @param file the file
     * @param documentId the document's id
     * @param characters the length of the extracted text
     */
    public record Ingested(Path file, String documentId, int characters) {
        /**
         * Checks and normalises the components.
         *
         * @param file the file
         * @param documentId the document's id
         * @param characters the length of the extracted text
         * @throws NullPointerException if file or documentId is {@code null}
         */
        public Ingested {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(documentId, "documentId");
        }
    }

    /**
     * A file that did not.
     *
     * @param file the file
     * @param error why: an {@link IngestionException} for an unreadable file, a
     *     {@link SourceNotAllowedException} or {@link DocumentExistsException} from the library,
     *     a {@link ai.domainassist.core.ModelException} if embedding failed
     */
    public record Failure(Path file, RuntimeException error) {
        /**
         * Checks and normalises the components.
         *
         * @param file the file
         * @param error why: an {@link IngestionException} for an unreadable file, a {@link SourceNotAllowedException} or {@link DocumentExistsException} from the library, a {@link ai.domainassist.core.ModelException} if embedding failed
         * @throws NullPointerException if an argument is {@code null}
         */
        public Failure {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(error, "error");
        }
    }

    /** @return whether every file was ingested */
    public boolean allSucceeded() {
        return failures.isEmpty();
    }
}
