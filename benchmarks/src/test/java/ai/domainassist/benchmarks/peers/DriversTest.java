package ai.domainassist.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.benchmarks.server.BenchServer;
import ai.domainassist.benchmarks.server.Payloads;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Every driver really does every workload against the benchmark server (what the benchmarks' set-up checks). */
class DriversTest {
    static final List<String> DRIVERS = Drivers.ALL;
    private static final int CHUNKS = 7;
    private static final int DIMENSIONS = 16;
    private static BenchServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new BenchServer(0, CHUNKS, 2, DIMENSIONS);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @FieldSource("DRIVERS")
    void chatsStreamsAndEmbeds(String name) {
        try (Driver driver = Drivers.create(name, server.baseUrl())) {
            Drivers.checkChat(name, driver.chat(Payloads.prompt()));
            Driver.Streamed streamed = driver.stream(Payloads.prompt());
            Drivers.checkStream(name, streamed, CHUNKS);
            assertThat(streamed.firstTextNanos()).isPositive();
            Drivers.checkEmbedding(name, driver.embed("急性上呼吸道感染"), DIMENSIONS);
        }
    }

    @ParameterizedTest
    @FieldSource("DRIVERS")
    void extractsTheRecord(String name) {
        try (Driver driver = Drivers.create(name, server.baseUrl())) {
            Drivers.checkExtract(name, driver.extract(Payloads.structuredPrompt()));
        }
    }

    @Test
    void checksRejectWrongAnswers() {
        assertThatThrownBy(() -> Drivers.checkChat("x", "hello")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x returned");
        assertThatThrownBy(() -> Drivers.checkStream("x", new Driver.Streamed(Payloads.streamedAnswer(3), 5, 2), 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 deltas");
        assertThatThrownBy(() -> Drivers.checkStream("x", new Driver.Streamed(Payloads.streamedAnswer(3), 0, 3), 3))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Drivers.checkEmbedding("x", new float[] {1f}, DIMENSIONS))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Drivers.checkExtract("x", null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Drivers.create("spring-ai", server.baseUrl()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vectorsComeAsArraysOrBoxedLists() {
        assertThat(Drivers.vector(List.of(1.5f, -2f))).containsExactly(1.5f, -2f);
        assertThat(Drivers.vector(List.of(0.25d))).containsExactly(0.25f);
        assertThatThrownBy(() -> Drivers.vector("1,2")).isInstanceOf(IllegalArgumentException.class);
    }
}
