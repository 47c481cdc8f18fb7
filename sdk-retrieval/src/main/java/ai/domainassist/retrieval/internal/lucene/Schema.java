package ai.domainassist.retrieval.internal.lucene;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * The index layout. Each library document is one Lucene "doc" record (full text and metadata,
 * stored) plus one Lucene "chunk" record per chunk (analysed text, title and heading path for BM25;
 * span and heading path stored; metadata indexed for filters; optionally a vector). All records of
 * a document share its id, so a replace is one atomic {@code updateDocuments}. Stateless.
 */
final class Schema {
    static final String KIND = "_kind";
    static final String KIND_DOC = "doc";
    static final String KIND_CHUNK = "chunk";
    static final String ID = "doc_id";
    /** Sort key of doc records (a field of its own: Lucene wants one schema per field name). */
    static final String ID_SORT = "doc_sort";
    static final String DOC_TITLE = "doc_title";
    static final String SOURCE = "source";
    static final String AUTHORITY = "authority";
    static final String VALIDITY = "validity";
    static final String TAG = "tag";
    static final String ISSUED = "issued";
    static final String EFFECTIVE = "effective";
    static final String EXPIRY = "expiry";
    static final String META = "meta";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String BODY = "body";
    static final String HEADING = "heading";
    static final String PATH = "path";
    static final String CHUNK_NO = "chunk_no";
    static final String START = "start";
    static final String END = "end";
    static final String VECTOR = "vec";

    /** Commit user-data keys. */
    static final String DATA_SCHEMA = "da.schema";
    static final String DATA_ANALYSIS = "da.analysis";
    static final String DATA_EMBEDDER = "da.embedder";
    static final String DATA_DIMENSIONS = "da.dimensions";
    static final String SCHEMA_VERSION = "1";

    private Schema() {
    }

    /**
     * @param document the document
     * @param chunks its chunks
     * @param vectors one vector per chunk (or {@code null} entries to skip), or {@code null} for none
     * @return the Lucene records of the document, doc record first
     */
    static List<List<IndexableField>> records(Document document, List<Chunk> chunks, List<float[]> vectors) {
        List<List<IndexableField>> out = new ArrayList<>(chunks.size() + 1);
        String meta = MetadataCodec.encode(document.metadata());

        List<IndexableField> doc = new ArrayList<>();
        doc.add(new StringField(KIND, KIND_DOC, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(document.id())));
        doc.add(new StoredField(DOC_TITLE, document.title()));
        doc.add(new StoredField(TEXT, document.text()));
        common(doc, document, meta);
        out.add(doc);

        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            List<IndexableField> f = new ArrayList<>();
            f.add(new StringField(KIND, KIND_CHUNK, Field.Store.NO));
            f.add(new TextField(BODY, c.text(), Field.Store.YES));
            f.add(new StoredField(TITLE, document.title()));
            f.add(new TextField(HEADING, c.heading(), Field.Store.NO));
            f.add(new StoredField(PATH, MetadataCodec.encodePath(c.headingPath())));
            f.add(new StoredField(CHUNK_NO, c.index()));
            f.add(new StoredField(START, c.start()));
            f.add(new StoredField(END, c.end()));
            common(f, document, meta);
            if (vectors != null && vectors.get(i) != null) {
                f.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.COSINE));
            }
            out.add(f);
        }
        return out;
    }

    private static void common(List<IndexableField> f, Document document, String meta) {
        DocumentMetadata m = document.metadata();
        f.add(new StringField(ID, document.id(), Field.Store.YES));
        f.add(new StoredField(META, meta));
        m.source().ifPresent(v -> f.add(new StringField(SOURCE, v, Field.Store.NO)));
        m.issuingAuthority().ifPresent(v -> f.add(new StringField(AUTHORITY, v, Field.Store.NO)));
        f.add(new StringField(VALIDITY, m.validity().name(), Field.Store.NO));
        for (String t : m.tags()) {
            f.add(new StringField(TAG, t, Field.Store.NO));
        }
        m.issueDate().ifPresent(d -> f.add(new LongPoint(ISSUED, d.toEpochDay())));
        f.add(new LongPoint(EFFECTIVE, m.effectiveDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)));
        f.add(new LongPoint(EXPIRY, m.expiryDate().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));
    }

    /** Rebuilds a document from its stored doc record. */
    static Document document(org.apache.lucene.document.Document stored) {
        return new Document(stored.get(ID), stored.get(DOC_TITLE), stored.get(TEXT), MetadataCodec.decode(stored.get(META)));
    }

    /** Rebuilds a chunk from its stored chunk record. */
    static Chunk chunk(org.apache.lucene.document.Document stored) {
        return new Chunk(stored.get(ID), stored.getField(CHUNK_NO).numericValue().intValue(),
                MetadataCodec.decodePath(stored.get(PATH)), stored.getField(START).numericValue().intValue(),
                stored.getField(END).numericValue().intValue(), stored.get(BODY));
    }

    /** The citation of a stored chunk record. */
    static Citation citation(org.apache.lucene.document.Document stored, DocumentMetadata metadata) {
        Chunk c = chunk(stored);
        return new Citation(c.documentId(), stored.get(TITLE), metadata.documentNumber().orElse(""),
                c.headingPath(), c.start(), c.end(), c.text());
    }
}
