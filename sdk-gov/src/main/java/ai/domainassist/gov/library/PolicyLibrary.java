package ai.domainassist.gov.library;

import ai.domainassist.core.text.ChineseDates;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.gov.check.PolicyReferences;
import ai.domainassist.gov.library.internal.ClauseIndex;
import ai.domainassist.gov.library.internal.TextExtraction;
import ai.domainassist.gov.model.Attachment;
import ai.domainassist.gov.model.Clause;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.model.ParsedTitle;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.gov.model.PolicyPassage;
import ai.domainassist.gov.model.PolicyRecord;
import ai.domainassist.gov.model.TextSpan;
import ai.domainassist.gov.model.Validity;
import ai.domainassist.gov.rules.OfficialDocumentParser;
import ai.domainassist.gov.rules.internal.Patterns;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * An authoritative policy library: official documents from whitelisted sources, each parsed into
 * its elements and clauses, with its validity (in force, amended, repealed and the superseding
 * document). Searches return clause-level hits with citations; the library also serves the
 * normative check's reference and duplicate rules ({@link PolicyReferences}).
 *
 * <p>Thread-safe: reads run in parallel, writes are exclusive.
 */
public final class PolicyLibrary implements PolicyReferences {

    private record Entry(PolicyRecord record, OfficialDocument document, List<String> titles) {
    }

    private record Indexed(int entry, Clause clause) {
    }

    private final Set<String> allowedSources;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> byTitle = new HashMap<>();
    private final Map<String, Integer> byNumber = new HashMap<>();
    private final ClauseIndex index = new ClauseIndex();
    private final List<Indexed> indexed = new ArrayList<>();

    private PolicyLibrary(Set<String> allowedSources) {
        this.allowedSources = Set.copyOf(allowedSources);
    }

    /**
     * A library accepting documents from the given sources only.
     *
     * @param allowedSources the whitelisted source names (for example 北京市人民政府, 国务院)
     * @return the empty library
     * @throws IllegalArgumentException if no source is given
     */
    public static PolicyLibrary whitelisting(String... allowedSources) {
        if (allowedSources.length == 0) {
            throw new IllegalArgumentException("at least one whitelisted source");
        }
        return new PolicyLibrary(new LinkedHashSet<>(List.of(allowedSources)));
    }

    /** @return the whitelisted sources */
    public Set<String> allowedSources() {
        return allowedSources;
    }

    /**
     * Reads a file (.txt, .md, .html) and adds it.
     *
     * @param file the file
     * @param meta its metadata
     * @return the record
     * @throws SourceNotAllowedException if the source is not whitelisted
     * @throws UnsupportedFormatException if the format is not supported
     * @throws IllegalArgumentException if the id is already in the library
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public PolicyRecord addFile(Path file, PolicyMetadata meta) {
        checkSource(meta);
        return addText(TextExtraction.read(file), meta);
    }

    /**
     * Parses a document's text and adds it.
     *
     * @param text the document's text
     * @param meta its metadata
     * @return the record
     * @throws SourceNotAllowedException if the source is not whitelisted
     * @throws IllegalArgumentException if the id is already in the library or the text is blank
     */
    public PolicyRecord addText(String text, PolicyMetadata meta) {
        Objects.requireNonNull(text, "text");
        checkSource(meta);
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty document " + meta.id());
        }
        OfficialDocument doc = OfficialDocumentParser.standard().parse(meta.id(), text);
        String title = doc.title().map(TextSpan::text).map(t -> t.replaceAll("[\\s\u3000]+", ""))
                .or(() -> doc.parsedTitle().map(ParsedTitle::text)).orElse(meta.id());
        String number = doc.documentNumber().map(n -> standardNumber(n.text())).orElse("");
        String authority = doc.parsedTitle().flatMap(ParsedTitle::authority)
                .or(() -> doc.signature().map(s -> s.text().split("\n")[0].strip())).orElse(meta.source());
        LocalDate date = doc.date().flatMap(d -> ChineseDates.parse(d.text().replaceAll("\\s", ""))).orElse(null);
        PolicyRecord rec = new PolicyRecord(meta.id(), title, number, authority,
                doc.type().orElse(null), date, meta.validity(), meta.supersededBy(), meta.source());
        List<String> titles = new ArrayList<>();
        titles.add(title);
        doc.parsedTitle().ifPresent(p -> {
            // 关于印发《……》的通知: the attached document is known by its own title too
            Matcher m = Patterns.BOOK_TITLE.matcher(p.text());
            while (m.find()) {
                titles.add(m.group(1));
            }
        });
        for (Attachment a : doc.attachments()) {
            if (!a.name().isEmpty()) {
                titles.add(a.name());
            }
        }
        lock.writeLock().lock();
        try {
            if (byId.containsKey(meta.id())) {
                throw new IllegalArgumentException("duplicate id " + meta.id());
            }
            int e = entries.size();
            entries.add(new Entry(rec, doc, List.copyOf(titles)));
            byId.put(rec.id(), e);
            for (String t : titles) {
                byTitle.putIfAbsent(fold(t), e);
            }
            if (!number.isEmpty()) {
                byNumber.put(number, e);
            }
            List<Clause> clauses = doc.clauses().isEmpty() && doc.body().isPresent()
                    ? List.of(new Clause("¶1", "", doc.body().get())) : doc.clauses();
            for (Clause c : clauses) {
                index.add(c.text());
                indexed.add(new Indexed(e, c));
            }
        } finally {
            lock.writeLock().unlock();
        }
        return rec;
    }

    private void checkSource(PolicyMetadata meta) {
        Objects.requireNonNull(meta, "meta");
        if (!allowedSources.contains(meta.source())) {
            throw new SourceNotAllowedException(meta.source());
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
            Integer e = byId.get(id);
            if (e == null) {
                throw new IllegalArgumentException("unknown policy " + id);
            }
            Entry old = entries.get(e);
            PolicyRecord r = old.record();
            PolicyRecord nr = new PolicyRecord(r.id(), r.title(), r.documentNumber(), r.authority(), r.type(), r.date(),
                    validity, supersededBy, r.source());
            entries.set(e, new Entry(nr, old.document(), old.titles()));
            return nr;
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
            Integer e = byId.get(id);
            return e == null ? Optional.empty() : Optional.of(entries.get(e).record());
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
            Integer e = byId.get(id);
            return e == null ? Optional.empty() : Optional.of(entries.get(e).document());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** @return every record, in the order added */
    public List<PolicyRecord> records() {
        lock.readLock().lock();
        try {
            return entries.stream().map(Entry::record).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Searches clauses.
     *
     * @param q the query with its filters
     * @return the hits, best first, at most {@code q.limit()}, each with its citation
     */
    public List<PolicyHit> search(PolicyQuery q) {
        Objects.requireNonNull(q, "query");
        lock.readLock().lock();
        try {
            List<PolicyHit> out = new ArrayList<>();
            for (double[] h : index.search(q.text(), i -> accepts(q, entries.get(indexed.get(i).entry()).record()),
                    q.limit())) {
                Indexed ix = indexed.get((int) h[0]);
                out.add(new PolicyHit(entries.get(ix.entry()).record(), ix.clause(), h[1]));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Clauses of policies in force now on a topic.
     *
     * @param topic the topic
     * @param limit the most hits
     * @return the hits, best first
     */
    public List<PolicyHit> inForce(String topic, int limit) {
        return search(PolicyQuery.of(topic).inForce().limit(limit));
    }

    private static boolean accepts(PolicyQuery q, PolicyRecord r) {
        if (!q.validity().contains(r.validity())) {
            return false;
        }
        if (q.authority().isPresent() && !(r.authority().contains(q.authority().get())
                || r.source().contains(q.authority().get()))) {
            return false;
        }
        if (q.year().isPresent() && r.issued().map(LocalDate::getYear).filter(y -> y.equals(q.year().get())).isEmpty()) {
            return false;
        }
        return q.type().isEmpty() || r.documentType().equals(q.type());
    }

    @Override
    public Optional<PolicyRecord> findByTitle(String title) {
        lock.readLock().lock();
        try {
            Integer e = byTitle.get(fold(title));
            return e == null ? Optional.empty() : Optional.of(entries.get(e).record());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<PolicyRecord> findByNumber(String documentNumber) {
        lock.readLock().lock();
        try {
            Integer e = byNumber.get(standardNumber(documentNumber));
            return e == null ? Optional.empty() : Optional.of(entries.get(e).record());
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
        String year = ai.domainassist.core.text.Width.toHalf(m.group("year"));
        String serial = ai.domainassist.core.text.Width.toHalf(m.group("serial")).replaceFirst("^0+(?=.)", "");
        return m.group("agency") + "〔" + year + "〕" + serial + "号";
    }

    private static String fold(String s) {
        return NormalizedText.of(s).folded();
    }
}
