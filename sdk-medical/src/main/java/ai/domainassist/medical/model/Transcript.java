package ai.domainassist.medical.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.internal.TranscriptParser;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A doctor-patient dialogue: its utterances in order, plus the visit time and department when the
 * input gave them.
 *
 * <p>{@link #parse(String)} reads the forms a hospital system produces:
 * <ul>
 *   <li>lines with speaker labels: {@code 医生：}, {@code 大夫:}, {@code 患者：}, {@code 病人}, {@code 家属},
 *       {@code 患儿家长}, {@code Doctor:}/{@code Patient:}, with a full- or half-width colon, optionally
 *       after a timestamp such as {@code [00:01:23]}, and diarisation labels such as {@code 说话人1:} or
 *       {@code spk_0:}; a parenthetical after a known label ({@code 患者（女，32岁）：}) is dropped;</li>
 *   <li>a JSON array of utterances (or an object with an {@code utterances} array), each with
 *       {@code text} and optional {@code speaker}, {@code start}, {@code end} (keys in any letter case;
 *       the other key names are listed in docs/medical.md);</li>
 *   <li>unlabelled lines, as speech recognition gives them (roles are then inferred).</li>
 * </ul>
 * Header lines {@code 科室：…}/{@code 科别：…} and {@code 就诊时间：…} before the dialogue set the
 * department and visit time.
 *
 * <p>Immutable and thread-safe.
 */
public final class Transcript {
    /** The default limit on input length, in characters: far above an hour of talk. */
    public static final int DEFAULT_MAX_CHARS = 100_000;

    private final List<Utterance> utterances;
    private final Grounded<String> department;
    private final Grounded<String> visitTime;

    /**
     * Creates a transcript.
     *
     * @param utterances the utterances, in order, indexed 0..n-1; not empty
     * @param department the department, or {@code null} when not given
     * @param visitTime the visit time as {@code yyyy-MM-dd[ HH:mm]}, or {@code null} when not given
     * @throws NullPointerException if {@code utterances} or an element is {@code null}
     * @throws IllegalArgumentException if there are no utterances or their indexes are not 0..n-1
     */
    public Transcript(List<Utterance> utterances, Grounded<String> department, Grounded<String> visitTime) {
        List<Utterance> copy = List.copyOf(Objects.requireNonNull(utterances, "utterances"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a transcript needs at least one utterance");
        }
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).index() != i) {
                throw new IllegalArgumentException("utterance " + i + " has index " + copy.get(i).index());
            }
        }
        this.utterances = copy;
        this.department = department;
        this.visitTime = visitTime;
    }

    /**
     * A transcript of the given utterances, without header.
     *
     * @param utterances the utterances, indexed 0..n-1
     * @return the transcript
     * @throws IllegalArgumentException if empty or badly indexed
     */
    public static Transcript of(List<Utterance> utterances) {
        return new Transcript(utterances, null, null);
    }

    /**
     * Reads a transcript from text (labelled or unlabelled lines, or JSON), at most
     * {@link #DEFAULT_MAX_CHARS} characters.
     *
     * @param text the input
     * @return the transcript
     * @throws TranscriptException if the input is empty, binary, too long, malformed JSON or has no utterance
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static Transcript parse(String text) {
        return parse(text, DEFAULT_MAX_CHARS);
    }

    /**
     * Reads a transcript with a custom length limit.
     *
     * @param text the input
     * @param maxChars the largest accepted input, in characters
     * @return the transcript
     * @throws TranscriptException as {@link #parse(String)}
     * @throws IllegalArgumentException if {@code maxChars} is not positive
     */
    public static Transcript parse(String text, int maxChars) {
        Objects.requireNonNull(text, "text");
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        return TranscriptParser.parse(text, maxChars);
    }

    /**
     * Reads a transcript from the bytes of a file or an upload whose encoding is not known: UTF-8,
     * UTF-16 with a byte-order mark, or else GB18030 (which covers GBK and GB2312, as many hospital
     * systems still write). A byte-order mark is dropped and CRLF line ends are read as LF.
     *
     * @param bytes the bytes
     * @return the transcript
     * @throws TranscriptException if the bytes are text in none of these encodings, or as {@link #parse(String)}
     * @throws NullPointerException if {@code bytes} is {@code null}
     */
    public static Transcript parse(byte[] bytes) {
        return TranscriptParser.parse(TranscriptParser.decode(Objects.requireNonNull(bytes, "bytes"), null,
                DEFAULT_MAX_CHARS), DEFAULT_MAX_CHARS);
    }

    /**
     * Reads a transcript from bytes in a stated encoding ({@code Charset.forName("GBK")},
     * {@code StandardCharsets.UTF_8} ...). A byte-order mark is dropped and CRLF line ends are read as LF.
     *
     * @param bytes the bytes
     * @param charset their encoding
     * @return the transcript
     * @throws TranscriptException if the bytes are not valid in that encoding, or as {@link #parse(String)}
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Transcript parse(byte[] bytes, Charset charset) {
        return TranscriptParser.parse(TranscriptParser.decode(Objects.requireNonNull(bytes, "bytes"),
                Objects.requireNonNull(charset, "charset"), DEFAULT_MAX_CHARS), DEFAULT_MAX_CHARS);
    }

    /** @return the utterances in order */
    public List<Utterance> utterances() {
        return utterances;
    }

    /** @return the number of utterances */
    public int size() {
        return utterances.size();
    }

    /**
     * The utterance with an id such as {@code u3}.
     *
     * @param id the id
     * @return the utterance, or empty when there is none with that id
     */
    public Optional<Utterance> utterance(String id) {
        if (id == null || id.length() < 2 || id.charAt(0) != 'u') {
            return Optional.empty();
        }
        try {
            int i = Integer.parseInt(id.substring(1)) - 1;
            return i >= 0 && i < utterances.size() ? Optional.of(utterances.get(i)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return the department, as the input's header gave it */
    public Optional<Grounded<String>> department() {
        return Optional.ofNullable(department);
    }

    /** @return the visit time ({@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm}), as the input's header gave it */
    public Optional<Grounded<String>> visitTime() {
        return Optional.ofNullable(visitTime);
    }

    /**
     * The same transcript with other utterances (after role separation, say).
     *
     * @param replaced the utterances, same count and indexes
     * @return the copy
     * @throws IllegalArgumentException if the count differs
     */
    public Transcript withUtterances(List<Utterance> replaced) {
        if (replaced.size() != utterances.size()) {
            throw new IllegalArgumentException("expected " + utterances.size() + " utterances, got " + replaced.size());
        }
        return new Transcript(new ArrayList<>(replaced), department, visitTime);
    }

    /** @return the total length of the utterances' text, in characters */
    public int textLength() {
        int n = 0;
        for (Utterance u : utterances) {
            n += u.text().length();
        }
        return n;
    }

    /** Shows counts only, never content. */
    @Override
    public String toString() {
        return "Transcript[" + utterances.size() + " utterances, " + textLength() + " chars]";
    }
}
