package ai.domainassist.core.provider.internal.http;

import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a recorded event stream through the shared SSE reader, a protocol decoder and the
 * accumulator, exactly as {@link StreamSession} does, with the bytes cut where a test says.
 */
public final class StreamReplay {
    /** The events delivered, and the response built when the terminator arrived (else {@code null}). */
    public record Result(List<StreamEvent> events, ChatResponse response) {
    }

    private StreamReplay() {
    }

    /**
     * @param stream the recorded stream
     * @param decoder a fresh decoder
     * @param cuts byte offsets where the input is cut into separate reads, ascending
     * @return what came out
     */
    public static Result run(String stream, StreamDecoder decoder, int... cuts) {
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        List<StreamEvent> events = new ArrayList<>();
        StreamAccumulator acc = new StreamAccumulator(events::add);
        SseParser parser = new SseParser(e -> decoder.decode(e, acc, null), ResponseLimits.DEFAULTS, acc::isDone);
        int from = 0;
        for (int cut : cuts) {
            parser.feed(bytes, from, cut - from);
            from = cut;
        }
        parser.feed(bytes, from, bytes.length - from);
        parser.finish();
        return new Result(events, acc.isDone() ? acc.build("test", Duration.ZERO, null) : null);
    }

    /**
     * @param stream a recorded stream
     * @return its length in UTF-8 bytes
     */
    public static int length(String stream) {
        return stream.getBytes(StandardCharsets.UTF_8).length;
    }
}
