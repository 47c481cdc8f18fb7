package ai.domainassist.gov.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An official document (公文) with its elements as GB/T 9704-2012 names them, each located in the
 * text. Produced by {@code rules.OfficialDocumentParser}; absent elements are empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficialDocument {
    private final String sourceId;
    private final String text;
    private final TextSpan copyNumber;
    private final TextSpan secrecy;
    private final TextSpan urgency;
    private final TextSpan issuerMark;
    private final TextSpan documentNumber;
    private final TextSpan signers;
    private final TextSpan serialMark;
    private final TextSpan title;
    private final ParsedTitle parsedTitle;
    private final TextSpan addresseeLine;
    private final List<TextSpan> addressees;
    private final TextSpan body;
    private final List<TextSpan> paragraphs;
    private final List<Heading> headings;
    private final List<Clause> clauses;
    private final TextSpan attachmentNote;
    private final List<Attachment> listedAttachments;
    private final TextSpan signature;
    private final TextSpan date;
    private final TextSpan note;
    private final List<Attachment> attachments;
    private final TextSpan copyTo;
    private final TextSpan printing;

    private OfficialDocument(Builder b) {
        this.sourceId = Objects.requireNonNull(b.sourceId, "sourceId");
        this.text = Objects.requireNonNull(b.text, "text");
        this.copyNumber = b.copyNumber;
        this.secrecy = b.secrecy;
        this.urgency = b.urgency;
        this.issuerMark = b.issuerMark;
        this.documentNumber = b.documentNumber;
        this.signers = b.signers;
        this.serialMark = b.serialMark;
        this.title = b.title;
        this.parsedTitle = b.parsedTitle;
        this.addresseeLine = b.addresseeLine;
        this.addressees = List.copyOf(b.addressees);
        this.body = b.body;
        this.paragraphs = List.copyOf(b.paragraphs);
        this.headings = List.copyOf(b.headings);
        this.clauses = List.copyOf(b.clauses);
        this.attachmentNote = b.attachmentNote;
        this.listedAttachments = List.copyOf(b.listedAttachments);
        this.signature = b.signature;
        this.date = b.date;
        this.note = b.note;
        this.attachments = List.copyOf(b.attachments);
        this.copyTo = b.copyTo;
        this.printing = b.printing;
    }

    /**
     * A builder for a document over a text.
     *
     * @param sourceId the id citations of this document use
     * @param text the full text
     * @return the builder
     */
    public static Builder builder(String sourceId, String text) {
        return new Builder(sourceId, text);
    }

    /** @return the id citations of this document use */
    public String sourceId() {
        return sourceId;
    }

    /** @return the full text */
    public String text() {
        return text;
    }

    /** @return 份号 */
    public Optional<TextSpan> copyNumber() {
        return Optional.ofNullable(copyNumber);
    }

    /** @return 密级和保密期限 */
    public Optional<TextSpan> secrecy() {
        return Optional.ofNullable(secrecy);
    }

    /** @return 紧急程度 */
    public Optional<TextSpan> urgency() {
        return Optional.ofNullable(urgency);
    }

    /** @return 发文机关标志 */
    public Optional<TextSpan> issuerMark() {
        return Optional.ofNullable(issuerMark);
    }

    /** @return 发文字号 */
    public Optional<TextSpan> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    /** @return the names after 签发人： */
    public Optional<TextSpan> signers() {
        return Optional.ofNullable(signers);
    }

    /** @return a 令号 or 期号 line (第732号, 第5期) under the mark of a 命令 or 纪要 */
    public Optional<TextSpan> serialMark() {
        return Optional.ofNullable(serialMark);
    }

    /** @return 标题 */
    public Optional<TextSpan> title() {
        return Optional.ofNullable(title);
    }

    /**
     * The parsed title; for a 命令 or 纪要 written without a title, the parsed 发文机关标志.
     *
     * @return the parsed title
     */
    public Optional<ParsedTitle> parsedTitle() {
        return Optional.ofNullable(parsedTitle);
    }

    /** @return the statutory type the title (or the mark of a 命令/纪要) names */
    public Optional<DocumentType> type() {
        return parsedTitle().flatMap(ParsedTitle::type);
    }

    /** @return the 主送机关 line, colon included */
    public Optional<TextSpan> addresseeLine() {
        return Optional.ofNullable(addresseeLine);
    }

    /** @return the main addressees, one span each */
    public List<TextSpan> addressees() {
        return addressees;
    }

    /** @return 正文 */
    public Optional<TextSpan> body() {
        return Optional.ofNullable(body);
    }

    /** @return the body's paragraphs (one per line), in order */
    public List<TextSpan> paragraphs() {
        return paragraphs;
    }

    /** @return the body's numbered headings, in order */
    public List<Heading> headings() {
        return headings;
    }

    /** @return the body's clauses, in order */
    public List<Clause> clauses() {
        return clauses;
    }

    /** @return 附件说明 */
    public Optional<TextSpan> attachmentNote() {
        return Optional.ofNullable(attachmentNote);
    }

    /** @return the attachments the 附件说明 lists */
    public List<Attachment> listedAttachments() {
        return listedAttachments;
    }

    /** @return 发文机关署名 (for a 命令, the signer's post and name) */
    public Optional<TextSpan> signature() {
        return Optional.ofNullable(signature);
    }

    /** @return 成文日期 */
    public Optional<TextSpan> date() {
        return Optional.ofNullable(date);
    }

    /** @return 附注 */
    public Optional<TextSpan> note() {
        return Optional.ofNullable(note);
    }

    /** @return the attachments that follow the main text (附件), each with its label's span */
    public List<Attachment> attachments() {
        return attachments;
    }

    /** @return 抄送机关 */
    public Optional<TextSpan> copyTo() {
        return Optional.ofNullable(copyTo);
    }

    /** @return 印发机关和印发日期 */
    public Optional<TextSpan> printing() {
        return Optional.ofNullable(printing);
    }

    @Override
    public String toString() {
        return "OfficialDocument[" + sourceId + ", " + (parsedTitle == null ? "untitled" : parsedTitle.text()) + "]";
    }

    /** Collects the elements of an {@link OfficialDocument}. Not thread-safe. */
    public static final class Builder {
        private final String sourceId;
        private final String text;
        private TextSpan copyNumber;
        private TextSpan secrecy;
        private TextSpan urgency;
        private TextSpan issuerMark;
        private TextSpan documentNumber;
        private TextSpan signers;
        private TextSpan serialMark;
        private TextSpan title;
        private ParsedTitle parsedTitle;
        private TextSpan addresseeLine;
        private final List<TextSpan> addressees = new ArrayList<>();
        private TextSpan body;
        private final List<TextSpan> paragraphs = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();
        private final List<Clause> clauses = new ArrayList<>();
        private TextSpan attachmentNote;
        private final List<Attachment> listedAttachments = new ArrayList<>();
        private TextSpan signature;
        private TextSpan date;
        private TextSpan note;
        private final List<Attachment> attachments = new ArrayList<>();
        private TextSpan copyTo;
        private TextSpan printing;

        private Builder(String sourceId, String text) {
            this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
            this.text = Objects.requireNonNull(text, "text");
        }

        /** @param v 份号 @return this */
        public Builder copyNumber(TextSpan v) {
            this.copyNumber = v;
            return this;
        }

        /** @param v 密级 @return this */
        public Builder secrecy(TextSpan v) {
            this.secrecy = v;
            return this;
        }

        /** @param v 紧急程度 @return this */
        public Builder urgency(TextSpan v) {
            this.urgency = v;
            return this;
        }

        /** @param v 发文机关标志 @return this */
        public Builder issuerMark(TextSpan v) {
            this.issuerMark = v;
            return this;
        }

        /** @param v 发文字号 @return this */
        public Builder documentNumber(TextSpan v) {
            this.documentNumber = v;
            return this;
        }

        /** @param v the names after 签发人 @return this */
        public Builder signers(TextSpan v) {
            this.signers = v;
            return this;
        }

        /** @param v 令号 or 期号 @return this */
        public Builder serialMark(TextSpan v) {
            this.serialMark = v;
            return this;
        }

        /** @param span 标题 @param parsed its parse @return this */
        public Builder title(TextSpan span, ParsedTitle parsed) {
            this.title = span;
            this.parsedTitle = parsed;
            return this;
        }

        /** @param parsed the parse of the mark standing for a title @return this */
        public Builder parsedTitle(ParsedTitle parsed) {
            this.parsedTitle = parsed;
            return this;
        }

        /** @param line the 主送机关 line @param names the addressees @return this */
        public Builder addressees(TextSpan line, List<TextSpan> names) {
            this.addresseeLine = line;
            this.addressees.addAll(names);
            return this;
        }

        /** @param v 正文 @return this */
        public Builder body(TextSpan v) {
            this.body = v;
            return this;
        }

        /** @param v a paragraph @return this */
        public Builder paragraph(TextSpan v) {
            this.paragraphs.add(Objects.requireNonNull(v));
            return this;
        }

        /** @param v a heading @return this */
        public Builder heading(Heading v) {
            this.headings.add(Objects.requireNonNull(v));
            return this;
        }

        /** @param v a clause @return this */
        public Builder clause(Clause v) {
            this.clauses.add(Objects.requireNonNull(v));
            return this;
        }

        /** @param note 附件说明 @param listed the attachments it lists @return this */
        public Builder attachmentNote(TextSpan note, List<Attachment> listed) {
            this.attachmentNote = note;
            this.listedAttachments.addAll(listed);
            return this;
        }

        /** @param v 署名 @return this */
        public Builder signature(TextSpan v) {
            this.signature = v;
            return this;
        }

        /** @param v 成文日期 @return this */
        public Builder date(TextSpan v) {
            this.date = v;
            return this;
        }

        /** @param v 附注 @return this */
        public Builder note(TextSpan v) {
            this.note = v;
            return this;
        }

        /** @param v an attachment after the main text @return this */
        public Builder attachment(Attachment v) {
            this.attachments.add(Objects.requireNonNull(v));
            return this;
        }

        /** @param v 抄送 @return this */
        public Builder copyTo(TextSpan v) {
            this.copyTo = v;
            return this;
        }

        /** @param v 印发机关和印发日期 @return this */
        public Builder printing(TextSpan v) {
            this.printing = v;
            return this;
        }

        /** @return the document */
        public OfficialDocument build() {
            return new OfficialDocument(this);
        }
    }
}
