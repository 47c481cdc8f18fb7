package ai.domainassist.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's peer tables are the ones the peer command wrote last ({@code results/peers.md}): every
 * table row of that file's Measured, Ratios and Goals sections stands in README as written. A rerun
 * of the command that changes a number fails this test until README is updated with it.
 */
class ReadmeTablesTest {

    @Test
    void readmeQuotesEveryTableRowOfTheLastPeerRun() throws IOException {
        Path results = Path.of("results", "peers.md"); // the module's directory is the working directory
        Path readme = Path.of("..", "README.md");
        String peers = Files.readString(results, StandardCharsets.UTF_8);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        List<String> rows = peers.substring(peers.indexOf("## Measured")).lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| ---"))
                .toList();

        assertThat(rows).as("table rows in %s", results).hasSizeGreaterThan(40);
        assertThat(text.lines().toList()).as("README.md lines").containsAll(rows);
        assertThat(text).contains("at commit `" + field(peers, "commit") + "`");
    }

    private static String field(String peers, String name) {
        return peers.lines().filter(l -> l.startsWith("- " + name + ": ")).findFirst()
                .map(l -> l.substring(name.length() + 4).strip())
                .orElseThrow(() -> new AssertionError("no '" + name + "' line in peers.md"));
    }
}
