package ai.domainassist.retrieval.internal.embed;

import ai.domainassist.core.text.Width;
import ai.domainassist.retrieval.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The offline embedder behind {@link Embedder#hashing(int)}: character unigrams and bigrams of the
 * width- and case-folded text (whitespace and punctuation skipped) are hashed (FNV-1a) into a
 * signed bag of features, then L2-normalised. Deterministic across JVMs and runs.
 *
 * <p>Immutable and thread-safe.
 */
public final class HashingEmbedder implements Embedder {
    private final int dimensions;

    /**
     * @param dimensions the vector size
     * @throws IllegalArgumentException if not within 16..4096
     */
    public HashingEmbedder(int dimensions) {
        if (dimensions < 16 || dimensions > 4096) {
            throw new IllegalArgumentException("dimensions must be 16..4096, was " + dimensions);
        }
        this.dimensions = dimensions;
    }

    @Override
    public String id() {
        return "hashing-" + dimensions;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(Objects.requireNonNull(t, "text")));
        }
        return out;
    }

    private float[] embed(String text) {
        float[] v = new float[dimensions];
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x3000 || !Character.isLetterOrDigit(cp)) {
                prev = -1;
                continue;
            }
            int c = Character.toLowerCase(cp < 0x10000 ? Width.toHalf((char) cp) : cp);
            add(v, fnv(0x811C9DC5, c), 1.0f);
            if (prev >= 0) {
                add(v, fnv(fnv(0x01000193, prev), c), 1.5f);
            }
            prev = c;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            // No letter or digit at all: a fixed unit vector, so the vector is never zero.
            v[0] = 1f;
            return v;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }

    private void add(float[] v, int hash, float weight) {
        int h = hash & 0x7FFFFFFF;
        v[h % dimensions] += (hash & 0x80000000) != 0 ? -weight : weight;
    }

    private static int fnv(int seed, int value) {
        int h = seed;
        for (int k = 0; k < 4; k++) {
            h ^= (value >>> (8 * k)) & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }
}
