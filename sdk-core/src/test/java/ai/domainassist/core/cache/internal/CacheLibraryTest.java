package ai.domainassist.core.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.cache.CachePolicy;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** Caffeine is optional: what the pipeline builds with and without it. */
class CacheLibraryTest {
    private static final CachePolicy POLICY = CachePolicy.defaults();

    @Test
    void caffeineIsFoundWhereItIsAndNotWhereItIsNot() throws Exception {
        assertThat(CacheLibrary.present(CacheLibraryTest.class.getClassLoader())).isTrue();
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertThat(CacheLibrary.present(bare)).isFalse();
        }
    }

    @Test
    void withCaffeineThePolicyIsBuiltAsConfigured() {
        assertThat(CacheLibrary.effective(POLICY, false, true)).isSameAs(POLICY);
        assertThat(CacheLibrary.effective(POLICY, true, true)).isSameAs(POLICY);
        assertThat(CacheLibrary.effective(null, true, true)).isNull();
    }

    @Test
    void withoutCaffeineTheDefaultCacheIsLeftOut() {
        assertThat(CacheLibrary.effective(POLICY, false, false)).isNull();
        assertThat(CacheLibrary.effective(null, true, false)).as("caching turned off needs nothing").isNull();
    }

    @Test
    void withoutCaffeineAChosenCacheIsAnErrorNamingTheArtifact() {
        assertThatThrownBy(() -> CacheLibrary.effective(POLICY, true, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.github.ben-manes.caffeine:caffeine")
                .hasMessageContaining("cache(null)");
    }
}
