package ai.domainassist.core.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends audit records to a file, one JSON object per line (JSON Lines, UTF-8), flushed after
 * each record. Field names are those of {@link AuditRecord}; {@code time} is ISO-8601,
 * {@code latency} is {@code latencyMs}. Each record is written field by field through one JSON
 * generator kept open on the file (no tree and no string per record). Thread-safe (writes are
 * serialised).
 */
public final class JsonLinesAuditSink implements AuditSink {
    // a record left half-written by a failed write is not closed with braces when the sink closes
    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
    private final Path file;
    private final OutputStream out;
    private JsonGenerator generator;

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
            this.generator = newGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open audit file " + file, e);
        }
    }

    private static JsonGenerator newGenerator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.setRootValueSeparator(null); // records are separated by the line break written after each
        return g;
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

    /** Writes a record as one JSON object, the fields in {@link AuditRecord}'s order; {@code null} as JSON null. */
    private static void writeRecord(JsonGenerator g, AuditRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("time", r.time().toString());
        g.writeStringField("callId", r.callId());
        g.writeNumberField("attempt", r.attempt());
        g.writeStringField("provider", r.provider());
        g.writeStringField("model", r.model());
        g.writeStringField("operation", r.operation());
        g.writeStringField("task", r.task());
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

    /**
     * @throws UncheckedIOException if the file cannot be written (the auditing decorator catches it)
     */
    @Override
    public synchronized void write(AuditRecord record) {
        try {
            writeRecord(generator, record);
            generator.writeRaw('\n');
            generator.flush();
        } catch (IOException e) {
            try {
                generator = newGenerator(out); // the next record starts from a clean state
            } catch (IOException ignored) {
                // creating a generator does no I/O; the next write reports the file's state
            }
            throw new UncheckedIOException("cannot append to audit file " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            generator.close(); // closes the file too
        } catch (IOException ignored) {
            // closing is best effort; every record was flushed when written
        }
    }
}
