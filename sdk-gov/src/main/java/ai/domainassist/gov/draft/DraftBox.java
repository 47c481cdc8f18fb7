package ai.domainassist.gov.draft;

import ai.domainassist.gov.model.DraftDiff;
import ai.domainassist.gov.model.DraftVersion;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A draft box (草稿箱) on disk: drafts saved with numbered versions, who saved each and why, and
 * the differences between versions. Everything is plain files under one folder, so the box
 * survives a restart and can be shared:
 * <pre>
 * DIR/draft-0001/v1.txt          the text of version 1 (UTF-8)
 * DIR/draft-0001/v1.properties   savedAt, author, note, title
 * </pre>
 * Every file is written to a temporary file first and moved into place atomically.
 *
 * <p>Thread-safe within one process (methods are synchronized); several processes sharing one
 * folder are not coordinated.
 */
public final class DraftBox {
    private static final Pattern ID = Pattern.compile("draft-[0-9]{4,}");
    private final Path dir;
    private final Clock clock;

    private DraftBox(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) a draft box.
     *
     * @param dir its folder
     * @return the box
     * @throws UncheckedIOException if the folder cannot be created
     */
    public static DraftBox open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /**
     * Opens a draft box with a given clock (for tests).
     *
     * @param dir its folder
     * @param clock the clock that stamps versions
     * @return the box
     * @throws UncheckedIOException if the folder cannot be created
     */
    public static DraftBox open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create draft box " + dir, e);
        }
        return new DraftBox(dir, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Saves a new draft as version 1.
     *
     * @param title the draft's title
     * @param text its text
     * @param author who saves it
     * @param note a note
     * @return the version
     * @throws UncheckedIOException if it cannot be written
     */
    public synchronized DraftVersion create(String title, String text, String author, String note) {
        int next = 1;
        for (String id : ids()) {
            next = Math.max(next, Integer.parseInt(id.substring(6)) + 1);
        }
        String id = String.format("draft-%04d", next);
        try {
            Files.createDirectories(dir.resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + id, e);
        }
        return write(id, 1, title, text, author, note);
    }

    /**
     * Saves a new version of a draft.
     *
     * @param draftId the draft
     * @param title the title at this version
     * @param text the text
     * @param author who saves it
     * @param note what changed
     * @return the new version
     * @throws DraftNotFoundException if the draft is not in the box
     * @throws UncheckedIOException if it cannot be written
     */
    public synchronized DraftVersion save(String draftId, String title, String text, String author, String note) {
        List<DraftVersion> vs = versions(draftId);
        return write(draftId, vs.get(vs.size() - 1).number() + 1, title, text, author, note);
    }

    private DraftVersion write(String id, int n, String title, String text, String author, String note) {
        Objects.requireNonNull(text, "text");
        DraftVersion v = new DraftVersion(id, n, clock.instant(), author, note, title);
        Properties p = new Properties();
        p.setProperty("savedAt", v.savedAt().toString());
        p.setProperty("author", author);
        p.setProperty("note", note);
        p.setProperty("title", title);
        Path d = dir.resolve(id);
        try {
            atomicWrite(d.resolve("v" + n + ".txt"), text);
            Path tmp = Files.createTempFile(d, ".v", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "draft version");
            }
            Files.move(tmp, d.resolve("v" + n + ".properties"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + id + " v" + n, e);
        }
        return v;
    }

    private static void atomicWrite(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".t", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** @return the ids of the drafts in the box, in order */
    public synchronized List<String> ids() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> ID.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * The versions of a draft.
     *
     * @param draftId the draft
     * @return its versions, oldest first
     * @throws DraftNotFoundException if the draft is not in the box
     */
    public synchronized List<DraftVersion> versions(String draftId) {
        Path d = draftDir(draftId);
        List<DraftVersion> out = new ArrayList<>();
        for (int n = 1; Files.exists(d.resolve("v" + n + ".properties")); n++) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(d.resolve("v" + n + ".properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + draftId + " v" + n, e);
            }
            out.add(new DraftVersion(draftId, n, Instant.parse(p.getProperty("savedAt")), p.getProperty("author", ""),
                    p.getProperty("note", ""), p.getProperty("title", "")));
        }
        if (out.isEmpty()) {
            throw new DraftNotFoundException("draft " + draftId + " has no versions");
        }
        return out;
    }

    /**
     * The text of a version.
     *
     * @param draftId the draft
     * @param version the version number
     * @return the text
     * @throws DraftNotFoundException if the draft or version is not in the box
     */
    public synchronized String text(String draftId, int version) {
        Path f = draftDir(draftId).resolve("v" + version + ".txt");
        if (!Files.exists(f)) {
            throw new DraftNotFoundException("draft " + draftId + " has no version " + version);
        }
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    /**
     * The line differences between two versions (longest common subsequence of lines).
     *
     * @param draftId the draft
     * @param from the older version
     * @param to the newer version
     * @return the diff
     * @throws DraftNotFoundException if the draft or a version is not in the box
     */
    public synchronized DraftDiff diff(String draftId, int from, int to) {
        return new DraftDiff(draftId, from, to, diffLines(text(draftId, from), text(draftId, to)));
    }

    static List<DraftDiff.Line> diffLines(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int[][] lcs = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--) {
            for (int j = y.length - 1; j >= 0; j--) {
                lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DraftDiff.Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (i < x.length && j < y.length && x[i].equals(y[j])) {
                out.add(new DraftDiff.Line(DraftDiff.Op.KEEP, x[i]));
                i++;
                j++;
            } else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(new DraftDiff.Line(DraftDiff.Op.ADD, y[j]));
                j++;
            } else {
                out.add(new DraftDiff.Line(DraftDiff.Op.REMOVE, x[i]));
                i++;
            }
        }
        return out;
    }

    private Path draftDir(String draftId) {
        Objects.requireNonNull(draftId, "draftId");
        if (!ID.matcher(draftId).matches() || !Files.isDirectory(dir.resolve(draftId))) {
            throw new DraftNotFoundException("no draft " + draftId + " in " + dir.getFileName());
        }
        return dir.resolve(draftId);
    }
}
