package ai.domainassist.core.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request for embedding vectors of one or more texts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the embedding model; {@code null} for the provider's configured embedding model
 * @param inputs the texts, at least one, none empty
 * @param dimensions the vector size where the model supports choosing it, else {@code null}
 * @param extraParameters provider parameters passed verbatim into the body
 */
public record EmbeddingRequest(String model, List<String> inputs, Integer dimensions, Map<String, Object> extraParameters) {

    /**
     * Checks and normalises the components.
     *
     * @param model the embedding model; {@code null} for the provider's configured embedding model
     * @param inputs the texts, at least one, none empty
     * @param dimensions the vector size where the model supports choosing it, else {@code null}
     * @param extraParameters provider parameters passed verbatim into the body
     * @throws NullPointerException if inputs is {@code null} or holds {@code null}
     * @throws IllegalArgumentException if there is no input, an input is empty, or dimensions is not positive
     */
    public EmbeddingRequest {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        extraParameters = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(extraParameters, "extraParameters")));
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("an embedding request needs at least one input");
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).isEmpty()) {
                throw new IllegalArgumentException("embedding input " + i + " is empty");
            }
        }
        if (dimensions != null && dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be positive, was " + dimensions);
        }
    }

    /**
     * Embeds texts with the provider's default embedding model.
     *
     * @param inputs the texts
     * @return the request
     */
    public static EmbeddingRequest of(List<String> inputs) {
        return new EmbeddingRequest(null, inputs, null, Map.of());
    }

    /**
     * Embeds texts with the given model.
     *
     * @param model the embedding model
     * @param inputs the texts
     * @return the request
     */
    public static EmbeddingRequest of(String model, List<String> inputs) {
        return new EmbeddingRequest(model, inputs, null, Map.of());
    }

    /**
     * Shows the shape only (model, count, settings), never the text: personal data must not
     * reach a log line.
     *
     * @return a description without any text of the conversation
     */
    @Override
    public String toString() {
        return "EmbeddingRequest[model=" + model + ", inputs=" + inputs.size() + ", dimensions=" + dimensions
                + ", extraParameters=" + extraParameters.keySet() + "]";
    }
}
