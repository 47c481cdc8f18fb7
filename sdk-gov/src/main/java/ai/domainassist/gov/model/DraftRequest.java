package ai.domainassist.gov.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a writer asks to be drafted. Every header element of the draft (发文机关, 发文字号, 签发人,
 * 主送机关, 署名, 成文日期) is copied from here and never written by a model.
 *
 * <p>Immutable and thread-safe; build with {@link #builder(DocumentType)}.
 */
public final class DraftRequest {
    private final DocumentType type;
    private final String authority;
    private final List<String> addressees;
    private final String subject;
    private final List<KeyPoint> keyPoints;
    private final List<String> references;
    private final Urgency urgency;
    private final Secrecy secrecy;
    private final List<String> attachments;
    private final String agencyCode;
    private final int serial;
    private final List<String> signers;
    private final LocalDate date;
    private final List<String> copyTo;

    private DraftRequest(Builder b) {
        this.type = b.type;
        this.authority = b.authority;
        this.addressees = List.copyOf(b.addressees);
        this.subject = b.subject;
        this.keyPoints = List.copyOf(b.keyPoints);
        this.references = List.copyOf(b.references);
        this.urgency = b.urgency;
        this.secrecy = b.secrecy;
        this.attachments = List.copyOf(b.attachments);
        this.agencyCode = b.agencyCode;
        this.serial = b.serial;
        this.signers = List.copyOf(b.signers);
        this.date = b.date;
        this.copyTo = List.copyOf(b.copyTo);
    }

    /**
     * @param type the document type
     * @return a builder
     * @throws NullPointerException if {@code type} is {@code null}
     */
    public static Builder builder(DocumentType type) {
        return new Builder(Objects.requireNonNull(type, "type"));
    }

    /** @return the document type */
    public DocumentType type() {
        return type;
    }

    /** @return the issuing body (发文机关), full name or standard short name */
    public String authority() {
        return authority;
    }

    /** @return the main addressees (主送机关) */
    public List<String> addressees() {
        return addressees;
    }

    /** @return the matter (事由), without 关于 and without the type */
    public String subject() {
        return subject;
    }

    /** @return the key points of the body */
    public List<KeyPoint> keyPoints() {
        return keyPoints;
    }

    /** @return library ids of documents the draft may cite */
    public List<String> references() {
        return references;
    }

    /** @return the urgency */
    public Urgency urgency() {
        return urgency;
    }

    /** @return the secrecy level */
    public Secrecy secrecy() {
        return secrecy;
    }

    /** @return the attachments' names */
    public List<String> attachments() {
        return attachments;
    }

    /** @return the 机关代字 of the 发文字号 (京政发), when given */
    public Optional<String> agencyCode() {
        return agencyCode.isEmpty() ? Optional.empty() : Optional.of(agencyCode);
    }

    /** @return the serial number of the 发文字号, 0 when not given */
    public int serial() {
        return serial;
    }

    /** @return the 签发人 (for upward documents) */
    public List<String> signers() {
        return signers;
    }

    /** @return the 成文日期 */
    public LocalDate date() {
        return date;
    }

    /** @return the 抄送机关 */
    public List<String> copyTo() {
        return copyTo;
    }

    /** Builds a {@link DraftRequest}. Not thread-safe. */
    public static final class Builder {
        private final DocumentType type;
        private String authority = "";
        private final List<String> addressees = new ArrayList<>();
        private String subject = "";
        private final List<KeyPoint> keyPoints = new ArrayList<>();
        private final List<String> references = new ArrayList<>();
        private Urgency urgency = Urgency.NONE;
        private Secrecy secrecy = Secrecy.NONE;
        private final List<String> attachments = new ArrayList<>();
        private String agencyCode = "";
        private int serial;
        private final List<String> signers = new ArrayList<>();
        private LocalDate date;
        private final List<String> copyTo = new ArrayList<>();

        private Builder(DocumentType type) {
            this.type = type;
        }

        /** @param v the issuing body @return this */
        public Builder authority(String v) {
            this.authority = Objects.requireNonNull(v, "authority").strip();
            return this;
        }

        /** @param v the main addressees @return this */
        public Builder addressees(String... v) {
            for (String s : v) {
                addressees.add(Objects.requireNonNull(s, "addressee").strip());
            }
            return this;
        }

        /** @param v the matter, without 关于 and the type word @return this */
        public Builder subject(String v) {
            this.subject = Objects.requireNonNull(v, "subject").strip();
            return this;
        }

        /** @param v a key point (with its sub-points) @return this */
        public Builder keyPoint(KeyPoint v) {
            keyPoints.add(Objects.requireNonNull(v, "keyPoint"));
            return this;
        }

        /** @param text a key point without sub-points @return this */
        public Builder keyPoint(String text) {
            return keyPoint(new KeyPoint(text, List.of()));
        }

        /** @param ids library ids the draft may cite @return this */
        public Builder references(String... ids) {
            references.addAll(List.of(ids));
            return this;
        }

        /** @param v the urgency @return this */
        public Builder urgency(Urgency v) {
            this.urgency = Objects.requireNonNull(v);
            return this;
        }

        /** @param v the secrecy level @return this */
        public Builder secrecy(Secrecy v) {
            this.secrecy = Objects.requireNonNull(v);
            return this;
        }

        /** @param names attachment names @return this */
        public Builder attachments(String... names) {
            attachments.addAll(List.of(names));
            return this;
        }

        /**
         * @param agency the 机关代字, for example 京政发
         * @param serialNumber the serial number, from 1
         * @return this
         * @throws IllegalArgumentException if the serial is not positive
         */
        public Builder documentNumber(String agency, int serialNumber) {
            if (serialNumber < 1) {
                throw new IllegalArgumentException("serial must be positive");
            }
            this.agencyCode = Objects.requireNonNull(agency).strip();
            this.serial = serialNumber;
            return this;
        }

        /** @param names the 签发人 @return this */
        public Builder signers(String... names) {
            signers.addAll(List.of(names));
            return this;
        }

        /** @param v the 成文日期 @return this */
        public Builder date(LocalDate v) {
            this.date = Objects.requireNonNull(v);
            return this;
        }

        /** @param v the 抄送机关 @return this */
        public Builder copyTo(String... v) {
            copyTo.addAll(List.of(v));
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if the authority, subject or date is missing
         */
        public DraftRequest build() {
            if (authority.isEmpty() || subject.isEmpty() || date == null) {
                throw new IllegalArgumentException("a draft request needs authority, subject and date");
            }
            for (KeyPoint k : keyPoints) {
                if (k.depth() > 4) {
                    throw new IllegalArgumentException("key points nest at most four levels: " + k.text());
                }
            }
            return new DraftRequest(this);
        }
    }
}
