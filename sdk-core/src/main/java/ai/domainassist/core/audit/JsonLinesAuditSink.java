package ai.domainassist.core.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends audit records to a file, one JSON object per line (JSON Lines, UTF-8). Field names are
 * those of {@link AuditRecord}; {@code time} is ISO-8601, {@code latency} is {@code latencyMs}.
 *
 * <p>Each call encodes its record on its own thread and queues the line; whichever call finds the
 * file free writes every queued line in one write, in the order they were queued (group commit).
 * So concurrent calls never wait for one another's I/O, and no line waits for a later call: the
 * call that writes re-checks the queue after releasing the file. When {@link #write} returns, the
 * record has been handed to the operating system by this call, or is being handed over by a
 * concurrent one; {@link #close()} writes what is queued. A write that fails loses the lines of
 * that batch and is reported (as {@link UncheckedIOException}) to the call that made it; the
 * auditing decorator logs it. Thread-safe.
 */
public final class JsonLinesAuditSink implements AuditSink {
    private static final JsonFactory JSON = new JsonFactory();
    private final Path file;
    private final OutputStream out;
    private final ConcurrentLinkedQueue<byte[]> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    /** The batch being written; guarded by {@link #writer}. */
    private byte[] batch = new byte[8192];
    private volatile boolean closed;

    /**
     * Opens (creating if needed) a file for appending.
     *
     * @param file the file; its parent folder must exist
     * @throws UncheckedIOException if it cannot be opened
     */
    public JsonLinesAuditSink(Path file) {
        this.file = file;
        try {
            this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open audit file " + file, e);
        }
    }

    /**
     * The JSON line of a record.
     *
     * @param r the record
     * @return one line of JSON, without the line break
     */
    public static String toJson(AuditRecord r) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(text)) {
            writeRecord(g, r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write an audit record as JSON", e);
        }
        return text.toString();
    }

    /** The record as one line of UTF-8 JSON, line break included. */
    private static byte[] line(AuditRecord r) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(512)) {
            try (JsonGenerator g = JSON.createGenerator(bytes)) {
                writeRecord(g, r);
            }
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write an audit record as JSON", e);
        }
    }

    /** Writes a record as one JSON object, the fields in {@link AuditRecord}'s order; {@code null} as JSON null. */
    private static void writeRecord(JsonGenerator g, AuditRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("time", isoInstant(r.time()));
        g.writeStringField("callId", r.callId());
        g.writeNumberField("attempt", r.attempt());
        g.writeStringField("provider", r.provider());
        g.writeStringField("model", r.model());
        g.writeStringField("operation", r.operation());
        g.writeStringField("task", r.task());
        g.writeStringField("auditId", r.auditId());
        g.writeNumberField("promptTokens", r.promptTokens());
        g.writeNumberField("completionTokens", r.completionTokens());
        g.writeNumberField("totalTokens", r.totalTokens());
        g.writeNumberField("cachedPromptTokens", r.cachedPromptTokens());
        g.writeNumberField("latencyMs", r.latency().toMillis());
        g.writeStringField("outcome", r.outcome().name());
        g.writeStringField("errorType", r.errorType());
        g.writeNumberField("httpStatus", r.httpStatus());
        g.writeStringField("promptSha256", r.promptSha256());
        g.writeStringField("answerSha256", r.answerSha256());
        g.writeEndObject();
    }

    /** Seconds from 1970 to 10000-01-01T00:00:00Z: below it an instant's year has four digits. */
    private static final long YEAR_10000 = 253_402_300_800L;

    /**
     * What {@link Instant#toString()} writes (ISO-8601, seconds always, the fraction in groups of
     * three digits as needed), without {@code DateTimeFormatter}, whose formatting was a visible
     * part of each record's cost; instants before 1970 or from the year 10000 are left to {@code toString}.
     */
    static String isoInstant(Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            return t.toString();
        }
        long day = seconds / 86_400;
        int secondOfDay = (int) (seconds - day * 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        int nano = t.getNano();
        int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        char[] c = new char[20 + (fraction == 0 ? 0 : fraction + 1) + 1];
        digits(c, 0, date.getYear(), 4);
        c[4] = '-';
        digits(c, 5, date.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, date.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, secondOfDay / 3600, 2);
        c[13] = ':';
        digits(c, 14, secondOfDay / 60 % 60, 2);
        c[16] = ':';
        digits(c, 17, secondOfDay % 60, 2);
        int at = 19;
        if (fraction > 0) {
            c[at++] = '.';
            int value = fraction == 3 ? nano / 1_000_000 : fraction == 6 ? nano / 1_000 : nano;
            digits(c, at, value, fraction);
            at += fraction;
        }
        c[at++] = 'Z';
        return new String(c, 0, at);
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code at}. */
    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * @throws UncheckedIOException if this call wrote a batch and the file could not be written,
     *     or the sink is closed (the auditing decorator catches it)
     */
    @Override
    public void write(AuditRecord record) {
        byte[] line = line(record);
        if (closed) {
            throw new UncheckedIOException("audit file " + file + " is closed", new IOException("closed"));
        }
        queued.add(line);
        drain();
    }

    /** Writes the queued lines while any are queued and no other call is writing them. */
    private void drain() {
        IOException failure = null;
        while (!queued.isEmpty() && writer.tryLock()) {
            try {
                IOException e = writeQueued();
                failure = failure == null ? e : failure;
            } finally {
                writer.unlock();
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot append to audit file " + file, failure);
        }
    }

    /** Writes every queued line in one write; the caller holds {@link #writer}. */
    private IOException writeQueued() {
        int n = 0;
        for (byte[] line; (line = queued.poll()) != null; ) {
            if (n + line.length > batch.length) {
                batch = Arrays.copyOf(batch, Math.max(batch.length * 2, n + line.length));
            }
            System.arraycopy(line, 0, batch, n, line.length);
            n += line.length;
        }
        try {
            out.write(batch, 0, n);
            out.flush();
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** Writes what is queued and closes the file. Idempotent. */
    @Override
    public void close() {
        closed = true;
        writer.lock();
        try {
            if (!queued.isEmpty()) {
                writeQueued();
            }
            out.close();
        } catch (IOException ignored) {
            // closing is best effort; every line was handed to the file system when written
        } finally {
            writer.unlock();
        }
    }
}
