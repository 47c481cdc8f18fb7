package ai.domainassist.retrieval.internal.embed;

import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.RetrievalException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps an embedder with a bounded in-memory cache (least recently used first out). Keys are SHA-256 hashes of the
 * embedder id and the text, so no document text sits in a cache key. Texts missing from the cache
 * are embedded in one call, in batches of at most {@link #BATCH} texts.
 *
 * <p>Thread-safe. Statistics are exposed as values ({@link #hits()}, {@link #misses()}).
 */
public final class CachingEmbedder implements Embedder {
    /** The most texts sent in one embedding call. */
    public static final int BATCH = 64;

    private final Embedder delegate;
    private final Map<String, float[]> cache;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * @param delegate the embedder to call on a miss
     * @param maxEntries the most vectors to keep; 0 caches nothing
     */
    public CachingEmbedder(Embedder delegate, long maxEntries) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = lru(maxEntries);
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String key = key(texts.get(i));
            keys.add(key);
            float[] v = cache.get(key);
            if (v != null) {
                out[i] = v;
                hits.incrementAndGet();
            } else {
                missing.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> groups = new ArrayList<>(missing.values());
        for (int from = 0; from < groups.size(); from += BATCH) {
            List<List<Integer>> batch = groups.subList(from, Math.min(groups.size(), from + BATCH));
            List<String> batchTexts = new ArrayList<>(batch.size());
            for (List<Integer> g : batch) {
                batchTexts.add(texts.get(g.get(0)));
            }
            List<float[]> vectors = delegate.embed(batchTexts);
            if (vectors.size() != batchTexts.size()) {
                throw new RetrievalException("embedder " + id() + " returned "
                        + vectors.size() + " vectors for " + batchTexts.size() + " texts");
            }
            for (int k = 0; k < batch.size(); k++) {
                float[] v = vectors.get(k);
                misses.incrementAndGet();
                for (int idx : batch.get(k)) {
                    out[idx] = v;
                }
                cache.put(keys.get(batch.get(k).get(0)), v);
            }
        }
        List<float[]> result = new ArrayList<>(out.length);
        for (float[] v : out) {
            result.add(v.clone());
        }
        return result;
    }

    private static Map<String, float[]> lru(long maxEntries) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > maxEntries;
            }
        });
    }

    /** @return how many texts were answered from the cache */
    public long hits() {
        return hits.get();
    }

    /** @return how many distinct texts had to be embedded */
    public long misses() {
        return misses.get();
    }

    private String key(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(delegate.id().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
