package ai.domainassist.examples.cli.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the whole new one:
 * a temporary file beside it, forced to disk, then renamed over it.
 *
 * <p>Stateless and thread-safe (different threads must write different files).
 */
final class AtomicFiles {
    /** The temporary files {@link #write} makes: {@code .NAME.UUID.tmp}. */
    private static final java.util.regex.Pattern TEMPORARY =
            java.util.regex.Pattern.compile("^\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp$");

    private AtomicFiles() {
    }

    /**
     * Deletes the temporary files a killed run left in a folder and its subfolders (a run that ends
     * normally leaves none: {@link #write} deletes its own).
     *
     * @param dir the folder; nothing happens when it does not exist
     * @return how many were deleted
     * @throws IOException if the folder cannot be listed or a file deleted
     */
    static int deleteOrphans(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (TEMPORARY.matcher(f.getFileName().toString()).matches() && Files.deleteIfExists(f)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /**
     * Writes the bytes to the file atomically.
     *
     * @param file the target (its folder is created when missing)
     * @param bytes the content
     * @throws IOException if writing, forcing or renaming fails (the target is then unchanged)
     */
    static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // CREATE_NEW with the process's default permissions (createTempFile would make it owner-only)
        Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
