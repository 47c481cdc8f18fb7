package ai.domainassist.retrieval.internal.lucene;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Chunker;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentExistsException;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentNotFoundException;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.RetrievalException;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.SourceNotAllowedException;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.TextAnalysis;
import ai.domainassist.retrieval.internal.embed.CachingEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link DocumentLibrary}: one embedded Lucene index (in memory or on disk), one
 * {@link IndexWriter} guarded by a lock for the writes, a near-real-time {@link SearcherManager}
 * for the reads. Each write commits and refreshes before it returns, so it is durable and visible.
 *
 * <p>Thread-safe.
 */
public final class LuceneDocumentLibrary implements DocumentLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneDocumentLibrary.class);

    private final String location;
    private final Directory directory;
    private final Analyzer analyzer;
    private final Chunker chunker;
    private final CachingEmbedder embedder;
    private final SourceWhitelist whitelist;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneSearch search;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<String, String> commitData = new HashMap<>();
    /** The vector length of the index, 0 until the first vector is written; guarded by the write lock. */
    private int dimensions;

    /** A document's Lucene records, ready to write, and the length of its vectors (0 if none). */
    private record Prepared(String id, List<List<IndexableField>> records, int dimensions) {
    }

    /**
     * Opens or creates the index.
     *
     * @param path the index directory, or {@code null} for memory
     * @param analysis the text analysis
     * @param chunker the chunker
     * @param embedder the embedder, or {@code null}
     * @param cacheSize the embedding cache's size
     * @param whitelist the source whitelist
     * @throws RetrievalException if the index cannot be opened or does not fit these settings
     */
    public LuceneDocumentLibrary(Path path, TextAnalysis analysis, Chunker chunker, Embedder embedder,
                                 long cacheSize, SourceWhitelist whitelist) {
        this.location = path == null ? "in-memory index" : "index at " + path;
        this.chunker = chunker;
        this.embedder = embedder == null ? null : new CachingEmbedder(embedder, cacheSize);
        this.whitelist = whitelist;
        this.analyzer = Analyzers.create(analysis);
        Directory dir = null;
        IndexWriter w = null;
        try {
            if (path == null) {
                dir = new ByteBuffersDirectory();
            } else {
                Files.createDirectories(path);
                dir = FSDirectory.open(path);
            }
            Map<String, String> existing = DirectoryReader.indexExists(dir)
                    ? SegmentInfos.readLatestCommit(dir).getUserData() : null;
            w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            checkSettings(existing, analysis, w);
            w.setLiveCommitData(commitData.entrySet());
            w.commit();
            this.directory = dir;
            this.writer = w;
            this.searchers = new SearcherManager(w, null);
            this.search = new LuceneSearch(analyzer, this.embedder, whitelist);
        } catch (LockObtainFailedException e) {
            closeQuietly(w, dir);
            throw new RetrievalException(location + " is open in another library (or process); close that first", e);
        } catch (IOException e) {
            closeQuietly(w, dir);
            throw new RetrievalException("cannot open " + location + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(w, dir);
            throw e;
        }
    }

    private void checkSettings(Map<String, String> existing, TextAnalysis analysis, IndexWriter w) {
        String embedderId = embedder == null ? "" : embedder.id();
        if (existing != null && existing.containsKey(Schema.DATA_SCHEMA)) {
            if (!Schema.SCHEMA_VERSION.equals(existing.get(Schema.DATA_SCHEMA))) {
                throw new RetrievalException(location + " has index schema " + existing.get(Schema.DATA_SCHEMA)
                        + "; this version reads schema " + Schema.SCHEMA_VERSION);
            }
            if (!analysis.name().equals(existing.get(Schema.DATA_ANALYSIS))) {
                throw new RetrievalException(location + " was built with text analysis "
                        + existing.get(Schema.DATA_ANALYSIS) + "; open it with the same analysis, or rebuild it");
            }
            String had = existing.getOrDefault(Schema.DATA_EMBEDDER, "");
            if (!had.equals(embedderId) && w.getDocStats().numDocs > 0) {
                throw new RetrievalException(location + " holds vectors of embedder '" + had
                        + "' but the library is configured with '" + embedderId
                        + "'; open it with the same embedder, or rebuild it");
            }
            if (had.equals(embedderId) && existing.containsKey(Schema.DATA_DIMENSIONS)) {
                dimensions = Integer.parseInt(existing.get(Schema.DATA_DIMENSIONS));
                commitData.put(Schema.DATA_DIMENSIONS, existing.get(Schema.DATA_DIMENSIONS));
            }
        } else if (existing != null && w.getDocStats().numDocs > 0) {
            throw new RetrievalException(location + " holds a Lucene index not written by a document library");
        }
        commitData.put(Schema.DATA_SCHEMA, Schema.SCHEMA_VERSION);
        commitData.put(Schema.DATA_ANALYSIS, analysis.name());
        commitData.put(Schema.DATA_EMBEDDER, embedderId);
    }

    @Override
    public void add(Document document) {
        addAll(List.of(document));
    }

    @Override
    public void addAll(Collection<Document> documents) {
        ensureOpen();
        Set<String> ids = new HashSet<>();
        for (Document d : documents) {
            checkSource(d);
            if (!ids.add(d.id())) {
                throw new DocumentExistsException(d.id());
            }
        }
        List<Prepared> prepared = new ArrayList<>(documents.size());
        for (Document d : documents) {
            prepared.add(prepare(d));
        }
        write(() -> {
            for (Prepared p : prepared) {
                if (exists(p.id())) {
                    throw new DocumentExistsException(p.id());
                }
                acceptDimensions(p);
            }
            for (Prepared p : prepared) {
                writer.addDocuments(p.records());
            }
            return null;
        });
    }

    @Override
    public void replace(Document document) {
        ensureOpen();
        checkSource(document);
        Prepared prepared = prepare(document);
        write(() -> {
            if (!exists(document.id())) {
                throw new DocumentNotFoundException(document.id());
            }
            acceptDimensions(prepared);
            writer.updateDocuments(new Term(Schema.ID, document.id()), prepared.records());
            return null;
        });
    }

    @Override
    public boolean delete(String documentId) {
        ensureOpen();
        return write(() -> {
            if (!exists(documentId)) {
                return false;
            }
            writer.deleteDocuments(new Term(Schema.ID, documentId));
            return true;
        });
    }

    @Override
    public Optional<Document> get(String documentId) {
        return read(s -> {
            ScoreDoc[] docs = s.search(byId(Schema.KIND_DOC, documentId), 1).scoreDocs;
            return docs.length == 0 ? Optional.<Document>empty()
                    : Optional.of(Schema.document(s.storedFields().document(docs[0].doc)));
        });
    }

    @Override
    public List<Chunk> chunks(String documentId) {
        return read(s -> {
            Query q = byId(Schema.KIND_CHUNK, documentId);
            int n = s.count(q);
            List<Chunk> out = new ArrayList<>(n);
            if (n == 0) {
                return out;
            }
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, n).scoreDocs) {
                out.add(Schema.chunk(stored.document(sd.doc)));
            }
            out.sort(Comparator.comparingInt(Chunk::index));
            return out;
        });
    }

    @Override
    public List<Document> list() {
        return read(s -> {
            Query q = FilterQueries.visible(Schema.KIND_DOC, whitelist);
            int n = s.count(q);
            List<Document> out = new ArrayList<>(n);
            if (n == 0) {
                return out;
            }
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, n, new Sort(new SortField(Schema.ID_SORT, SortField.Type.STRING))).scoreDocs) {
                out.add(Schema.document(stored.document(sd.doc)));
            }
            return out;
        });
    }

    @Override
    public int count() {
        return read(s -> s.count(FilterQueries.visible(Schema.KIND_DOC, whitelist)));
    }

    @Override
    public List<Hit> search(SearchRequest request) {
        return read(s -> search.search(s, request));
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        writeLock.lock();
        try {
            try {
                searchers.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("closing the searchers of {} failed: {}", location, e.toString());
            }
            closeQuietly(writer, directory);
            analyzer.close();
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "LuceneDocumentLibrary[" + location + "]";
    }

    // ---- writes ----

    private void checkSource(Document d) {
        if (!whitelist.allows(d.metadata())) {
            throw new SourceNotAllowedException(d.id(), d.metadata().source().orElse(null));
        }
    }

    /** Chunks and embeds a document, outside the write lock (embedding may call a model). */
    private Prepared prepare(Document d) {
        List<Chunk> chunks = chunker.chunk(d);
        for (Chunk c : chunks) {
            if (!c.documentId().equals(d.id()) || c.end() > d.text().length()
                    || !d.text().regionMatches(c.start(), c.text(), 0, c.text().length())) {
                throw new RetrievalException("chunker " + chunker.getClass().getName() + " returned chunk " + c.index()
                        + " of document '" + d.id() + "' whose text is not the span it names");
            }
        }
        List<float[]> vectors = null;
        int dim = 0;
        if (embedder != null && !chunks.isEmpty()) {
            List<String> texts = new ArrayList<>(chunks.size());
            for (Chunk c : chunks) {
                texts.add(LuceneSearch.embeddingText(d.title(), c));
            }
            vectors = new ArrayList<>(embedder.embed(texts));
            dim = checkVectors(vectors);
        }
        return new Prepared(d.id(), Schema.records(d, chunks, vectors), dim);
    }

    /** Under the write lock: the document's vectors must have the index's length; the first fixes it. */
    private void acceptDimensions(Prepared p) {
        if (p.dimensions() == 0) {
            return;
        }
        if (dimensions == 0) {
            dimensions = p.dimensions();
            commitData.put(Schema.DATA_DIMENSIONS, Integer.toString(dimensions));
        } else if (dimensions != p.dimensions()) {
            throw new RetrievalException("embedder " + embedder.id() + " returned " + p.dimensions()
                    + " dimensions; the index holds vectors of " + dimensions);
        }
    }

    private int checkVectors(List<float[]> vectors) {
        int dim = vectors.get(0).length;
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            if (v.length != dim) {
                throw new RetrievalException("embedder " + embedder.id() + " returned vectors of unequal length");
            }
            if (isZero(v)) {
                LOG.warn("embedder {} returned a zero vector; the chunk is searchable by keyword only", embedder.id());
                vectors.set(i, null);
            }
        }
        if (dim > LuceneSearch.MAX_DIMENSIONS) {
            throw new RetrievalException("embedder " + embedder.id() + " returns " + dim
                    + " dimensions; the index supports at most " + LuceneSearch.MAX_DIMENSIONS
                    + " (ask the model for fewer dimensions)");
        }
        return dim;
    }

    private static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0f) {
                return false;
            }
        }
        return true;
    }

    private interface WriteAction<T> {
        T run() throws IOException;
    }

    private <T> T write(WriteAction<T> action) {
        writeLock.lock();
        try {
            ensureOpen();
            T result = action.run();
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            return result;
        } catch (IOException | AlreadyClosedException e) {
            throw new RetrievalException("cannot write to " + location + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private boolean exists(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)), Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.ID, id)), Occur.FILTER).build()) > 0;
        } finally {
            searchers.release(s);
        }
    }

    // ---- reads ----

    private interface ReadAction<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T read(ReadAction<T> action) {
        ensureOpen();
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (AlreadyClosedException e) {
            throw new IllegalStateException("document library is closed", e);
        } catch (IOException e) {
            throw new RetrievalException("cannot read " + location + ": " + e.getMessage(), e);
        }
        try {
            return action.run(s);
        } catch (IOException e) {
            throw new RetrievalException("cannot read " + location + ": " + e.getMessage(), e);
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                LOG.warn("releasing a searcher of {} failed: {}", location, e.toString());
            }
        }
    }

    private Query byId(String kind, String id) {
        return new BooleanQuery.Builder()
                .add(FilterQueries.visible(kind, whitelist), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ID, id)), Occur.FILTER)
                .build();
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("document library is closed");
        }
    }

    private void closeQuietly(IndexWriter w, Directory dir) {
        try {
            if (w != null) {
                w.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the writer of {} failed: {}", location, e.toString());
        }
        try {
            if (dir != null) {
                dir.close();
            }
        } catch (IOException e) {
            LOG.warn("closing {} failed: {}", location, e.toString());
        }
    }
}
