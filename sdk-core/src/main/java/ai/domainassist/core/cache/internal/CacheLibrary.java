package ai.domainassist.core.cache.internal;

import ai.domainassist.core.cache.CachePolicy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the response and embedding cache can be built: it runs on Caffeine, an optional
 * dependency of sdk-core (issue 14: the core's runtime classpath without it is 6.3 MiB, with it
 * 7.4). A cache the application chose ({@code ModelClientBuilder.cache(policy)}) without Caffeine on
 * the classpath is a configuration error naming the artifact; the default cache without it is left
 * out, said once per JVM at INFO. Thread-safe.
 */
public final class CacheLibrary {
    /** The artifact that brings the cache's library. */
    public static final String ARTIFACT = "com.github.ben-manes.caffeine:caffeine";
    private static final String PROBE = "com.github.benmanes.caffeine.cache.Caffeine";
    private static final Logger LOG = LoggerFactory.getLogger(CacheLibrary.class);
    private static final boolean PRESENT = present(CacheLibrary.class.getClassLoader());
    private static final AtomicBoolean SAID = new AtomicBoolean();

    private CacheLibrary() {
    }

    /**
     * The cache policy the pipeline builds, given what the application chose and whether Caffeine
     * is on the classpath.
     *
     * @param policy the configured policy ({@code null}: caching off)
     * @param chosen whether the application set it (rather than leaving the default)
     * @return {@code policy}, or {@code null} when the default cache cannot be built
     * @throws IllegalStateException when the application chose a cache and Caffeine is absent
     */
    public static CachePolicy effective(CachePolicy policy, boolean chosen) {
        return effective(policy, chosen, PRESENT);
    }

    static CachePolicy effective(CachePolicy policy, boolean chosen, boolean present) {
        if (policy == null || present) {
            return policy;
        }
        if (chosen) {
            throw new IllegalStateException("the response and embedding cache runs on Caffeine, which is not on the "
                    + "classpath: add " + ARTIFACT + " (3.2 or later) to the application's dependencies, "
                    + "or turn caching off with cache(null)");
        }
        if (SAID.compareAndSet(false, true)) {
            LOG.info("Response and embedding cache off: {} is not on the classpath (add it to answer repeated "
                    + "deterministic requests from memory)", ARTIFACT);
        }
        return null;
    }

    /**
     * @param loader where to look
     * @return whether Caffeine's builder class can be loaded there
     */
    static boolean present(ClassLoader loader) {
        try {
            Class.forName(PROBE, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
