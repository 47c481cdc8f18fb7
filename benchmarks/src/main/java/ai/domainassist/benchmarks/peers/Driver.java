package ai.domainassist.benchmarks.peers;

/**
 * One client library doing the benchmark workloads against the benchmark server: the same
 * request, the same answer, each in that library's ordinary way of use (its defaults, its typed
 * request and response values). Implementations are thread-safe: one instance serves every
 * benchmark thread, as one client serves an application.
 */
public interface Driver extends AutoCloseable {

    /**
     * Sends a chat request with one user message and waits for the answer.
     *
     * @param prompt the user message
     * @return the answer's text
     * @throws RuntimeException whatever the library throws on failure
     */
    String chat(String prompt);

    /**
     * Streams a chat answer and waits until it is complete.
     *
     * @param prompt the user message
     * @return the assembled answer and the time to its first text
     * @throws RuntimeException whatever the library throws on failure
     */
    Streamed stream(String prompt);

    /**
     * Computes one embedding vector.
     *
     * @param text the text
     * @return the vector in the library's own type ({@code float[]} or {@code List<Float>}): converting
     *     it would charge one library for work its users need not do; see {@link Drivers#vector}
     * @throws RuntimeException whatever the library throws on failure
     */
    Object embed(String text);

    /**
     * Extracts a {@link VisitSummary} with the library's structured-output support.
     *
     * @param prompt the user message
     * @return the typed answer
     * @throws UnsupportedOperationException if this driver has no structured output (yet)
     * @throws RuntimeException whatever the library throws on failure
     */
    VisitSummary extract(String prompt);

    /** Releases the library's connections and threads. */
    @Override
    void close();

    /**
     * A completed stream.
     *
     * @param text the answer, assembled from the deltas
     * @param firstTextNanos nanoseconds from the call to the first text delta
     * @param deltas how many text deltas arrived
     */
    record Streamed(String text, long firstTextNanos, int deltas) {
    }
}
