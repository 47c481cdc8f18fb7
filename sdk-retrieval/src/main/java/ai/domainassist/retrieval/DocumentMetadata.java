package ai.domainassist.retrieval;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a library knows about a document besides its text: where it came from (source), who
 * issued it (发文机关), its document number (发文字号), its dates, whether it is still in force and
 * free-form tags. Every field is optional except the validity, which defaults to
 * {@link Validity#IN_FORCE}.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; change with {@link #toBuilder()}.
 */
public final class DocumentMetadata {
    private static final DocumentMetadata NONE = builder().build();

    private final String source;
    private final String issuingAuthority;
    private final String documentNumber;
    private final LocalDate issueDate;
    private final LocalDate effectiveDate;
    private final LocalDate expiryDate;
    private final Validity validity;
    private final String supersededBy;
    private final Set<String> tags;

    private DocumentMetadata(Builder b) {
        this.source = b.source;
        this.issuingAuthority = b.issuingAuthority;
        this.documentNumber = b.documentNumber;
        this.issueDate = b.issueDate;
        this.effectiveDate = b.effectiveDate;
        this.expiryDate = b.expiryDate;
        this.validity = b.validity;
        this.supersededBy = b.supersededBy;
        this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(b.tags));
    }

    /** @return metadata with nothing set (validity {@link Validity#IN_FORCE}) */
    public static DocumentMetadata none() {
        return NONE;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this metadata's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.issuingAuthority = issuingAuthority;
        b.documentNumber = documentNumber;
        b.issueDate = issueDate;
        b.effectiveDate = effectiveDate;
        b.expiryDate = expiryDate;
        b.validity = validity;
        b.supersededBy = supersededBy;
        b.tags.addAll(tags);
        return b;
    }

    /** @return where the document came from (a site, a publisher, a file share), checked against a {@link SourceWhitelist} */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** @return the issuing authority (发文机关), for example {@code 国务院办公厅} */
    public Optional<String> issuingAuthority() {
        return Optional.ofNullable(issuingAuthority);
    }

    /** @return the document number (发文字号), for example {@code 国办发〔2023〕12号} */
    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    /** @return the date the document was issued (成文日期 / 发布日期) */
    public Optional<LocalDate> issueDate() {
        return Optional.ofNullable(issueDate);
    }

    /** @return the date the document takes effect (施行日期) */
    public Optional<LocalDate> effectiveDate() {
        return Optional.ofNullable(effectiveDate);
    }

    /** @return the last day the document applies (有效期至) */
    public Optional<LocalDate> expiryDate() {
        return Optional.ofNullable(expiryDate);
    }

    /** @return whether the document is in force, amended or repealed */
    public Validity validity() {
        return validity;
    }

    /** @return the id of the document that amends or replaces this one, if known */
    public Optional<String> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    /** @return the tags, in the order added, unmodifiable */
    public Set<String> tags() {
        return tags;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DocumentMetadata)) {
            return false;
        }
        DocumentMetadata m = (DocumentMetadata) o;
        return Objects.equals(source, m.source) && Objects.equals(issuingAuthority, m.issuingAuthority)
                && Objects.equals(documentNumber, m.documentNumber) && Objects.equals(issueDate, m.issueDate)
                && Objects.equals(effectiveDate, m.effectiveDate) && Objects.equals(expiryDate, m.expiryDate)
                && validity == m.validity && Objects.equals(supersededBy, m.supersededBy) && tags.equals(m.tags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, issuingAuthority, documentNumber, issueDate, effectiveDate, expiryDate,
                validity, supersededBy, tags);
    }

    @Override
    public String toString() {
        return "DocumentMetadata[source=" + source + ", authority=" + issuingAuthority + ", number=" + documentNumber
                + ", issued=" + issueDate + ", effective=" + effectiveDate + ", expiry=" + expiryDate
                + ", validity=" + validity + ", supersededBy=" + supersededBy + ", tags=" + tags + "]";
    }

    /**
     * Builds {@link DocumentMetadata}. Not thread-safe; {@link #build()} validates eagerly.
     * Blank strings count as "not set".
     */
    public static final class Builder {
        private String source;
        private String issuingAuthority;
        private String documentNumber;
        private LocalDate issueDate;
        private LocalDate effectiveDate;
        private LocalDate expiryDate;
        private Validity validity = Validity.IN_FORCE;
        private String supersededBy;
        private final Set<String> tags = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * @param source where the document came from, or {@code null}
         * @return this builder
         */
        public Builder source(String source) {
            this.source = blankToNull(source);
            return this;
        }

        /**
         * @param issuingAuthority the issuing authority (发文机关), or {@code null}
         * @return this builder
         */
        public Builder issuingAuthority(String issuingAuthority) {
            this.issuingAuthority = blankToNull(issuingAuthority);
            return this;
        }

        /**
         * @param documentNumber the document number (发文字号), or {@code null}
         * @return this builder
         */
        public Builder documentNumber(String documentNumber) {
            this.documentNumber = blankToNull(documentNumber);
            return this;
        }

        /**
         * @param issueDate the issue date, or {@code null}
         * @return this builder
         */
        public Builder issueDate(LocalDate issueDate) {
            this.issueDate = issueDate;
            return this;
        }

        /**
         * @param effectiveDate the date it takes effect, or {@code null}
         * @return this builder
         */
        public Builder effectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
            return this;
        }

        /**
         * @param expiryDate the last day it applies, or {@code null}
         * @return this builder
         */
        public Builder expiryDate(LocalDate expiryDate) {
            this.expiryDate = expiryDate;
            return this;
        }

        /**
         * @param validity in force, amended or repealed
         * @return this builder
         * @throws NullPointerException if validity is {@code null}
         */
        public Builder validity(Validity validity) {
            this.validity = Objects.requireNonNull(validity, "validity");
            return this;
        }

        /**
         * @param documentId the id of the amending or replacing document, or {@code null}
         * @return this builder
         */
        public Builder supersededBy(String documentId) {
            this.supersededBy = blankToNull(documentId);
            return this;
        }

        /**
         * Adds tags; blank tags are ignored, surrounding whitespace is trimmed.
         *
         * @param tags the tags
         * @return this builder
         * @throws NullPointerException if a tag is {@code null}
         */
        public Builder tags(String... tags) {
            for (String t : tags) {
                String v = Objects.requireNonNull(t, "tag").strip();
                if (!v.isEmpty()) {
                    this.tags.add(v);
                }
            }
            return this;
        }

        /**
         * Adds tags; blank tags are ignored, surrounding whitespace is trimmed.
         *
         * @param tags the tags
         * @return this builder
         * @throws NullPointerException if the collection or a tag is {@code null}
         */
        public Builder tags(Iterable<String> tags) {
            for (String t : tags) {
                tags(t);
            }
            return this;
        }

        /**
         * @return the metadata
         * @throws IllegalArgumentException if the expiry date is before the effective date, or a
         *     document in force names a superseding document
         */
        public DocumentMetadata build() {
            if (effectiveDate != null && expiryDate != null && expiryDate.isBefore(effectiveDate)) {
                throw new IllegalArgumentException("expiry date " + expiryDate + " is before effective date " + effectiveDate);
            }
            if (supersededBy != null && validity == Validity.IN_FORCE) {
                throw new IllegalArgumentException("a document in force cannot be superseded (by " + supersededBy
                        + "); set validity AMENDED or REPEALED");
            }
            return new DocumentMetadata(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
