package ai.domainassist.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link from README.md and docs/*.md to a Markdown file names a file that exists, and every
 * {@code file.md#anchor} or {@code #anchor} link names a heading of that file (GitHub's slugs: lower case,
 * punctuation dropped, spaces as hyphens, a repeated heading numbered). Docs are split and headings renamed
 * as the project grows; a reader who follows README's link to "the figures" must land on them. Runs in the
 * examples module because it spans the repository.
 */
class DocLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]*)(?:#([^)\\s]+))?\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a (?:name|id)=\"([^\"]+)\"");
    private static final Pattern FENCE = Pattern.compile("```.*?```", Pattern.DOTALL);
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\w\\- ]", Pattern.UNICODE_CHARACTER_CLASS);

    private static Path root() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs/architecture.md")) && Files.isRegularFile(p.resolve("README.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found from " + System.getProperty("user.dir"));
    }

    static String slug(String heading) {
        return NOT_IN_SLUG.matcher(heading.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    static Set<String> anchors(String markdown) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fence = !fence;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!fence && m.matches()) {
                String s = slug(m.group(2));
                int n = seen.merge(s, 1, Integer::sum) - 1;
                out.add(n == 0 ? s : s + "-" + n);
            }
        }
        Matcher a = HTML_ANCHOR.matcher(markdown);
        while (a.find()) {
            out.add(a.group(1));
        }
        return out;
    }

    static List<String> brokenLinks(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            String text = read(file);
            Matcher m = LINK.matcher(FENCE.matcher(text).replaceAll(""));
            while (m.find()) {
                String target = m.group(1);
                String anchor = m.group(2);
                if (target.contains("://") || !target.isEmpty() && !target.endsWith(".md")) {
                    continue; // web addresses and links to other kinds of file are not checked here
                }
                Path targetFile = target.isEmpty() ? file : file.getParent().resolve(target).normalize();
                String where = root.relativize(file) + ": " + m.group();
                if (!Files.isRegularFile(targetFile)) {
                    broken.add(where + " (no such file)");
                } else if (anchor != null && !anchors(read(targetFile)).contains(anchor)) {
                    broken.add(where + " (no such heading in " + root.relativize(targetFile) + ")");
                }
            }
        }
        return broken;
    }

    @Test
    void everyLinkFromReadmeAndDocsLandsOnAFileAndHeadingThatExist() {
        assertThat(brokenLinks(root())).isEmpty();
    }

    @Test
    void slugsFollowGitHub() {
        assertThat(slug("Issue 12, fourth round: still-questions, the stool topic")).isEqualTo(
                "issue-12-fourth-round-still-questions-the-stool-topic");
        assertThat(slug("Had in this illness, over now (`SymptomStatus.RESOLVED`)")).isEqualTo(
                "had-in-this-illness-over-now-symptomstatusresolved");
        assertThat(anchors("# A\n## A\n```\n# not a heading\n```\n")).containsExactlyInAnyOrder("a", "a-1");
    }

    @Test
    void aBrokenAnchorIsFound() throws IOException {
        Path dir = Files.createTempDirectory("doclinks");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("README.md"), "see [x](docs/a.md#real) and [y](docs/a.md#gone) and [z](docs/b.md)\n");
        Files.writeString(dir.resolve("docs/a.md"), "# Real\n");
        assertThat(brokenLinks(dir)).hasSize(2).anyMatch(s -> s.contains("#gone")).anyMatch(s -> s.contains("no such file"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
