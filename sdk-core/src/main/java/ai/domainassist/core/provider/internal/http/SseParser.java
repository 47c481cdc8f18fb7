package ai.domainassist.core.provider.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
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
 * <p>Bounded: a line longer than {@link ResponseLimits#maxLineBytes()} or an event whose data
 * passes {@link ResponseLimits#maxEventBytes()} throws {@link ResponseLimitException} before more
 * is buffered, so a server that never ends a line or an event cannot exhaust memory.
 *
 * <p>Not thread-safe: one parser per stream, fed from one thread.
 */
public final class SseParser {
    private static final byte[] DATA = {'d', 'a', 't', 'a'};
    private static final byte[] EVENT = {'e', 'v', 'e', 'n', 't'};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Consumer<SseEvent> sink;
    private final BooleanSupplier stop;
    private final int maxLineBytes;
    private final int maxEventBytes;
    /** Bytes of data lines in the current event so far. */
    private long eventBytes;
    /** The current line's bytes so far (lines are decoded only in part: field names are compared as bytes). */
    private byte[] line = new byte[512];
    private int lineLength;
    /** The event's data: its first line as is, further lines joined in {@link #moreData}. */
    private String data;
    private StringBuilder moreData;
    private String eventName;
    private boolean afterCr;
    private boolean firstLine = true;

    /** @param sink receives each complete event; the default {@link ResponseLimits} apply */
    public SseParser(Consumer<SseEvent> sink) {
        this(sink, ResponseLimits.DEFAULTS);
    }

    /**
     * @param sink receives each complete event
     * @param limits the longest line and event accepted
     */
    public SseParser(Consumer<SseEvent> sink, ResponseLimits limits) {
        this(sink, limits, () -> false);
    }

    /**
     * @param sink receives each complete event
     * @param limits the longest line and event accepted
     * @param stop whether the reader wants no more events (the protocol's terminator arrived): from
     *     then on the rest of the input is ignored, so what follows the terminator, in the same
     *     read or later ones, can change nothing (not even pass a limit)
     */
    public SseParser(Consumer<SseEvent> sink, ResponseLimits limits, BooleanSupplier stop) {
        this.sink = sink;
        this.maxLineBytes = limits.maxLineBytes();
        this.maxEventBytes = limits.maxEventBytes();
        this.stop = stop;
    }

    /**
     * Pushes bytes.
     *
     * @param bytes a buffer
     * @param offset where the new bytes start
     * @param length how many there are
     * @throws ResponseLimitException if a line or an event passes its bound
     */
    public void feed(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end && !stop.getAsBoolean()) {
            byte b = bytes[i];
            if (b == '\n') {
                if (afterCr) {
                    afterCr = false; // the LF of a CRLF: the line already ended at the CR
                } else {
                    endLine();
                }
                i++;
            } else if (b == '\r') {
                afterCr = true;
                endLine();
                i++;
            } else {
                afterCr = false;
                int stop = i + 1;
                while (stop < end && bytes[stop] != '\n' && bytes[stop] != '\r') {
                    stop++;
                }
                append(bytes, i, stop - i);
                i = stop;
            }
        }
    }

    /** Ends the input: a last line without its line end, and an event still open, are delivered. */
    public void finish() {
        if (stop.getAsBoolean()) {
            return;
        }
        if (lineLength > 0) {
            endLine();
        }
        dispatch();
    }

    private void append(byte[] bytes, int from, int n) {
        if ((long) lineLength + n > maxLineBytes) {
            throw new ResponseLimitException("an event-stream line", maxLineBytes, "maxStreamLineBytes");
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + n)));
        }
        System.arraycopy(bytes, from, line, lineLength, n);
        lineLength += n;
    }

    private void endLine() {
        int start = 0;
        if (firstLine) {
            firstLine = false;
            if (startsWith(0, lineLength, BOM)) {
                start = BOM.length;
            }
        }
        int length = lineLength;
        lineLength = 0;
        if (length == start) {
            dispatch();
            return;
        }
        if (line[start] == ':') {
            return; // comment / keep-alive
        }
        int colon = -1;
        for (int i = start; i < length; i++) {
            if (line[i] == ':') {
                colon = i;
                break;
            }
        }
        int fieldEnd = colon < 0 ? length : colon;
        int valueStart = colon < 0 ? length : colon + 1;
        if (valueStart < length && line[valueStart] == ' ') {
            valueStart++;
        }
        if (isField(start, fieldEnd, DATA)) {
            eventBytes += length - valueStart + 1;
            if (eventBytes > maxEventBytes) {
                throw new ResponseLimitException("an event's data", maxEventBytes, "maxStreamEventBytes");
            }
            String value = new String(line, valueStart, length - valueStart, StandardCharsets.UTF_8);
            if (data == null) {
                data = value;
            } else {
                if (moreData == null) {
                    moreData = new StringBuilder(data);
                }
                moreData.append('\n').append(value);
            }
        } else if (isField(start, fieldEnd, EVENT)) {
            eventName = new String(line, valueStart, length - valueStart, StandardCharsets.UTF_8);
        }
        // id, retry and unknown fields carry nothing the adapters use
    }

    private boolean isField(int start, int end, byte[] name) {
        return end - start == name.length && startsWith(start, end, name);
    }

    private boolean startsWith(int at, int limit, byte[] prefix) {
        if (at + prefix.length > limit) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void dispatch() {
        if (data != null) {
            sink.accept(new SseEvent(eventName, moreData != null ? moreData.toString() : data));
        }
        data = null;
        moreData = null;
        eventName = null;
        eventBytes = 0;
    }
}
