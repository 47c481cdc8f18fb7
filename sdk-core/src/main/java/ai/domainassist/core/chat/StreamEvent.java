package ai.domainassist.core.chat;

import ai.domainassist.core.ModelException;
import java.util.Objects;

/**
 * One event of a streamed answer, delivered to a {@link StreamHandler} in order.
 *
 * <p>A stream delivers any number of deltas and usage updates, then exactly one terminal event:
 * {@link Completed} with the assembled response, or {@link Failed} with the typed error. After a
 * terminal event nothing more is delivered. All implementations are immutable records.
 */
public sealed interface StreamEvent permits StreamEvent.TextDelta, StreamEvent.ReasoningDelta,
        StreamEvent.ToolCallDelta, StreamEvent.UsageUpdate, StreamEvent.Completed, StreamEvent.Failed {

    /**
     * A piece of the answer text.
     *
     * @param text the new text; never empty
     */
    record TextDelta(String text) implements StreamEvent {
        /**
         * Checks and normalises the components.
         *
         * @param text the new text; never empty
         * @throws NullPointerException if {@code text} is {@code null}
         */
        public TextDelta {
            Objects.requireNonNull(text, "text");
        }

        /** @return the length only, never the text (personal data must not reach a log line) */
        @Override
        public String toString() {
            return "TextDelta[" + text.length() + " chars]";
        }
    }

    /**
     * A piece of the model's reasoning ({@code reasoning_content}, Anthropic thinking).
     *
     * @param text the new reasoning text
     */
    record ReasoningDelta(String text) implements StreamEvent {
        /**
         * Checks and normalises the components.
         *
         * @param text the new reasoning text
         * @throws NullPointerException if {@code text} is {@code null}
         */
        public ReasoningDelta {
            Objects.requireNonNull(text, "text");
        }

        /** @return the length only, never the text (personal data must not reach a log line) */
        @Override
        public String toString() {
            return "ReasoningDelta[" + text.length() + " chars]";
        }
    }

    /**
     * A piece of a tool call. The first delta of a call carries its id and name; later ones add to
     * its arguments. Calls are told apart by {@code index}.
     *
     * @param index the position of the call in the answer, from 0
     * @param id the call's id when this delta introduces it, else {@code null}
     * @param name the tool's name when this delta introduces it, else {@code null}
     * @param argumentsDelta the next piece of the arguments JSON, possibly empty
     */
    record ToolCallDelta(int index, String id, String name, String argumentsDelta) implements StreamEvent {
        /**
         * Checks and normalises the components.
         *
         * @param index the position of the call in the answer, from 0
         * @param id the call's id when this delta introduces it, else {@code null}
         * @param name the tool's name when this delta introduces it, else {@code null}
         * @param argumentsDelta the next piece of the arguments JSON, possibly empty
         * @throws IllegalArgumentException if {@code index} is negative
         */
        public ToolCallDelta {
            if (index < 0) {
                throw new IllegalArgumentException("index must not be negative");
            }
            Objects.requireNonNull(argumentsDelta, "argumentsDelta");
        }

        /** @return index, id, name and the length of the arguments piece, never its text */
        @Override
        public String toString() {
            return "ToolCallDelta[index=" + index + ", id=" + id + ", name=" + name + ", argumentsDelta="
                    + argumentsDelta.length() + " chars]";
        }
    }

    /**
     * Token usage reported by the provider (usually once, near the end).
     *
     * @param usage the usage so far
     */
    record UsageUpdate(Usage usage) implements StreamEvent {
        /**
         * Checks and normalises the components.
         *
         * @param usage the usage so far
         * @throws NullPointerException if {@code usage} is {@code null}
         */
        public UsageUpdate {
            Objects.requireNonNull(usage, "usage");
        }
    }

    /**
     * The stream finished; the response is the whole answer, assembled from all deltas.
     *
     * @param response the assembled response
     */
    record Completed(ChatResponse response) implements StreamEvent {
        /**
         * Checks and normalises the components.
         *
         * @param response the assembled response
         * @throws NullPointerException if {@code response} is {@code null}
         */
        public Completed {
            Objects.requireNonNull(response, "response");
        }
    }

    /**
     * The stream failed (including a stream that ended without its terminator) or was cancelled.
     *
     * @param error the typed error
     */
    record Failed(ModelException error) implements StreamEvent {
        /**
         * Checks and normalises the components.
         *
         * @param error the typed error
         * @throws NullPointerException if {@code error} is {@code null}
         */
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
