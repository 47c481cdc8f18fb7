package ai.domainassist.retrieval;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Restricts a search to documents whose metadata match. Every condition set must hold (AND);
 * within a condition any listed value may match (OR), except tags, which must all be present.
 * An empty filter matches every document.
 *
 * <p>{@link #matches(String, DocumentMetadata)} states the semantics in plain Java; a
 * {@link Retriever} over another engine must translate the filter to the same effect.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
public final class Filter {
    private static final Filter NONE = builder().build();

    private final Set<String> documentIds;
    private final Set<String> sources;
    private final Set<String> authorities;
    private final Set<Validity> validities;
    private final Set<String> tags;
    private final LocalDate issuedFrom;
    private final LocalDate issuedTo;
    private final LocalDate effectiveOn;

    private Filter(Builder b) {
        this.documentIds = Collections.unmodifiableSet(new LinkedHashSet<>(b.documentIds));
        this.sources = Collections.unmodifiableSet(new LinkedHashSet<>(b.sources));
        this.authorities = Collections.unmodifiableSet(new LinkedHashSet<>(b.authorities));
        this.validities = Collections.unmodifiableSet(b.validities.isEmpty()
                ? EnumSet.noneOf(Validity.class) : EnumSet.copyOf(b.validities));
        this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(b.tags));
        this.issuedFrom = b.issuedFrom;
        this.issuedTo = b.issuedTo;
        this.effectiveOn = b.effectiveOn;
    }

    /** @return the filter that matches everything */
    public static Filter none() {
        return NONE;
    }

    /** @return a builder with no condition */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the document ids allowed; empty means any */
    public Set<String> documentIds() {
        return documentIds;
    }

    /** @return the sources allowed (exact match); empty means any */
    public Set<String> sources() {
        return sources;
    }

    /** @return the issuing authorities allowed (exact match); empty means any */
    public Set<String> authorities() {
        return authorities;
    }

    /** @return the validity statuses allowed; empty means any */
    public Set<Validity> validities() {
        return validities;
    }

    /** @return the tags a document must all carry; empty means no requirement */
    public Set<String> tags() {
        return tags;
    }

    /** @return the earliest issue date allowed (inclusive) */
    public Optional<LocalDate> issuedFrom() {
        return Optional.ofNullable(issuedFrom);
    }

    /** @return the latest issue date allowed (inclusive) */
    public Optional<LocalDate> issuedTo() {
        return Optional.ofNullable(issuedTo);
    }

    /** @return the day on which documents must be effective */
    public Optional<LocalDate> effectiveOn() {
        return Optional.ofNullable(effectiveOn);
    }

    /** @return whether this filter has no condition */
    public boolean isEmpty() {
        return documentIds.isEmpty() && sources.isEmpty() && authorities.isEmpty() && validities.isEmpty()
                && tags.isEmpty() && issuedFrom == null && issuedTo == null && effectiveOn == null;
    }

    /**
     * Whether a document passes this filter. A date condition excludes a document that lacks the
     * date it tests, except {@link Builder#effectiveOn(LocalDate)}, which treats a missing effective
     * date as "since ever" and a missing expiry date as "for ever".
     *
     * @param documentId the document's id
     * @param metadata its metadata
     * @return whether every condition holds
     */
    public boolean matches(String documentId, DocumentMetadata metadata) {
        if (!documentIds.isEmpty() && !documentIds.contains(documentId)) {
            return false;
        }
        if (!sources.isEmpty() && !metadata.source().map(sources::contains).orElse(false)) {
            return false;
        }
        if (!authorities.isEmpty() && !metadata.issuingAuthority().map(authorities::contains).orElse(false)) {
            return false;
        }
        if (!validities.isEmpty() && !validities.contains(metadata.validity())) {
            return false;
        }
        if (!metadata.tags().containsAll(tags)) {
            return false;
        }
        if (issuedFrom != null || issuedTo != null) {
            LocalDate d = metadata.issueDate().orElse(null);
            if (d == null || issuedFrom != null && d.isBefore(issuedFrom) || issuedTo != null && d.isAfter(issuedTo)) {
                return false;
            }
        }
        if (effectiveOn != null) {
            if (metadata.effectiveDate().map(e -> e.isAfter(effectiveOn)).orElse(false)) {
                return false;
            }
            if (metadata.expiryDate().map(e -> e.isBefore(effectiveOn)).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Filter)) {
            return false;
        }
        Filter f = (Filter) o;
        return documentIds.equals(f.documentIds) && sources.equals(f.sources) && authorities.equals(f.authorities)
                && validities.equals(f.validities) && tags.equals(f.tags) && Objects.equals(issuedFrom, f.issuedFrom)
                && Objects.equals(issuedTo, f.issuedTo) && Objects.equals(effectiveOn, f.effectiveOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentIds, sources, authorities, validities, tags, issuedFrom, issuedTo, effectiveOn);
    }

    @Override
    public String toString() {
        return "Filter[ids=" + documentIds + ", sources=" + sources + ", authorities=" + authorities
                + ", validities=" + validities + ", tags=" + tags + ", issued=" + issuedFrom + ".." + issuedTo
                + ", effectiveOn=" + effectiveOn + "]";
    }

    /** Builds a {@link Filter}. Not thread-safe; {@link #build()} validates eagerly. */
    public static final class Builder {
        private final Set<String> documentIds = new LinkedHashSet<>();
        private final Set<String> sources = new LinkedHashSet<>();
        private final Set<String> authorities = new LinkedHashSet<>();
        private final Set<Validity> validities = EnumSet.noneOf(Validity.class);
        private final Set<String> tags = new LinkedHashSet<>();
        private LocalDate issuedFrom;
        private LocalDate issuedTo;
        private LocalDate effectiveOn;

        private Builder() {
        }

        /**
         * Only these documents (any of them).
         *
         * @param ids document ids
         * @return this builder
         * @throws NullPointerException if an id is {@code null}
         */
        public Builder documentIds(String... ids) {
            addAll(documentIds, ids);
            return this;
        }

        /**
         * Only documents from these sources (any of them, exact match).
         *
         * @param sources sources
         * @return this builder
         * @throws NullPointerException if a source is {@code null}
         */
        public Builder sources(String... sources) {
            addAll(this.sources, sources);
            return this;
        }

        /**
         * Only documents issued by these authorities (any of them, exact match).
         *
         * @param authorities issuing authorities
         * @return this builder
         * @throws NullPointerException if an authority is {@code null}
         */
        public Builder authorities(String... authorities) {
            addAll(this.authorities, authorities);
            return this;
        }

        /**
         * Only documents with one of these validity statuses.
         *
         * @param validities statuses
         * @return this builder
         * @throws NullPointerException if a status is {@code null}
         */
        public Builder validities(Validity... validities) {
            for (Validity v : validities) {
                this.validities.add(Objects.requireNonNull(v, "validity"));
            }
            return this;
        }

        /**
         * Only documents carrying all these tags.
         *
         * @param tags tags
         * @return this builder
         * @throws NullPointerException if a tag is {@code null}
         */
        public Builder tags(String... tags) {
            addAll(this.tags, tags);
            return this;
        }

        /**
         * Only documents issued in this range, both ends inclusive; {@code null} leaves an end open.
         * Documents without an issue date are excluded.
         *
         * @param from the earliest issue date, or {@code null}
         * @param to the latest issue date, or {@code null}
         * @return this builder
         */
        public Builder issuedBetween(LocalDate from, LocalDate to) {
            this.issuedFrom = from;
            this.issuedTo = to;
            return this;
        }

        /**
         * Only documents effective on this day: effective date on or before it (or none) and
         * expiry date on or after it (or none). Combine with {@link #validities} to also exclude
         * repealed documents.
         *
         * @param day the day
         * @return this builder
         */
        public Builder effectiveOn(LocalDate day) {
            this.effectiveOn = day;
            return this;
        }

        /**
         * @return the filter
         * @throws IllegalArgumentException if the issue range is reversed
         */
        public Filter build() {
            if (issuedFrom != null && issuedTo != null && issuedTo.isBefore(issuedFrom)) {
                throw new IllegalArgumentException("issue range reversed: " + issuedFrom + " .. " + issuedTo);
            }
            return new Filter(this);
        }

        private static void addAll(Set<String> target, String[] values) {
            for (String v : values) {
                target.add(Objects.requireNonNull(v, "filter value"));
            }
        }
    }
}
