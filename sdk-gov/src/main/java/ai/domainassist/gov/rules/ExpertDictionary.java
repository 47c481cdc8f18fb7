package ai.domainassist.gov.rules;

import ai.domainassist.gov.rules.internal.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The office's expert dictionary (专家词典): preferred terms, forbidden terms and standard
 * expressions, applied to drafts and normative checks. Kept in a plain UTF-8 file that users
 * edit (format in {@code rules/expert-dictionary.tsv}):
 * <pre>
 * kind &lt;TAB&gt; term &lt;TAB&gt; variants (comma separated; for forbidden: the replacement) &lt;TAB&gt; note
 * </pre>
 * with kinds {@code standard}, {@code preferred} and {@code forbidden}.
 *
 * <p>Immutable and thread-safe: {@link #with} and {@link #without} return new dictionaries;
 * {@link #save} writes one atomically.
 */
public final class ExpertDictionary {

    /** The kinds of entry. */
    public enum Kind {
        /** A standard expression (规范表述): variants are errors. */
        STANDARD,
        /** A preferred term: variants are warnings. */
        PREFERRED,
        /** A term that must not be used: an error, with a replacement when one is given. */
        FORBIDDEN
    }

    /**
     * One entry.
     *
     * @param kind the kind
     * @param term the standard or preferred term, or the forbidden term
     * @param variants the wrong forms to find (for forbidden entries: the replacement, possibly empty)
     * @param note a note for the user
     */
    public record Entry(Kind kind, String term, List<String> variants, String note) {

        /**
         * @throws NullPointerException if a component is {@code null}
         * @throws IllegalArgumentException if the term is blank, or a standard/preferred entry has no variant
         */
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(term, "term");
            variants = List.copyOf(variants);
            Objects.requireNonNull(note, "note");
            if (term.isBlank()) {
                throw new IllegalArgumentException("blank term");
            }
            if (kind != Kind.FORBIDDEN && variants.isEmpty()) {
                throw new IllegalArgumentException(kind + " entry " + term + " needs at least one variant");
            }
        }
    }

    /**
     * A match of the dictionary in a text.
     *
     * @param entry the entry
     * @param start where the matched words start
     * @param end where they end
     * @param found the words found (a variant, or the forbidden term)
     * @param replacement the suggested replacement, possibly empty
     */
    public record Match(Entry entry, int start, int end, String found, String replacement) {
    }

    private static volatile ExpertDictionary standard;

    private final Map<String, Entry> entries;

    private ExpertDictionary(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** @return a dictionary with no entries */
    public static ExpertDictionary empty() {
        return new ExpertDictionary(Map.of());
    }

    /**
     * The example dictionary shipped with the module.
     *
     * @return the shared instance
     * @throws DictionaryFormatException if the shipped file is malformed (a packaging error)
     */
    public static ExpertDictionary standard() {
        ExpertDictionary d = standard;
        if (d == null) {
            d = parse(DataFiles.lines("rules/expert-dictionary.tsv"), "expert-dictionary.tsv");
            standard = d;
        }
        return d;
    }

    /**
     * Loads a dictionary file.
     *
     * @param file the file
     * @return the dictionary
     * @throws DictionaryFormatException if a line is malformed (the message names the line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ExpertDictionary load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(DataFiles.lines(in), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }

    private static ExpertDictionary parse(List<String> lines, String name) {
        Map<String, Entry> m = new LinkedHashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String[] c = line.split("\t", -1);
            if (c.length < 2) {
                throw new DictionaryFormatException(name + ", entry " + n + ": expected kind<TAB>term<TAB>variants<TAB>note");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(c[0].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(name + ", entry " + n + ": unknown kind '" + c[0]
                        + "' (standard, preferred or forbidden)");
            }
            List<String> variants = new ArrayList<>();
            if (c.length > 2) {
                for (String v : c[2].split("[,，]")) {
                    if (!v.isBlank()) {
                        variants.add(v.strip());
                    }
                }
            }
            try {
                Entry e = new Entry(kind, c[1].strip(), variants, c.length > 3 ? c[3].strip() : "");
                m.put(e.term(), e);
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(name + ", entry " + n + ": " + e.getMessage());
            }
        }
        return new ExpertDictionary(Map.copyOf(m));
    }

    /** @return the entries, in no particular order */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * A dictionary with an entry added or replaced (same term).
     *
     * @param entry the entry
     * @return the new dictionary
     */
    public ExpertDictionary with(Entry entry) {
        Map<String, Entry> m = new LinkedHashMap<>(entries);
        m.put(entry.term(), entry);
        return new ExpertDictionary(Map.copyOf(m));
    }

    /**
     * A dictionary without the entry of a term.
     *
     * @param term the term
     * @return the new dictionary (the same entries when the term is absent)
     */
    public ExpertDictionary without(String term) {
        Map<String, Entry> m = new LinkedHashMap<>(entries);
        m.remove(term);
        return new ExpertDictionary(Map.copyOf(m));
    }

    /**
     * Writes the dictionary in the file format, atomically (a temporary file then a move).
     *
     * @param file the file
     * @throws UncheckedIOException if it cannot be written
     */
    public void save(Path file) {
        StringBuilder sb = new StringBuilder("# Expert dictionary: kind<TAB>term<TAB>variants<TAB>note\n");
        entries.values().stream().sorted((a, b) -> a.term().compareTo(b.term())).forEach(e -> sb
                .append(e.kind().name().toLowerCase(java.util.Locale.ROOT)).append('\t').append(e.term()).append('\t')
                .append(String.join(",", e.variants())).append('\t').append(e.note()).append('\n'));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".dict", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dictionary " + file, e);
        }
    }

    /**
     * Finds every variant and forbidden term in a text.
     *
     * @param text the text
     * @return the matches in text order; overlapping matches keep the longer one
     */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.kind() == Kind.FORBIDDEN) {
                add(out, text, e, e.term(), e.variants().isEmpty() ? "" : e.variants().get(0));
            } else {
                for (String v : e.variants()) {
                    add(out, text, e, v, e.term());
                }
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Match> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Match m : out) {
            if (m.start() >= lastEnd) {
                kept.add(m);
                lastEnd = m.end();
            }
        }
        return kept;
    }

    private static void add(List<Match> out, String text, Entry e, String needle, String replacement) {
        int at = text.indexOf(needle);
        while (at >= 0) {
            // a variant that is part of the standard form itself is not an error (“放管服”改革 contains 放管服)
            if (e.kind() == Kind.FORBIDDEN || !occursAsTerm(text, at, needle, e.term())) {
                out.add(new Match(e, at, at + needle.length(), needle, replacement));
            }
            at = text.indexOf(needle, at + needle.length());
        }
    }

    private static boolean occursAsTerm(String text, int at, String needle, String term) {
        int k = term.indexOf(needle);
        while (k >= 0) {
            int s = at - k;
            if (s >= 0 && text.startsWith(term, s)) {
                return true;
            }
            k = term.indexOf(needle, k + 1);
        }
        return false;
    }

    /** Thrown when a dictionary file has a malformed line; the message names the file and the entry. */
    public static final class DictionaryFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what is wrong and where
         */
        public DictionaryFormatException(String message) {
            super(message);
        }
    }
}
