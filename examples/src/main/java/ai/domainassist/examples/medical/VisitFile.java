package ai.domainassist.examples.medical;

import ai.domainassist.medical.model.Transcript;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a visit's transcript file (labelled lines, unlabelled lines or a JSON array/object of
 * utterances: whatever {@link Transcript#parse(byte[])} reads).
 *
 * <p>Stateless and thread-safe.
 */
public final class VisitFile {
    private VisitFile() {
    }

    /**
     * Reads and parses a transcript file, its encoding detected (UTF-8, UTF-16 with BOM, else GB18030).
     *
     * @param file the file
     * @return the transcript
     * @throws IOException if the file cannot be read
     * @throws ai.domainassist.medical.model.TranscriptException if it is not a transcript (empty,
     *     binary, too long, malformed JSON, no utterance)
     */
    public static Transcript read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads and parses a transcript file in a stated encoding.
     *
     * @param file the file
     * @param encoding its encoding, or {@code null} to detect it
     * @return the transcript
     * @throws IOException if the file cannot be read
     * @throws ai.domainassist.medical.model.TranscriptException if it is not a transcript in that encoding
     */
    public static Transcript read(Path file, Charset encoding) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return encoding == null ? Transcript.parse(bytes) : Transcript.parse(bytes, encoding);
    }
}
