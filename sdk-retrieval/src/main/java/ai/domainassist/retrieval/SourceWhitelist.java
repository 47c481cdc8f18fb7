package ai.domainassist.retrieval;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sources a library accepts and returns. An entry matches a source exactly, or, when it ends
 * with {@code *}, every source that starts with the text before the star (for example
 * {@code https://www.gov.cn/*}). A library with a whitelist refuses to add a document whose source
 * is missing or not listed, and at query time returns only chunks of listed sources, so an index
 * written under a wider whitelist (or by another program) cannot leak other sources.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceWhitelist {
    private static final SourceWhitelist ALLOW_ALL = new SourceWhitelist(null);

    private final Set<String> entries;

    private SourceWhitelist(Set<String> entries) {
        this.entries = entries;
    }

    /** @return the whitelist that allows every document, with or without a source */
    public static SourceWhitelist allowAll() {
        return ALLOW_ALL;
    }

    /**
     * A whitelist of these entries.
     *
     * @param entries exact sources, or prefixes ending with {@code *}
     * @return the whitelist
     * @throws NullPointerException if an entry is {@code null}
     * @throws IllegalArgumentException if there is no entry, an entry is blank or just {@code *},
     *     or has a star elsewhere than at its end
     */
    public static SourceWhitelist of(String... entries) {
        return of(List.of(entries));
    }

    /**
     * A whitelist of these entries.
     *
     * @param entries exact sources, or prefixes ending with {@code *}
     * @return the whitelist
     * @throws NullPointerException if an entry is {@code null}
     * @throws IllegalArgumentException as {@link #of(String...)}
     */
    public static SourceWhitelist of(Iterable<String> entries) {
        Set<String> set = new LinkedHashSet<>();
        for (String e : entries) {
            String v = Objects.requireNonNull(e, "whitelist entry").strip();
            if (v.isEmpty() || v.equals("*")) {
                throw new IllegalArgumentException("whitelist entry '" + e + "' is blank or matches everything;"
                        + " use SourceWhitelist.allowAll()");
            }
            if (v.indexOf('*') >= 0 && v.indexOf('*') != v.length() - 1) {
                throw new IllegalArgumentException("whitelist entry '" + e + "': '*' is allowed only at the end");
            }
            set.add(v);
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("an empty whitelist would refuse every document;"
                    + " use SourceWhitelist.allowAll()");
        }
        return new SourceWhitelist(Collections.unmodifiableSet(set));
    }

    /** @return whether this whitelist allows everything */
    public boolean allowsAll() {
        return entries == null;
    }

    /** @return the entries, empty for {@link #allowAll()} */
    public Set<String> entries() {
        return entries == null ? Set.of() : entries;
    }

    /**
     * @param metadata a document's metadata
     * @return whether a document with this metadata is allowed: always under {@link #allowAll()},
     *     else only when its source is present and listed
     * @throws NullPointerException if metadata is {@code null}
     */
    public boolean allows(DocumentMetadata metadata) {
        return entries == null || metadata.source().map(this::allows).orElse(false);
    }

    /**
     * @param source a source
     * @return whether it is allowed
     * @throws NullPointerException if source is {@code null}
     */
    public boolean allows(String source) {
        Objects.requireNonNull(source, "source");
        if (entries == null) {
            return true;
        }
        for (String e : entries) {
            if (e.endsWith("*") ? source.startsWith(e.substring(0, e.length() - 1)) : source.equals(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceWhitelist && Objects.equals(entries, ((SourceWhitelist) o).entries);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(entries);
    }

    @Override
    public String toString() {
        return entries == null ? "SourceWhitelist[all]" : "SourceWhitelist" + entries;
    }
}
