package ai.domainassist.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceWhitelistTest {

    @Test
    void exactAndPrefixEntries() {
        SourceWhitelist w = SourceWhitelist.of("国务院公报", "https://www.gov.example/*");
        assertThat(w.allows("国务院公报")).isTrue();
        assertThat(w.allows("国务院公报增刊")).as("exact entries are exact").isFalse();
        assertThat(w.allows("https://www.gov.example/zhengce/1.html")).isTrue();
        assertThat(w.allows("https://www.gov.example.evil/x")).isFalse();
        assertThat(w.allows(DocumentMetadata.none())).as("no source, not allowed").isFalse();
        assertThat(SourceWhitelist.allowAll().allows(DocumentMetadata.none())).isTrue();
    }

    @Test
    void entriesThatWouldAllowEverythingOrNothingAreRefused() {
        assertThatThrownBy(SourceWhitelist::of).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowAll");
        assertThatThrownBy(() -> SourceWhitelist.of("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceWhitelist.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceWhitelist.of("a*b")).isInstanceOf(IllegalArgumentException.class);
    }
}
