package ai.domainassist.benchmarks.peers;

import ai.domainassist.benchmarks.server.Payloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the {@link Driver} a benchmark names, and checks that a driver really gets the server's
 * answers before anything is measured (a misconfigured client must fail the run, not produce a
 * fast number).
 */
public final class Drivers {
    /** The raw OkHttp + Jackson floor. */
    public static final String RAW = "raw";
    /** Our ModelClient with its defaults. */
    public static final String OURS = "ours";
    /** Our ModelClient with every decorator on. */
    public static final String OURS_ALL = "ours-all";
    /** LangChain4j 1.19.0. */
    public static final String LANGCHAIN4J = "langchain4j";
    /** openai-java 4.0.0. */
    public static final String OPENAI_JAVA = "openai-java";
    /** Every driver name, in table order. */
    public static final List<String> ALL = List.of(RAW, OURS, OURS_ALL, LANGCHAIN4J, OPENAI_JAVA);

    /** The API key every client sends (the server ignores it). */
    public static final String API_KEY = "sk-bench-not-a-real-key";

    private Drivers() {
    }

    /**
     * @param name one of {@link #ALL}
     * @param baseUrl the server's {@code /v1} base URL
     * @return a new driver; close it when done
     * @throws IllegalArgumentException for an unknown name
     */
    public static Driver create(String name, String baseUrl) {
        switch (name) {
            case RAW:
                return new RawDriver(baseUrl, API_KEY);
            case OURS:
                return new OursDriver(OurClients.defaults(baseUrl), null);
            case OURS_ALL:
                return everyDecorator(baseUrl);
            case LANGCHAIN4J:
                return new LangChain4jDriver(baseUrl, API_KEY);
            case OPENAI_JAVA:
                return new OpenAiJavaDriver(baseUrl, API_KEY);
            default:
                throw new IllegalArgumentException("unknown driver '" + name + "'; known: " + ALL);
        }
    }

    private static Driver everyDecorator(String baseUrl) {
        Path audit;
        try {
            audit = Files.createTempFile("bench-audit-", ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OursDriver(OurClients.everyDecorator(baseUrl, audit), audit);
    }

    /**
     * @param vector what {@link Driver#embed} returned
     * @return it as {@code float[]}
     * @throws IllegalArgumentException for another type
     */
    public static float[] vector(Object vector) {
        if (vector instanceof float[] v) {
            return v;
        }
        if (vector instanceof List<?> list) {
            float[] v = new float[list.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ((Number) list.get(i)).floatValue();
            }
            return v;
        }
        throw new IllegalArgumentException("not a vector: " + (vector == null ? null : vector.getClass()));
    }

    /**
     * Checks a chat answer.
     *
     * @param name the driver, for the message
     * @param text what it returned
     * @throws IllegalStateException if it is not the server's answer
     */
    public static void checkChat(String name, String text) {
        if (!Payloads.answer().equals(text)) {
            throw new IllegalStateException(name + " returned a chat answer that is not the server's: " + abbreviate(text));
        }
    }

    /**
     * Checks a stream.
     *
     * @param name the driver
     * @param streamed what it returned
     * @param chunks how many chunks the server sends
     * @throws IllegalStateException if the text or the number of deltas is wrong
     */
    public static void checkStream(String name, Driver.Streamed streamed, int chunks) {
        if (!Payloads.streamedAnswer(chunks).equals(streamed.text()) || streamed.deltas() != chunks
                || streamed.firstTextNanos() <= 0) {
            throw new IllegalStateException(name + " streamed " + streamed.deltas() + " deltas (expected " + chunks
                    + "), text " + abbreviate(streamed.text()));
        }
    }

    /**
     * Checks an embedding.
     *
     * @param name the driver
     * @param vector what it returned
     * @param dimensions the server's vector length
     * @throws IllegalStateException if it is not the server's vector
     */
    public static void checkEmbedding(String name, Object vector, int dimensions) {
        if (!Arrays.equals(Payloads.embedding(dimensions), vector(vector))) {
            throw new IllegalStateException(name + " returned an embedding that is not the server's");
        }
    }

    /**
     * Checks a structured answer.
     *
     * @param name the driver
     * @param summary what it returned
     * @throws IllegalStateException if it is not the server's record
     */
    public static void checkExtract(String name, VisitSummary summary) {
        VisitSummary expected = new VisitSummary("咳嗽3天，伴发热", 3, 38.5, List.of("咳嗽", "黄痰", "咽痛", "发热"),
                VisitSummary.Severity.MILD, new VisitSummary.Allergy("青霉素", true));
        if (!expected.equals(summary)) {
            throw new IllegalStateException(name + " extracted " + summary);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() <= 60 ? text : text.substring(0, 60) + "... (" + text.length() + " chars)";
    }
}
