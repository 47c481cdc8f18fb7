package ai.domainassist.core.provider.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The one server-sent-events reader all adapters share. Bytes are pushed in as they arrive, in
 * pieces of any size (a line, a UTF-8 character, even a CRLF may be split across network reads);
 * complete events come out in order. Follows the SSE grammar: lines end with LF, CRLF or CR;
 * {@code data:} lines of one event are joined with LF; lines starting with {@code :} are comments
 * (keep-alives) and ignored; a blank line ends an event; an event without data is dropped. At the
 * end of the input an event still open (no final blank line) is delivered, since some servers omit
 * it. Whether the stream ended with its protocol's terminator is the adapter's business.
 *
 * <p>Not thread-safe: one parser per stream, fed from one thread.
 */
public final class SseParser {
    private final Consumer<SseEvent> sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String eventName;
    private boolean afterCr;
    private boolean firstLine = true;

    /** @param sink receives each complete event */
    public SseParser(Consumer<SseEvent> sink) {
        this.sink = sink;
    }

    /**
     * Pushes bytes.
     *
     * @param bytes a buffer
     * @param offset where the new bytes start
     * @param length how many there are
     */
    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                if (afterCr) {
                    afterCr = false; // the LF of a CRLF: the line already ended at the CR
                    continue;
                }
                endLine();
            } else if (b == '\r') {
                afterCr = true;
                endLine();
            } else {
                afterCr = false;
                line.write(b);
            }
        }
    }

    /** Ends the input: a last line without its line end, and an event still open, are delivered. */
    public void finish() {
        if (line.size() > 0) {
            endLine();
        }
        dispatch();
    }

    private void endLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (firstLine) {
            firstLine = false;
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        }
        if (text.isEmpty()) {
            dispatch();
            return;
        }
        if (text.charAt(0) == ':') {
            return; // comment / keep-alive
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "data":
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
                break;
            case "event":
                eventName = value;
                break;
            default:
                break; // id, retry and unknown fields carry nothing the adapters use
        }
    }

    private void dispatch() {
        if (hasData) {
            sink.accept(new SseEvent(eventName, data.toString()));
        }
        data.setLength(0);
        hasData = false;
        eventName = null;
    }
}
