package ai.domainassist.retrieval.internal.ingest;

import ai.domainassist.retrieval.IngestionException;
import ai.domainassist.retrieval.IngestionException.Problem;
import ai.domainassist.retrieval.internal.OptionalLibraries.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the reader for a file by its extension, checks the content looks like that type, and
 * turns every failure into an {@link IngestionException} naming the file. Stateless.
 */
public final class FileReaders {
    /** The extensions read. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "docx", "pdf");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileReaders() {
    }

    /**
     * @param file the file
     * @return its text and title
     * @throws IngestionException on any failure
     */
    public static Extracted read(Path file) {
        String ext = extension(file);
        if (!EXTENSIONS.contains(ext)) {
            throw new IngestionException(file, Problem.UNSUPPORTED_TYPE,
                    (ext.isEmpty() ? "no file extension" : "." + ext) + "; supported: .txt .md .html .htm .docx .pdf"
                            + ("doc".equals(ext) ? " (save legacy .doc files as .docx)" : ""), null);
        }
        Library needed = "docx".equals(ext) ? Library.POI : "pdf".equals(ext) ? Library.PDFBOX
                : "html".equals(ext) || "htm".equals(ext) ? Library.JSOUP : null;
        if (needed != null && !needed.present()) {
            throw new IngestionException(file, Problem.MISSING_LIBRARY, needed.missing("reading ." + ext + " files"), null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestionException(file, Problem.UNREADABLE, "no such file", e);
        } catch (IOException e) {
            throw new IngestionException(file, Problem.UNREADABLE, e.getClass().getSimpleName(), e);
        }
        if (bytes.length == 0) {
            throw new IngestionException(file, Problem.EMPTY, "0 bytes", null);
        }
        Extracted extracted;
        try {
            switch (ext) {
                case "docx":
                    if (startsWith(bytes, OLE2)) {
                        throw DocxReader.ole2(file, bytes);
                    }
                    if (!startsWith(bytes, ZIP)) {
                        throw new IngestionException(file, Problem.CORRUPT, "not a .docx (ZIP) container", null);
                    }
                    extracted = DocxReader.read(file, bytes);
                    break;
                case "pdf":
                    if (indexOf(bytes, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1024) < 0) {
                        throw new IngestionException(file, Problem.CORRUPT, "no %PDF- header", null);
                    }
                    extracted = PdfReader.read(file, bytes);
                    break;
                case "html":
                case "htm":
                    extracted = HtmlReader.read(file, bytes);
                    break;
                case "md":
                case "markdown":
                    extracted = PlainTextReader.read(file, bytes, true);
                    break;
                default:
                    extracted = PlainTextReader.read(file, bytes, false);
                    break;
            }
        } catch (IngestionException e) {
            throw e;
        } catch (RuntimeException | IOException | LinkageError e) {
            throw new IngestionException(file, Problem.CORRUPT, e.getClass().getSimpleName(), e);
        } catch (StackOverflowError e) {
            // a third-party parser that recurses per nesting level met a file nested deeper than the stack
            throw new IngestionException(file, Problem.CORRUPT, "nested too deeply to read", e);
        }
        if (extracted.text().isBlank()) {
            throw new IngestionException(file, Problem.EMPTY,
                    "pdf".equals(ext) ? "no extractable text; a scanned PDF needs OCR first" : "no text", null);
        }
        return extracted;
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int within) {
        int limit = Math.min(bytes.length - needle.length, within);
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (bytes[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
