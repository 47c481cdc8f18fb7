package ai.domainassist.examples.cli.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The record of a batch run in its output folder ({@value #FILE_NAME}), so that {@code --resume}
 * skips what is done and redoes nothing that was.
 *
 * <p>One line per event, appended and forced to disk before the item counts as done:
 * <pre>
 * H  v1  &lt;job&gt;                               CRC   first line: which command and format wrote it
 * D  &lt;key&gt;  &lt;input sha-256&gt;  &lt;output&gt;       CRC   an item done: its output is complete on disk
 * F  &lt;key&gt;  &lt;input sha-256&gt;  &lt;reason&gt;       CRC   an item failed (retried on resume)
 * </pre>
 * fields separated by tabs (tabs, newlines and backslashes in them escaped), each line ending
 * with the CRC-32 of what precedes it. An item's output is written atomically before its
 * {@code D} line, so a crash at any point leaves either no line (the item is redone, its output
 * replaced whole) or a line whose output is complete. A torn last line (a crash mid-write) is cut
 * off when the journal is reopened; a damaged line before it is refused ({@link JournalException}),
 * never skipped. An item is skipped on resume only if its input still has the recorded SHA-256:
 * a changed input is done again.
 *
 * <p>Thread-safe: appends are serialised.
 */
public final class Journal implements Closeable {
    /** The journal's file name inside the output folder. */
    public static final String FILE_NAME = ".da-journal";
    private static final String VERSION = "v1";

    private final Path file;
    private final FileChannel channel;
    private final Map<String, String> done;

    private Journal(Path file, FileChannel channel, Map<String, String> done) {
        this.file = file;
        this.channel = channel;
        this.done = done;
    }

    /**
     * Opens the journal of an output folder.
     *
     * @param outDir the output folder (created when missing)
     * @param job what the run does, for example {@code medical structure --format json}; a resumed
     *     journal must have been written by the same job
     * @param resume {@code true} to continue the journal there (none there: start one); {@code false}
     *     to start a new one, replacing any
     * @return the journal, open for appending
     * @throws JournalException if resuming a journal written by another job, or damaged before its last line
     * @throws IOException if it cannot be read or written
     */
    public static Journal open(Path outDir, String job, boolean resume) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE_NAME);
        Map<String, String> done = new HashMap<>();
        long keep = 0;
        boolean fresh = true;
        if (resume && Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lines.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            for (int n = 0; n < lines.size(); n++) {
                int[] span = lines.get(n);
                String line = new String(bytes, span[0], span[1] - span[0], StandardCharsets.UTF_8);
                String[] fields = parse(line);
                if (fields == null) {
                    if (n == lines.size() - 1) {
                        break;                          // a torn last line: cut off below
                    }
                    throw new JournalException("journal " + file + " is damaged at line " + (n + 1)
                            + "; move it away to start the batch afresh");
                }
                if (n == 0) {
                    if (!fields[0].equals("H") || fields.length != 3 || !fields[1].equals(VERSION)) {
                        throw new JournalException("journal " + file + " does not start with a v1 header;"
                                + " move it away to start the batch afresh");
                    }
                    if (!fields[2].equals(job)) {
                        throw new JournalException("journal " + file + " was written by `" + fields[2] + "`, not `" + job
                                + "`: resume with the same command and format, or choose another --out folder");
                    }
                    fresh = false;
                } else if (fields[0].equals("D") && fields.length == 4) {
                    done.put(fields[1], fields[2]);
                } else if (fields[0].equals("F") && fields.length == 4) {
                    done.remove(fields[1]);
                } else {
                    throw new JournalException("journal " + file + " has an unknown record at line " + (n + 1));
                }
                keep = span[1] + 1L;
            }
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            ch.truncate(fresh ? 0 : keep);
            ch.position(fresh ? 0 : keep);
            Journal journal = new Journal(file, ch, done);
            if (fresh) {
                journal.append("H", VERSION, job);
            }
            return journal;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** @return the journal file */
    public Path file() {
        return file;
    }

    /**
     * Whether an item is done with this very input.
     *
     * @param key the item key
     * @param inputSha256 the input's current SHA-256 (hex)
     * @return {@code true} if a done record with the same input hash was read when the journal was opened
     */
    public boolean isDone(String key, String inputSha256) {
        return inputSha256.equals(done.get(key));
    }

    /** @return how many items the opened journal recorded as done */
    public int doneCount() {
        return done.size();
    }

    /**
     * Records an item as done, forced to disk before returning. Call after its output is complete on disk.
     *
     * @param key the item key
     * @param inputSha256 its input's SHA-256
     * @param output the output's path relative to the output folder
     * @throws IOException if the record cannot be written
     */
    public void done(String key, String inputSha256, String output) throws IOException {
        append("D", key, inputSha256, output);
    }

    /**
     * Records an item as failed (it is retried on resume), forced to disk before returning.
     *
     * @param key the item key
     * @param inputSha256 its input's SHA-256
     * @param reason one line saying why; no input content
     * @throws IOException if the record cannot be written
     */
    public void failed(String key, String inputSha256, String reason) throws IOException {
        append("F", key, inputSha256, reason);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private synchronized void append(String... fields) throws IOException {
        StringBuilder s = new StringBuilder();
        for (String f : fields) {
            s.append(escape(f)).append('\t');
        }
        String body = s.toString();
        String line = body + crc(body) + "\n";
        ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
    }

    /** @return the unescaped fields of a line whose CRC checks, or {@code null} */
    private static String[] parse(String line) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
            return null;
        }
        String body = line.substring(0, tab + 1);
        if (!crc(body).equals(line.substring(tab + 1))) {
            return null;
        }
        String[] raw = body.substring(0, body.length() - 1).split("\t", -1);
        String[] out = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = unescape(raw[i]);
        }
        return out;
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
