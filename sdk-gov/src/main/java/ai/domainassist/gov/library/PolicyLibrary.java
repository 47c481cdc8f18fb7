package ai.domainassist.gov.library;

import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.core.text.Width;
import ai.domainassist.gov.check.PolicyReferences;
import ai.domainassist.gov.library.internal.ClauseChunker;
import ai.domainassist.gov.model.Attachment;
import ai.domainassist.gov.model.Clause;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.ParsedTitle;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.gov.model.PolicyPassage;
import ai.domainassist.gov.model.PolicyRecord;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.rules.OfficialDocumentParser;
import ai.domainassist.gov.rules.internal.Patterns;
import ai.domainassist.retrieval.Chunker;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.Ingestor;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.SourceNotAllowedException;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.Validity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;

/**
 * An authoritative policy library on the core retrieval ({@code sdk-retrieval}'s Lucene
 * {@link DocumentLibrary}): official documents from whitelisted sources only, each parsed into its
 * elements and chunked by its clauses, with its validity (in force, amended, repealed, and the
 * superseding document). Searches filter by authority, year, document type and validity and
 * return clause-level hits with citations; the library also serves the normative check's
 * reference and duplicate rules ({@link PolicyReferences}). Files are read by the retrieval
 * module's ingestion (.txt, .md, .html, .docx, .pdf). With a directory the index is on disk and
 * the library survives a restart.
 *
 * <p>Thread-safe: reads run in parallel, writes are exclusive. Close it to release the index.
 */
public final class PolicyLibrary implements PolicyReferences, AutoCloseable {
    private static final String TYPE_TAG = "type:";

    private record Entry(PolicyRecord record, OfficialDocument document, List<String> titles) {
    }

    private final SourceWhitelist whitelist;
    private final DocumentLibrary store;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, String> byTitle = new HashMap<>();
    private final Map<String, String> byNumber = new HashMap<>();

    private PolicyLibrary(SourceWhitelist whitelist, DocumentLibrary store) {
        this.whitelist = whitelist;
        this.store = store;
        for (Document d : store.list()) {
            index(d);
        }
    }

    /**
     * The chunker this library cuts documents with (one chunk per clause: 第X条, 一、, （一）...). A
     * {@link DocumentLibrary} given to {@link #on} must be built with it, so that hits are clauses.
     *
     * @return the chunker (stateless, thread-safe)
     */
    public static Chunker chunker() {
        return new ClauseChunker();
    }

    /**
     * A library stored and searched in a document library of the caller's, for example an
     * {@code OpenSearchLibrary} shared by every office, built with {@link #chunker()}. Documents
     * already in it are parsed again on open.
     *
     * @param store the document library (closed with this library)
     * @param allowedSources the whitelisted source names
     * @return the library
     * @throws IllegalArgumentException if no source is given
     * @throws ai.domainassist.retrieval.RetrievalException if the store cannot be read
     */
    public static PolicyLibrary on(DocumentLibrary store, String... allowedSources) {
        Objects.requireNonNull(store, "store");
        if (allowedSources.length == 0) {
            throw new IllegalArgumentException("at least one whitelisted source");
        }
        return new PolicyLibrary(SourceWhitelist.of(new LinkedHashSet<>(List.of(allowedSources))), store);
    }

    /**
     * An in-memory library accepting documents from the given sources only.
     *
     * @param allowedSources the whitelisted source names (for example 北京市人民政府, 国务院)
     * @return the empty library
     * @throws IllegalArgumentException if no source is given
     */
    public static PolicyLibrary whitelisting(String... allowedSources) {
        return open(null, allowedSources);
    }

    /**
     * A library kept in a directory: what was added before is there again after a restart.
     *
     * @param directory the index directory (created if needed), or {@code null} for memory
     * @param allowedSources the whitelisted source names
     * @return the library
     * @throws IllegalArgumentException if no source is given
     * @throws ai.domainassist.retrieval.RetrievalException if the index cannot be opened
     */
    public static PolicyLibrary open(Path directory, String... allowedSources) {
        if (allowedSources.length == 0) {
            throw new IllegalArgumentException("at least one whitelisted source");
        }
        SourceWhitelist whitelist = SourceWhitelist.of(new LinkedHashSet<>(List.of(allowedSources)));
        DocumentLibrary.Builder b = DocumentLibrary.builder().chunker(chunker()).sourceWhitelist(whitelist);
        return new PolicyLibrary(whitelist, directory == null ? b.inMemory().build() : b.directory(directory).build());
    }

    /** @return the whitelisted sources */
    public Set<String> allowedSources() {
        return whitelist.entries();
    }

    /**
     * Reads a file (.txt, .md, .html, .docx, .pdf, through {@code sdk-retrieval}'s {@link Ingestor})
     * and adds it.
     *
     * @param file the file
     * @param meta its metadata
     * @return the record
     * @throws SourceNotAllowedException if the source is not whitelisted
     * @throws ai.domainassist.retrieval.IngestionException if the file cannot be read or its type is not supported
     * @throws ai.domainassist.retrieval.DocumentExistsException if the id is already in the library
     */
    public PolicyRecord addFile(Path file, PolicyMetadata meta) {
        checkSource(meta);
        Document d = Ingestor.create().read(file, meta.id(), DocumentMetadata.none());
        return addText(d.text(), meta);
    }

    /**
     * Parses a document's text and adds it.
     *
     * @param text the document's text
     * @param meta its metadata
     * @return the record
     * @throws SourceNotAllowedException if the source is not whitelisted
     * @throws ai.domainassist.retrieval.DocumentExistsException if the id is already in the library
     * @throws IllegalArgumentException if the text is blank
     */
    public PolicyRecord addText(String text, PolicyMetadata meta) {
        Objects.requireNonNull(text, "text");
        checkSource(meta);
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty document " + meta.id());
        }
        OfficialDocument doc = OfficialDocumentParser.standard().parse(meta.id(), text);
        String title = titleOf(doc, meta.id());
        DocumentMetadata.Builder m = DocumentMetadata.builder().source(meta.source()).validity(meta.validity())
                .issuingAuthority(authorityOf(doc, meta.source()));
        doc.documentNumber().ifPresent(n -> m.documentNumber(standardNumber(n.text())));
        dateOf(doc).ifPresent(m::issueDate);
        if (!meta.supersededBy().isEmpty()) {
            m.supersededBy(meta.supersededBy());
        }
        doc.type().ifPresent(t -> m.tags(TYPE_TAG + t.name()));
        Document d = new Document(meta.id(), title, text, m.build());
        lock.writeLock().lock();
        try {
            store.add(d);
            return index(d);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private PolicyRecord index(Document d) {
        OfficialDocument doc = OfficialDocumentParser.standard().parse(d.id(), d.text());
        DocumentMetadata m = d.metadata();
        DocumentType type = m.tags().stream().filter(t -> t.startsWith(TYPE_TAG))
                .map(t -> DocumentType.valueOf(t.substring(TYPE_TAG.length()))).findFirst().orElse(null);
        PolicyRecord rec = new PolicyRecord(d.id(), d.title(), m.documentNumber().orElse(""),
                m.issuingAuthority().orElse(""), type, m.issueDate().orElse(null), m.validity(),
                m.supersededBy().orElse(""), m.source().orElse(""));
        List<String> titles = new ArrayList<>();
        titles.add(rec.title());
        doc.parsedTitle().ifPresent(p -> {
            // 关于印发《……》的通知: the attached document is known by its own title too
            Matcher mt = Patterns.BOOK_TITLE.matcher(p.text());
            while (mt.find()) {
                titles.add(mt.group(1));
            }
        });
        for (Attachment a : doc.attachments()) {
            if (!a.name().isEmpty()) {
                titles.add(a.name());
            }
        }
        byId.put(rec.id(), new Entry(rec, doc, List.copyOf(titles)));
        for (String t : titles) {
            byTitle.putIfAbsent(fold(t), rec.id());
        }
        if (!rec.documentNumber().isEmpty()) {
            byNumber.put(rec.documentNumber(), rec.id());
        }
        return rec;
    }

    private static String titleOf(OfficialDocument doc, String id) {
        return doc.title().map(TextSpan::text).map(t -> t.replaceAll("[\\s\u3000]+", ""))
                .or(() -> doc.parsedTitle().map(ParsedTitle::text)).orElse(id);
    }

    private static String authorityOf(OfficialDocument doc, String source) {
        return doc.parsedTitle().flatMap(ParsedTitle::authority)
                .or(() -> doc.signature().map(s -> s.text().split("\n")[0].strip())).orElse(source);
    }

    private static Optional<LocalDate> dateOf(OfficialDocument doc) {
        return doc.date().flatMap(d -> ChineseDates.parse(d.text().replaceAll("\\s", "")));
    }

    private void checkSource(PolicyMetadata meta) {
        Objects.requireNonNull(meta, "meta");
        if (!whitelist.allows(meta.source())) {
            throw new SourceNotAllowedException(meta.id(), meta.source());
        }
    }

    /**
     * Changes a policy's validity (it was repealed or amended later).
     *
     * @param id the policy's id
     * @param validity the new validity
     * @param supersededBy the superseding document, or empty
     * @return the updated record
     * @throws IllegalArgumentException if the id is unknown
     */
    public PolicyRecord setValidity(String id, Validity validity, String supersededBy) {
        lock.writeLock().lock();
        try {
            Document d = store.get(id).orElseThrow(() -> new IllegalArgumentException("unknown policy " + id));
            DocumentMetadata.Builder m = d.metadata().toBuilder().validity(validity);
            m.supersededBy(supersededBy.isEmpty() ? null : supersededBy);
            Document nd = d.withMetadata(m.build());
            store.replace(nd);
            return index(nd);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * @param id a policy id
     * @return its record
     */
    public Optional<PolicyRecord> get(String id) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id)).map(Entry::record);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * @param id a policy id
     * @return its parsed document
     */
    public Optional<OfficialDocument> document(String id) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id)).map(Entry::document);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** @return every record, in the order added (after a restart: by id) */
    public List<PolicyRecord> records() {
        lock.readLock().lock();
        try {
            return byId.values().stream().map(Entry::record).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Searches clauses (BM25 over the clause chunks).
     *
     * @param q the query with its filters
     * @return the hits, best first, at most {@code q.limit()}, each with its citation
     */
    public List<PolicyHit> search(PolicyQuery q) {
        Objects.requireNonNull(q, "query");
        if (q.text().isBlank()) {
            return List.of();
        }
        Filter.Builder f = Filter.builder().validities(q.validity().toArray(new Validity[0]));
        q.year().ifPresent(y -> f.issuedBetween(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        q.type().ifPresent(t -> f.tags(TYPE_TAG + t.name()));
        int fetch = q.authority().isPresent() ? Math.min(SearchRequest.MAX_TOP_K, q.limit() * 5) : q.limit();
        List<Hit> hits = store.search(SearchRequest.of(q.text(), fetch).withFilter(f.build()));
        lock.readLock().lock();
        try {
            List<PolicyHit> out = new ArrayList<>();
            for (Hit h : hits) {
                Entry e = byId.get(h.documentId());
                if (e == null || q.authority().isPresent() && !(e.record().authority().contains(q.authority().get())
                        || e.record().source().contains(q.authority().get()))) {
                    continue;
                }
                out.add(new PolicyHit(e.record(), clauseAt(e.document(), h), h.score()));
                if (out.size() == q.limit()) {
                    break;
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static Clause clauseAt(OfficialDocument doc, Hit h) {
        int start = h.citation().start();
        for (Clause c : doc.clauses()) {
            if (c.span().start() == start && c.span().end() == h.citation().end()) {
                return c;
            }
        }
        String path = h.citation().headingPath().isEmpty() ? "¶" : h.citation().heading();
        return new Clause(path, "", new TextSpan(h.citation().quote(), start, h.citation().end()));
    }

    /**
     * Clauses of policies in force now (in force or amended) on a topic.
     *
     * @param topic the topic
     * @param limit the most hits
     * @return the hits, best first
     */
    public List<PolicyHit> inForce(String topic, int limit) {
        return search(PolicyQuery.of(topic).inForce().limit(limit));
    }

    @Override
    public Optional<PolicyRecord> findByTitle(String title) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byTitle.get(fold(title))).map(byId::get).map(Entry::record);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<PolicyRecord> findByNumber(String documentNumber) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byNumber.get(standardNumber(documentNumber))).map(byId::get).map(Entry::record);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<PolicyPassage> passagesLike(String text, int limit) {
        List<PolicyPassage> out = new ArrayList<>();
        for (PolicyHit h : search(PolicyQuery.of(text).inForce().limit(limit))) {
            out.add(new PolicyPassage(h.policy(), h.clause()));
        }
        return out;
    }

    /** Releases the index (and its directory lock). Idempotent. */
    @Override
    public void close() {
        store.close();
    }

    /**
     * The standard form of a 发文字号: 〔〕 brackets, no 第, no leading zeros, half-width digits.
     *
     * @param number the number as written
     * @return the standard form, or the input folded when it is not a document number
     */
    static String standardNumber(String number) {
        Matcher m = Patterns.DOCUMENT_NUMBER.matcher(number.strip());
        if (!m.find()) {
            return fold(number);
        }
        String year = Width.toHalf(m.group("year"));
        String serial = Width.toHalf(m.group("serial")).replaceFirst("^0+(?=.)", "");
        return m.group("agency") + "〔" + year + "〕" + serial + "号";
    }

    private static String fold(String s) {
        return NormalizedText.of(s).folded();
    }
}
