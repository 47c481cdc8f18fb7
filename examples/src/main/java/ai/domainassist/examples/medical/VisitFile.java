package ai.domainassist.examples.medical;

import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a visit's transcript file (labelled lines, unlabelled lines or a JSON array/object of
 * utterances: whatever {@link Transcript#parse(byte[])} reads) and names the review report's sources.
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

    /**
     * The sources a record's evidence points into: each utterance's text by its id ({@code u1}, {@code u2} ...).
     *
     * @param transcript the transcript
     * @return the texts by utterance id, in dialogue order
     */
    public static Map<String, String> sources(Transcript transcript) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Utterance u : transcript.utterances()) {
            sources.put(u.id(), u.text());
        }
        return sources;
    }
}
