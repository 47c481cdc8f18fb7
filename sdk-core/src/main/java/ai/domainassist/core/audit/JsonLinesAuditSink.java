package ai.domainassist.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends audit records to a file, one JSON object per line (JSON Lines), flushed after each
 * record. Field names are those of {@link AuditRecord}; {@code time} is ISO-8601, {@code latency}
 * is {@code latencyMs}. Thread-safe (writes are serialised).
 */
public final class JsonLinesAuditSink implements AuditSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Writer out;

    /**
     * Opens (creating if needed) a file for appending.
     *
     * @param file the file; its parent folder must exist
     * @throws UncheckedIOException if it cannot be opened
     */
    public JsonLinesAuditSink(Path file) {
        this.file = file;
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
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
        ObjectNode n = JSON.createObjectNode();
        n.put("time", r.time().toString());
        n.put("callId", r.callId());
        n.put("attempt", r.attempt());
        n.put("provider", r.provider());
        n.put("model", r.model());
        n.put("operation", r.operation());
        n.put("task", r.task());
        n.put("promptTokens", r.promptTokens());
        n.put("completionTokens", r.completionTokens());
        n.put("totalTokens", r.totalTokens());
        n.put("cachedPromptTokens", r.cachedPromptTokens());
        n.put("latencyMs", r.latency().toMillis());
        n.put("outcome", r.outcome().name());
        n.put("errorType", r.errorType());
        n.put("httpStatus", r.httpStatus());
        n.put("promptSha256", r.promptSha256());
        n.put("answerSha256", r.answerSha256());
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit record as JSON", e);
        }
    }

    /**
     * @throws UncheckedIOException if the file cannot be written (the auditing decorator catches it)
     */
    @Override
    public synchronized void write(AuditRecord record) {
        try {
            out.write(toJson(record));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to audit file " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // closing is best effort; every record was flushed when written
        }
    }
}
