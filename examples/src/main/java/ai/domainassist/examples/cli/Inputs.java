package ai.domainassist.examples.cli;

import ai.domainassist.examples.cli.batch.BatchItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns a command's input (a file, or a folder of them) into batch items with unique output names.
 *
 * <p>Stateless and thread-safe.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * The files under a folder (all levels) with one of the extensions, or the file itself.
     * Hidden files and folders, files named {@code README*} and anything inside {@code exclude} (the
     * output folder) are left out.
     *
     * @param input a file or folder
     * @param extensions lower-case extensions without the dot
     * @param exclude a folder to leave out, or {@code null}
     * @return the items, sorted by path
     * @throws UncheckedIOException if the folder cannot be listed
     */
    static List<BatchItem> files(Path input, Set<String> extensions, Path exclude) {
        if (!Files.isDirectory(input)) {
            return List.of(new BatchItem(input.getFileName().toString(), input, stem(input.getFileName().toString())));
        }
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(input)) {
            List<Path> found = walk.filter(Files::isRegularFile)
                    .filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
                    .filter(p -> !hidden(input.relativize(p)))
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
                    .filter(p -> extensions.contains(extension(p)))
                    .sorted().toList();
            return items(input, found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }

    /**
     * The folders directly under a folder that satisfy {@code isItem}, or the folder itself if it does.
     * Every other non-hidden sub-folder is an item too (so that a broken one is reported, not skipped).
     *
     * @param input the folder
     * @param isItem whether a folder is itself one item
     * @param exclude a folder to leave out, or {@code null}
     * @return the items, sorted by name
     * @throws UncheckedIOException if the folder cannot be listed
     */
    static List<BatchItem> folders(Path input, Predicate<Path> isItem, Path exclude) {
        if (isItem.test(input)) {
            Path name = input.toAbsolutePath().normalize().getFileName();
            String key = name == null ? "input" : name.toString();
            return List.of(new BatchItem(key, input, key));
        }
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        try (Stream<Path> list = Files.list(input)) {
            List<Path> found = list.filter(Files::isDirectory)
                    .filter(p -> skip == null || !p.toAbsolutePath().normalize().equals(skip))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            List<BatchItem> items = new ArrayList<>();
            for (Path p : found) {
                String key = p.getFileName().toString();
                items.add(new BatchItem(key, p, key));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }

    private static List<BatchItem> items(Path root, List<Path> files) {
        Map<String, Integer> stems = new HashMap<>();
        for (Path p : files) {
            stems.merge(stem(key(root, p)), 1, Integer::sum);
        }
        List<BatchItem> items = new ArrayList<>();
        for (Path p : files) {
            String key = key(root, p);
            String stem = stem(key);
            items.add(new BatchItem(key, p, stems.get(stem) > 1 ? key : stem));   // a.txt and a.json: keep the extension
        }
        return items;
    }

    private static String key(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
