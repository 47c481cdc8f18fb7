package ai.domainassist.examples.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/data-sources.md lists every bundled data file (every file under {@code src/main/resources}
 * of every module) with its source and licence: each file must match exactly one row, each row at
 * least one file, each licence must be one of the declared ones, and every third-party licence used
 * must ship its text beside the data. Runs in the examples module because it spans modules.
 */
class DataSourcesTest {
    private static final Set<String> LICENCES = Set.of("Apache-2.0 (this project)", "Apache-2.0", "MIT",
            "Unicode-DFS-2016");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+) \\| ([^|]+) \\|$");

    record Row(String glob, PathMatcher matcher, String source, String licence) {
    }

    private static Path root() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs/data-sources.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("no docs/data-sources.md above " + System.getProperty("user.dir"));
    }

    private static List<Row> rows(Path root) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("docs/data-sources.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                rows.add(new Row(m.group(1), FileSystems.getDefault().getPathMatcher("glob:" + m.group(1)),
                        m.group(2).strip(), m.group(3).strip()));
            }
        }
        return rows;
    }

    private static List<Path> resources(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).toList()) {
                Path res = module.resolve("src/main/resources");
                if (Files.isDirectory(res)) {
                    try (Stream<Path> files = Files.walk(res)) {
                        files.filter(Files::isRegularFile).map(root::relativize).forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyBundledFileHasExactlyOneRowAndEveryRowAFile() throws IOException {
        Path root = root();
        List<Row> rows = rows(root);
        List<Path> files = resources(root);
        assertThat(rows).as("rows of docs/data-sources.md").hasSizeGreaterThan(20);
        assertThat(files).as("resources found").hasSizeGreaterThan(100);

        Map<String, List<String>> problems = new TreeMap<>();
        for (Path f : files) {
            List<String> matching = rows.stream().filter(r -> r.matcher().matches(f)).map(Row::glob).toList();
            if (matching.size() != 1) {
                problems.put(f.toString(), matching);
            }
        }
        assertThat(problems).as("files with no row (or with several) in docs/data-sources.md").isEmpty();
        for (Row r : rows) {
            assertThat(files.stream().anyMatch(r.matcher()::matches)).as("row %s matches a file", r.glob()).isTrue();
            assertThat(LICENCES).as("licence of %s", r.glob()).contains(r.licence());
            assertThat(r.source()).as("source of %s", r.glob()).hasSizeGreaterThan(10);
        }
    }

    @Test
    void everyThirdPartyLicenceShipsItsText() throws IOException {
        Path root = root();
        for (Row r : rows(root)) {
            if (r.licence().equals("MIT") || r.licence().equals("Unicode-DFS-2016")) {
                List<Path> files = resources(root).stream().filter(r.matcher()::matches).toList();
                for (Path f : files) {
                    try (Stream<Path> siblings = Files.list(root.resolve(f).getParent().getParent())) {
                        boolean shipped = siblings.flatMap(d -> {
                            try {
                                return Files.isDirectory(d) ? Files.list(d) : Stream.of(d);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }).anyMatch(p -> p.getFileName().toString().startsWith("LICENSE-")
                                && p.getFileName().toString().contains(r.licence().equals("MIT") ? "MIT" : "Unicode"));
                        assertThat(shipped).as("a LICENSE-*%s*.txt near %s", r.licence(), f).isTrue();
                    }
                }
            }
        }
        assertThat(Files.readString(root.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(root.resolve("NOTICE"))).contains("Domain Assistant SDK");
    }

    @Test
    void noCopyleftLicenceIsBundled() throws IOException {
        for (Path f : resources(root())) {
            assertThat(f.getFileName().toString()).as("bundled file %s", f).doesNotContainIgnoringCase("GPL");
            String head = String.join("\n", Files.readAllLines(root().resolve(f), StandardCharsets.UTF_8).stream()
                    .limit(12).toList());
            assertThat(head).as("header of %s", f).doesNotContain("LGPL").doesNotContain("GPL-");
        }
    }
}
