package ai.domainassist.examples.gov;

import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.retrieval.Validity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A policy library as a folder: the policies' files (.txt, .md, .html, .docx, .pdf) and
 * {@code library.tsv}, one line per policy:
 * <pre>
 * # file &lt;TAB&gt; id &lt;TAB&gt; validity (IN_FORCE|AMENDED|REPEALED) &lt;TAB&gt; superseded by (may be empty) &lt;TAB&gt; source
 * waste-sorting-2024.txt	jzf-2024-3	IN_FORCE		江州市人民政府
 * </pre>
 * The sources named there are the library's whitelist. Lines starting with {@code #} are comments.
 *
 * <p>Stateless and thread-safe.
 */
public final class LibraryFolder {
    /** The index file's name inside a library folder. */
    public static final String INDEX_FILE = "library.tsv";

    /**
     * One line of {@code library.tsv}.
     *
     * @param file the policy's file, relative to the folder
     * @param meta its metadata
     */
    public record Entry(Path file, PolicyMetadata meta) {
    }

    private LibraryFolder() {
    }

    /**
     * Reads {@code library.tsv}.
     *
     * @param folder the library folder
     * @return the entries, in file order
     * @throws LibraryFolderException if the index is missing or a line is malformed or names a missing file
     * @throws UncheckedIOException if it cannot be read
     */
    public static List<Entry> entries(Path folder) {
        Path index = folder.resolve(INDEX_FILE);
        if (!Files.isRegularFile(index)) {
            throw new LibraryFolderException("no " + INDEX_FILE + " in policy library folder " + folder
                    + " (one line per policy: file, id, validity, superseded by, source; tab-separated)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = index + " line " + (n + 1);
            if (f.length != 5 || f[0].isBlank() || f[1].isBlank() || f[4].isBlank()) {
                throw new LibraryFolderException(where + ": expected file, id, validity, superseded by, source (tab-separated)");
            }
            Validity validity;
            try {
                validity = Validity.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LibraryFolderException(where + ": validity must be IN_FORCE, AMENDED or REPEALED");
            }
            Path file = folder.resolve(f[0].strip());
            if (!Files.isRegularFile(file)) {
                throw new LibraryFolderException(where + ": no file " + f[0].strip());
            }
            entries.add(new Entry(file, new PolicyMetadata(f[1].strip(), f[4].strip(), validity, f[3].strip())));
        }
        return entries;
    }

    /**
     * Loads a library folder into a policy library: in memory, or into an on-disk index that is
     * kept (policies already in it are not added again).
     *
     * @param folder the library folder
     * @param indexDir where to keep the index, or {@code null} for memory
     * @return the library (close it when done)
     * @throws LibraryFolderException if the folder's index is missing or malformed
     * @throws ai.domainassist.retrieval.RetrievalException if a policy cannot be read or the index opened
     */
    public static PolicyLibrary load(Path folder, Path indexDir) {
        List<Entry> entries = entries(folder);
        Set<String> sources = new LinkedHashSet<>();
        entries.forEach(e -> sources.add(e.meta().source()));
        PolicyLibrary library = indexDir == null ? PolicyLibrary.whitelisting(sources.toArray(String[]::new))
                : PolicyLibrary.open(indexDir, sources.toArray(String[]::new));
        try {
            for (Entry e : entries) {
                if (library.get(e.meta().id()).isEmpty()) {
                    library.addFile(e.file(), e.meta());
                }
            }
            return library;
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }
}
