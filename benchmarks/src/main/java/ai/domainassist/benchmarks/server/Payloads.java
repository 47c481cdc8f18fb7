package ai.domainassist.benchmarks.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The texts every benchmark sends and every answer the benchmark server gives, made once and
 * deterministically, so that the server can prepare its bodies and each client's first answer can
 * be checked against them. Texts come from {@code bench/prompt.txt} and {@code bench/answer.txt}
 * (lines starting with {@code #} are comments), repeated to the sizes the workloads name.
 *
 * <p>Immutable and thread-safe.
 */
public final class Payloads {
    /** The model every request names. */
    public static final String CHAT_MODEL = "gpt-4o-mini";
    /** The embedding model every embedding request names. */
    public static final String EMBEDDING_MODEL = "text-embedding-3-small";
    /** The marker that makes the server answer with the structured-output JSON. */
    public static final String STRUCTURED_MARKER = "[bench:structured]";
    /** Size of the chat prompt and of the non-streamed answer, in UTF-8 bytes. */
    public static final int TEXT_BYTES = 1024;
    /** Code points per streamed chunk (about one token of Chinese text). */
    public static final int CODE_POINTS_PER_CHUNK = 2;

    /** The structured answer: a {@code VisitSummary} record as the model would return it. */
    public static final String STRUCTURED_JSON = "{\"chiefComplaint\":\"咳嗽3天，伴发热\",\"durationDays\":3,"
            + "\"maxTemperature\":38.5,\"symptoms\":[\"咳嗽\",\"黄痰\",\"咽痛\",\"发热\"],\"severity\":\"MILD\","
            + "\"allergy\":{\"substance\":\"青霉素\",\"confirmed\":true}}";

    private static final String PROMPT = fill(read("bench/prompt.txt"), TEXT_BYTES);
    private static final String ANSWER = fill(read("bench/answer.txt"), TEXT_BYTES);

    private Payloads() {
    }

    /** @return the 1 KiB user prompt of the chat and streaming workloads */
    public static String prompt() {
        return PROMPT;
    }

    /** @return the prompt of the structured-output workload (the chat prompt with the marker) */
    public static String structuredPrompt() {
        return STRUCTURED_MARKER + "\n" + PROMPT;
    }

    /** @return the 1 KiB answer of the non-streamed chat workload */
    public static String answer() {
        return ANSWER;
    }

    /**
     * The pieces a streamed answer is sent in, {@value #CODE_POINTS_PER_CHUNK} code points each.
     *
     * @param chunks how many pieces
     * @return the pieces; joined they are {@link #streamedAnswer(int)}
     * @throws IllegalArgumentException if {@code chunks} is not positive
     */
    public static List<String> streamPieces(int chunks) {
        if (chunks <= 0) {
            throw new IllegalArgumentException("chunks must be positive, was " + chunks);
        }
        String source = ANSWER.replace("\n", " ");
        int[] cps = source.codePoints().toArray();
        List<String> pieces = new ArrayList<>(chunks);
        int at = 0;
        for (int i = 0; i < chunks; i++) {
            StringBuilder piece = new StringBuilder();
            for (int j = 0; j < CODE_POINTS_PER_CHUNK; j++) {
                piece.appendCodePoint(cps[at % cps.length]);
                at++;
            }
            pieces.add(piece.toString());
        }
        return Collections.unmodifiableList(pieces);
    }

    /**
     * @param chunks how many pieces the answer is streamed in
     * @return the whole streamed answer
     */
    public static String streamedAnswer(int chunks) {
        return String.join("", streamPieces(chunks));
    }

    /**
     * A deterministic embedding vector with values like a real model's (small, signed).
     *
     * @param dimensions its length
     * @return the vector
     */
    public static float[] embedding(int dimensions) {
        float[] v = new float[dimensions];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < dimensions; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            v[i] = (float) (((x >>> 11) / (double) (1L << 53)) - 0.5) / 8f;
        }
        return v;
    }

    private static String read(String resource) {
        try (InputStream in = Payloads.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder text = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    text.append(line).append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Repeats the text, cut at a code point, until it is exactly {@code bytes} UTF-8 bytes or one short of it. */
    private static String fill(String text, int bytes) {
        StringBuilder out = new StringBuilder();
        int size = 0;
        int i = 0;
        while (true) {
            int cp = text.codePointAt(i % text.length());
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (size + n > bytes) {
                break;
            }
            out.appendCodePoint(cp);
            size += n;
            i += Character.charCount(cp);
        }
        // pad with ASCII so the size is exact
        while (size < bytes) {
            out.append('.');
            size++;
        }
        return out.toString();
    }
}
