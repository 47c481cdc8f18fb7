package ai.domainassist.core.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Embedding vectors, one per input, in input order.
 *
 * <p>Immutable and thread-safe: the vectors are copied in and out.
 */
public final class EmbeddingResponse {
    private final String model;
    private final String provider;
    private final List<float[]> vectors;
    private final Usage usage;
    private final Duration latency;

    /**
     * Creates a response.
     *
     * @param model the model that answered
     * @param provider the provider that answered
     * @param vectors one vector per input, in input order (copied)
     * @param usage the tokens used
     * @param latency the time the call took
     * @throws NullPointerException if an argument or a vector is {@code null}
     */
    public EmbeddingResponse(String model, String provider, List<float[]> vectors, Usage usage, Duration latency) {
        this.model = model;
        this.provider = Objects.requireNonNull(provider, "provider");
        List<float[]> copy = new ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            copy.add(Objects.requireNonNull(v, "vector").clone());
        }
        this.vectors = List.copyOf(copy);
        this.usage = Objects.requireNonNull(usage, "usage");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    /** @return the model that answered, as reported, or {@code null} */
    public String model() {
        return model;
    }

    /** @return the provider that answered */
    public String provider() {
        return provider;
    }

    /** @return the number of vectors */
    public int size() {
        return vectors.size();
    }

    /**
     * @param index the input's position
     * @return a copy of that input's vector
     * @throws IndexOutOfBoundsException if there is no such input
     */
    public float[] vector(int index) {
        return vectors.get(index).clone();
    }

    /** @return copies of all vectors, in input order */
    public List<float[]> vectors() {
        List<float[]> out = new ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            out.add(v.clone());
        }
        return out;
    }

    /** @return the tokens used */
    public Usage usage() {
        return usage;
    }

    /** @return the call's latency */
    public Duration latency() {
        return latency;
    }
}
