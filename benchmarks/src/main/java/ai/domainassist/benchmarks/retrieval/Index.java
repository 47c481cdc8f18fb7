package ai.domainassist.benchmarks.retrieval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Builds and removes benchmark libraries. */
final class Index {
    /** Documents per {@code addAll} call (one commit each). */
    static final int BATCH = 1000;

    private Index() {
    }

    static DocumentLibrary build(Path directory, List<Document> docs) {
        DocumentLibrary.Builder b = DocumentLibrary.builder();
        if (directory != null) {
            b.directory(directory);
        }
        DocumentLibrary library = b.build();
        for (int from = 0; from < docs.size(); from += BATCH) {
            library.addAll(docs.subList(from, Math.min(docs.size(), from + BATCH)));
        }
        return library;
    }

    static int chunkCount(DocumentLibrary library, List<Document> docs) {
        int n = 0;
        for (int i = 0; i < docs.size(); i += docs.size() / 100) {
            n += library.chunks(docs.get(i).id()).size();
        }
        return n * (docs.size() / 100);
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
