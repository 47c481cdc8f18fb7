package ai.domainassist.finance.registry.internal;

import ai.domainassist.finance.registry.InvoiceKey;
import ai.domainassist.finance.registry.InvoiceRegistry;
import ai.domainassist.finance.registry.Registration;
import ai.domainassist.finance.registry.RegistryException;
import ai.domainassist.finance.registry.Sighting;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The embedded registry: an append-only log {@code invoices.log} of lines
 * {@code v1 TAB key TAB base64(claimId) TAB epochMillis TAB crc32}, one per key and claim that
 * submitted it, replayed into memory on open (the line order is the registration order). Every
 * registration is written and forced to disk before it returns, under one lock; the first claim is
 * decided by {@link Sighting#FIRST_RULE} over every claim of the key. On open a last line without its newline or with a bad checksum (a
 * crash mid-write) is cut off; a bad line before the last one means corruption and fails the open.
 * The directory is held with an exclusive file lock while open. Thread-safe.
 */
public final class FileInvoiceRegistry implements InvoiceRegistry {
    private static final String LOG = "invoices.log";
    private final FileChannel channel;
    private final FileLock lock;
    /** Per key, every claim that registered it, in registration order. */
    private final Map<InvoiceKey, List<Sighting>> seen = new HashMap<>();
    private boolean closed;

    private FileInvoiceRegistry(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens (or creates) the registry in a directory.
     *
     * @param dir the directory
     * @return the registry
     * @throws RegistryException if it cannot be opened
     */
    public static FileInvoiceRegistry open(Path dir) {
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(dir.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new RegistryException("invoice registry in " + dir + " is already open (in this or another process)");
            }
            FileInvoiceRegistry r = new FileInvoiceRegistry(ch, lock);
            r.replay();
            return r;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new RegistryException("cannot open invoice registry in " + dir, e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    private void replay() throws IOException {
        long size = channel.size();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE));
        channel.read(buf, 0);
        byte[] bytes = buf.array();
        int lineStart = 0;
        long goodEnd = 0;
        int lineNo = 0;
        while (lineStart < bytes.length) {
            int nl = indexOf(bytes, (byte) '\n', lineStart);
            lineNo++;
            if (nl < 0) {
                break; // torn last line: cut below
            }
            String line = new String(bytes, lineStart, nl - lineStart, StandardCharsets.UTF_8);
            boolean last = nl == bytes.length - 1;
            if (!apply(line)) {
                if (last) {
                    break;
                }
                throw new RegistryException("invoice registry log is corrupt at line " + lineNo);
            }
            lineStart = nl + 1;
            goodEnd = lineStart;
        }
        if (goodEnd < size) {
            channel.truncate(goodEnd);
            channel.force(true);
        }
        channel.position(goodEnd);
    }

    private static int indexOf(byte[] b, byte v, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private boolean apply(String line) {
        String[] p = line.split("\t", -1);
        if (p.length != 5 || !"v1".equals(p[0])) {
            return false;
        }
        String body = p[0] + "\t" + p[1] + "\t" + p[2] + "\t" + p[3];
        if (!crc(body).equals(p[4])) {
            return false;
        }
        try {
            InvoiceKey key = new InvoiceKey(p[1]);
            String claim = new String(Base64.getUrlDecoder().decode(p[2]), StandardCharsets.UTF_8);
            List<Sighting> claims = seen.computeIfAbsent(key, k -> new ArrayList<>());
            if (indexOf(claims, claim) < 0) {
                claims.add(new Sighting(claim, Instant.ofEpochMilli(Long.parseLong(p[3]))));
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String crc(String body) {
        CRC32 c = new CRC32();
        c.update(body.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(c.getValue());
    }

    @Override
    public synchronized Registration submit(String claimId, List<InvoiceKey> keys, Instant submittedAt) {
        ensureOpen();
        Registrations.check(claimId, keys);
        Sighting self = new Sighting(claimId, submittedAt);
        List<InvoiceKey> fresh = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (InvoiceKey k : new TreeSet<>(keys)) {
            List<Sighting> claims = seen.getOrDefault(k, List.of());
            int mine = indexOf(claims, claimId);
            if (mine >= 0) {
                self = claims.get(mine);        // a re-registration keeps its first time
            } else {
                fresh.add(k);
            }
        }
        for (InvoiceKey k : fresh) {
            String body = "v1\t" + k.hash() + "\t"
                    + Base64.getUrlEncoder().encodeToString(claimId.getBytes(StandardCharsets.UTF_8)) + "\t"
                    + self.firstSeen().toEpochMilli();
            sb.append(body).append('\t').append(crc(body)).append('\n');
        }
        if (!fresh.isEmpty()) {
            try {
                ByteBuffer b = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
                long pos = channel.position();
                try {
                    while (b.hasRemaining()) {
                        channel.write(b);
                    }
                    channel.force(false);
                } catch (IOException e) {
                    channel.truncate(pos);
                    channel.position(pos);
                    throw e;
                }
            } catch (IOException e) {
                throw new RegistryException("cannot write to invoice registry", e);
            }
            Sighting recorded = self;
            fresh.forEach(k -> seen.computeIfAbsent(k, x -> new ArrayList<>()).add(recorded));
        }
        List<List<Sighting>> perKey = new ArrayList<>();
        for (InvoiceKey k : keys) {
            perKey.add(seen.get(k));
        }
        return Registrations.verdict(claimId, perKey);
    }

    private static int indexOf(List<Sighting> claims, String claimId) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).claimId().equals(claimId)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public synchronized Optional<Sighting> lookup(InvoiceKey key) {
        ensureOpen();
        return seen.getOrDefault(key, List.of()).stream().min(Sighting.FIRST_RULE);
    }

    @Override
    public synchronized List<Sighting> claims(InvoiceKey key) {
        ensureOpen();
        return seen.getOrDefault(key, List.of()).stream().sorted(Sighting.FIRST_RULE).toList();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("invoice registry is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
    }
}
