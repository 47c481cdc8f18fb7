package ai.domainassist.core.privacy;

import java.util.HashMap;
import java.util.Map;

/**
 * Restores placeholders in a streamed answer, where one placeholder may arrive split over several
 * deltas ({@code "[PHO"}, {@code "NE_1]"}). Each channel (text, reasoning, the arguments of each
 * tool call) keeps back a tail that could still become a placeholder and releases it once it is
 * known not to be one, or at {@link #flush(String)}.
 *
 * <p>Not thread-safe: use it from the stream's event thread only (events of one stream are
 * delivered one at a time).
 */
public final class StreamRestorer {
    private final Redaction redaction;
    private final Map<String, StringBuilder> pending = new HashMap<>();

    StreamRestorer(Redaction redaction) {
        this.redaction = redaction;
    }

    /**
     * Takes the next delta of a channel.
     *
     * @param channel the channel, for example {@code text}, {@code reasoning} or {@code tool:0}
     * @param delta the delta as the model sent it
     * @param json whether the channel carries JSON (tool arguments, JSON answers)
     * @return the restored text that is safe to pass on now, possibly empty
     */
    public String push(String channel, String delta, boolean json) {
        StringBuilder buf = pending.computeIfAbsent(channel, k -> new StringBuilder());
        buf.append(delta);
        int keep = heldBackFrom(buf);
        String ready = buf.substring(0, keep);
        buf.delete(0, keep);
        return json ? redaction.restoreJson(ready) : redaction.restore(ready);
    }

    /**
     * Releases what a channel still holds back (at the end of the stream).
     *
     * @param channel the channel
     * @param json whether the channel carries JSON
     * @return the rest, restored; empty when nothing was held back
     */
    public String flush(String channel, boolean json) {
        StringBuilder buf = pending.remove(channel);
        if (buf == null || buf.length() == 0) {
            return "";
        }
        return json ? redaction.restoreJson(buf.toString()) : redaction.restore(buf.toString());
    }

    /**
     * Releases what a text channel still holds back.
     *
     * @param channel the channel
     * @return the rest, restored
     */
    public String flush(String channel) {
        return flush(channel, false);
    }

    /** @return the channels that still hold something back */
    public java.util.Set<String> channelsWithPending() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        pending.forEach((k, v) -> {
            if (v.length() > 0) {
                out.add(k);
            }
        });
        return out;
    }

    /** The index from which the buffer's tail might still be the start of a placeholder. */
    private int heldBackFrom(StringBuilder buf) {
        int max = Math.max(redaction.longestPlaceholder(), 3);
        int from = Math.max(0, buf.length() - max);
        for (int i = buf.length() - 1; i >= from; i--) {
            char c = buf.charAt(i);
            if (c == '[' || c == '［' || c == '【') {
                return couldBePlaceholderStart(buf, i) ? i : buf.length();
            }
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return buf.length();
            }
        }
        return buf.length();
    }

    private static boolean couldBePlaceholderStart(StringBuilder buf, int open) {
        for (int i = open + 1; i < buf.length(); i++) {
            char c = buf.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
