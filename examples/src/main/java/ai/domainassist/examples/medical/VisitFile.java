package ai.domainassist.examples.medical;

import ai.domainassist.medical.model.Transcript;
import java.io.IOException;
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
     * Reads and parses a transcript file.
     *
     * @param file the file (UTF-8)
     * @return the transcript
     * @throws IOException if the file cannot be read
     * @throws ai.domainassist.medical.model.TranscriptException if it is not a transcript (empty,
     *     binary, too long, malformed JSON, no utterance)
     */
    public static Transcript read(Path file) throws IOException {
        return Transcript.parse(Files.readAllBytes(file));
    }
}
