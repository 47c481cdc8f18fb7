package ai.domainassist.retrieval;

import ai.domainassist.retrieval.internal.ingest.Extracted;
import ai.domainassist.retrieval.internal.ingest.FileReaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns files into {@link Document}s: plain text ({@code .txt}, UTF-8 or GB18030), Markdown
 * ({@code .md}), HTML ({@code .html}, {@code .htm}, through jsoup), Word ({@code .docx}, through
 * Apache POI) and PDF ({@code .pdf}, through Apache PDFBox). Text and Markdown need nothing more;
 * HTML, Word and PDF need the optional artifact {@code ai.domainassist:sdk-ingest}, which brings
 * those three libraries: without it such a file raises an {@link IngestionException} with the
 * problem {@link IngestionException.Problem#MISSING_LIBRARY} naming the artifact. The text keeps the paragraph
 * structure, one paragraph per line, so the {@link Chunker} sees the document's headings; tables
 * become one line per row with cells separated by tabs; HTML and Word headings without a Chinese
 * number become Markdown headings ({@code ## 保险责任}).
 *
 * <p>A file that cannot be read raises an {@link IngestionException} naming the file and the
 * problem (unsupported type, empty, corrupt, encrypted, unreadable). {@link #ingestAll} never lets
 * one bad file stop the others.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ingestor {
    private static final Ingestor DEFAULT = new Ingestor();

    private Ingestor() {
    }

    /** @return the ingestor for every supported format */
    public static Ingestor create() {
        return DEFAULT;
    }

    /** @return the file name extensions read, lower case, without dot */
    public static Set<String> supportedExtensions() {
        return FileReaders.EXTENSIONS;
    }

    /**
     * Reads a file into a document. The title is the file's own (Word and PDF properties, HTML
     * {@code <title>}, the first Markdown {@code #} heading) or else the file name without extension.
     *
     * @param file the file
     * @param id the document's id
     * @param metadata the document's metadata
     * @return the document; its text is the extracted text
     * @throws IngestionException if the file cannot be read, with the file's name and the problem
     * @throws NullPointerException if an argument is {@code null}
     */
    public Document read(Path file, String id, DocumentMetadata metadata) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        Extracted e = FileReaders.read(file);
        String title = e.title() == null || e.title().isBlank() ? baseName(file) : e.title().strip();
        return new Document(id, title, e.text(), metadata);
    }

    /**
     * Reads every file and adds it to the library, one document per file with the file name as id.
     * A file that cannot be read, or that the library refuses (whitelist, id taken), is reported
     * and the others go on.
     *
     * @param library the library to add to
     * @param files the files
     * @param metadata the metadata of each file's document (its source, say)
     * @return one entry per file, in order, in {@code ingested} or {@code failures}
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalStateException if the library is closed
     */
    public IngestionReport ingestAll(DocumentLibrary library, Collection<Path> files,
                                     Function<Path, DocumentMetadata> metadata) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(metadata, "metadata");
        List<IngestionReport.Ingested> ok = new ArrayList<>();
        List<IngestionReport.Failure> failed = new ArrayList<>();
        for (Path file : files) {
            try {
                Path name = file.getFileName();
                Document d = read(file, name == null ? file.toString() : name.toString(),
                        Objects.requireNonNull(metadata.apply(file), "metadata for " + file));
                library.add(d);
                ok.add(new IngestionReport.Ingested(file, d.id(), d.text().length()));
            } catch (IllegalStateException e) {
                throw e;
            } catch (RuntimeException e) {
                failed.add(new IngestionReport.Failure(file, e));
            }
        }
        return new IngestionReport(ok, failed);
    }

    private static String baseName(Path file) {
        Path name = file.getFileName();
        String s = name == null ? file.toString() : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
