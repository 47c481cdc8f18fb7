package snippets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every ```java block of README.md and docs/*.md compiles in CI: a block marked
 * {@code <!-- readme-project: PATH -->} is a whole file of README's example project, which
 * consumer-smoke/run.sh writes out and builds from README itself on an empty local repository;
 * every other block must appear verbatim (same lines, indentation aside, trailing spaces aside) in
 * a source file of this folder or of {@code consumer-smoke/spring-boot/src/test/java/snippets} (the
 * Spring snippets), and its {@code import} lines among that file's imports. This test
 * fails naming each block that does not, so a snippet cannot drift from the API unnoticed.
 */
class SnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("(<!-- readme-project: ([^ ]+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);

    private static Path root() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.isRegularFile(here.resolve("README.md")) ? here : here.getParent();
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        for (String l : s.split("\n", -1)) {
            out.add(l.stripTrailing());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        return out;
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    /** Whether body occurs as consecutive lines of the file, each file line shifted by one common indent. */
    static boolean contains(List<String> file, List<String> body) {
        for (int i = 0; i + body.size() <= file.size(); i++) {
            if (dedent(file.subList(i, i + body.size())).equals(body)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyJavaSnippetOfTheDocsIsCompiledHere() throws IOException {
        Path root = root();
        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<List<String>> sources = new ArrayList<>();
        // Spring's snippets compile in the Spring Boot variant, which has Spring on its classpath.
        for (String dir : List.of("consumer-smoke/src/test/java/snippets", "consumer-smoke/spring-boot/src/test/java/snippets")) {
            try (Stream<Path> s = Files.list(root.resolve(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.add(lines(Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        int checked = 0;
        int projectFiles = 0;
        List<String> missing = new ArrayList<>();
        for (Path doc : docs) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                int line = text.substring(0, m.start(3)).split("\n", -1).length;
                String where = root.relativize(doc) + ":" + line;
                if (m.group(2) != null) {
                    projectFiles++;
                    continue;
                }
                List<String> block = lines(m.group(3));
                List<String> imports = block.stream().filter(l -> l.startsWith("import ")).toList();
                List<String> body = dedent(lines(String.join("\n", block.stream().filter(l -> !l.startsWith("import ")).toList())));
                boolean found = sources.stream().anyMatch(src -> src.containsAll(imports) && contains(src, body));
                if (!found) {
                    missing.add(where + " (" + body.get(0).strip() + " ...)");
                }
                checked++;
            }
        }
        System.out.println("snippets: " + checked + " compiled here, " + projectFiles + " README project files");
        assertTrue(checked >= 15, "found only " + checked + " snippets");
        assertTrue(projectFiles >= 3, "README's three programs are marked as project files");
        assertTrue(missing.isEmpty(), "snippets not compiled under consumer-smoke/src/test/java/snippets "
                + "(copy each into a method there, verbatim):\n  " + String.join("\n  ", missing));
    }
}
