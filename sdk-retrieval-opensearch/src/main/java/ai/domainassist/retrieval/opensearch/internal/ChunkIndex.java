package ai.domainassist.retrieval.opensearch.internal;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.Validity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The index layout and the query translation: one search document per chunk (made by the library's
 * {@code Chunker}, so citations keep their spans) and one per document (its full text, for
 * {@code get}); a {@link Filter} and the {@link SourceWhitelist} as bool filters with the semantics
 * of {@link Filter#matches}; the keyword query as Lucene's library builds it. Stateless.
 */
public final class ChunkIndex {
    /** Weight of a heading-path match against a chunk-text match (as in the embedded library). */
    public static final double HEADING_BOOST = 0.5;

    private ChunkIndex() {
    }

    /**
     * The settings and mapping of the chunk index: one shard (term statistics over the whole
     * library, as in the embedded index, so BM25 ranks alike), the built-in {@code cjk} analyzer
     * (Lucene's {@code CJKAnalyzer}: width folding, lower case, bigrams, the same class the embedded
     * library uses).
     *
     * @param replicas the number of replicas
     * @param embedderId the embedder whose vectors the chunks carry, or the empty string
     * @return the index definition
     */
    public static ObjectNode chunkIndexDefinition(int replicas, String embedderId) {
        ObjectNode def = OpenSearchHttp.MAPPER.createObjectNode();
        def.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
        ObjectNode mappings = def.putObject("mappings");
        mappings.putObject("_meta").put("embedder", embedderId);
        ObjectNode props = mappings.put("dynamic", "strict").putObject("properties");
        for (String k : List.of("documentId", "source", "authority", "validity", "tags")) {
            props.putObject(k).put("type", "keyword");
        }
        props.putObject("body").put("type", "text").put("analyzer", "cjk");
        props.putObject("heading").put("type", "text").put("analyzer", "cjk");
        for (String k : List.of("chunkIndex", "start", "end")) {
            props.putObject(k).put("type", "integer");
        }
        for (String k : List.of("issued", "effective", "expiry")) {
            props.putObject(k).put("type", "date").put("format", "yyyy-MM-dd");
        }
        props.putObject("title").put("type", "keyword").put("index", false).put("doc_values", false);
        props.putObject("headingPath").put("type", "keyword").put("index", false).put("doc_values", false);
        props.putObject("meta").put("type", "object").put("enabled", false);
        // the chunk's embedding, read by the vector script from _source only: not indexed
        props.putObject("vector").put("type", "float").put("index", false).put("doc_values", false);
        return def;
    }

    /**
     * The mapping of the document index: id, whitelisting source, full text and metadata, not searched.
     *
     * @param replicas the number of replicas
     * @return the index definition
     */
    public static ObjectNode documentIndexDefinition(int replicas) {
        ObjectNode def = OpenSearchHttp.MAPPER.createObjectNode();
        def.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
        ObjectNode props = def.putObject("mappings").put("dynamic", "strict").putObject("properties");
        props.putObject("documentId").put("type", "keyword");
        props.putObject("source").put("type", "keyword");
        props.putObject("title").put("type", "keyword").put("index", false).put("doc_values", false);
        props.putObject("text").put("type", "text").put("index", false);
        props.putObject("chunkCount").put("type", "integer").put("index", false);
        props.putObject("meta").put("type", "object").put("enabled", false);
        return def;
    }

    /**
     * @param d the document
     * @param c one of its chunks
     * @param vector the chunk's embedding, or {@code null}
     * @return the chunk's search document
     */
    public static ObjectNode chunkSource(Document d, Chunk c, float[] vector) {
        ObjectNode o = common(d);
        if (vector != null) {
            ArrayNode v = o.putArray("vector");
            for (float f : vector) {
                v.add(f);
            }
        }
        o.put("chunkIndex", c.index());
        o.put("body", c.text());
        o.put("heading", c.heading());
        ArrayNode path = o.putArray("headingPath");
        c.headingPath().forEach(path::add);
        o.put("start", c.start());
        o.put("end", c.end());
        DocumentMetadata m = d.metadata();
        m.issuingAuthority().ifPresent(v -> o.put("authority", v));
        o.put("validity", m.validity().name());
        ArrayNode tags = o.putArray("tags");
        m.tags().forEach(tags::add);
        m.issueDate().ifPresent(v -> o.put("issued", v.toString()));
        m.effectiveDate().ifPresent(v -> o.put("effective", v.toString()));
        m.expiryDate().ifPresent(v -> o.put("expiry", v.toString()));
        return o;
    }

    /**
     * @param d the document
     * @param chunkCount how many chunks it was cut into (their ids are {@code id#0} ..)
     * @return its record in the document index
     */
    public static ObjectNode documentSource(Document d, int chunkCount) {
        ObjectNode o = common(d);
        o.put("text", d.text());
        o.put("chunkCount", chunkCount);
        return o;
    }

    private static ObjectNode common(Document d) {
        ObjectNode o = OpenSearchHttp.MAPPER.createObjectNode();
        o.put("documentId", d.id());
        o.put("title", d.title());
        d.metadata().source().ifPresent(v -> o.put("source", v));
        o.set("meta", metadata(d.metadata()));
        return o;
    }

    private static ObjectNode metadata(DocumentMetadata m) {
        ObjectNode o = OpenSearchHttp.MAPPER.createObjectNode();
        m.source().ifPresent(v -> o.put("source", v));
        m.issuingAuthority().ifPresent(v -> o.put("issuingAuthority", v));
        m.documentNumber().ifPresent(v -> o.put("documentNumber", v));
        m.issueDate().ifPresent(v -> o.put("issueDate", v.toString()));
        m.effectiveDate().ifPresent(v -> o.put("effectiveDate", v.toString()));
        m.expiryDate().ifPresent(v -> o.put("expiryDate", v.toString()));
        o.put("validity", m.validity().name());
        m.supersededBy().ifPresent(v -> o.put("supersededBy", v));
        ArrayNode tags = o.putArray("tags");
        m.tags().forEach(tags::add);
        return o;
    }

    /**
     * @param o a stored {@code meta} object
     * @return the metadata
     */
    public static DocumentMetadata metadata(JsonNode o) {
        DocumentMetadata.Builder b = DocumentMetadata.builder();
        if (o.hasNonNull("source")) {
            b.source(o.get("source").asText());
        }
        if (o.hasNonNull("issuingAuthority")) {
            b.issuingAuthority(o.get("issuingAuthority").asText());
        }
        if (o.hasNonNull("documentNumber")) {
            b.documentNumber(o.get("documentNumber").asText());
        }
        if (o.hasNonNull("issueDate")) {
            b.issueDate(LocalDate.parse(o.get("issueDate").asText()));
        }
        if (o.hasNonNull("effectiveDate")) {
            b.effectiveDate(LocalDate.parse(o.get("effectiveDate").asText()));
        }
        if (o.hasNonNull("expiryDate")) {
            b.expiryDate(LocalDate.parse(o.get("expiryDate").asText()));
        }
        b.validity(Validity.valueOf(o.path("validity").asText(Validity.IN_FORCE.name())));
        if (o.hasNonNull("supersededBy")) {
            b.supersededBy(o.get("supersededBy").asText());
        }
        List<String> tags = new ArrayList<>();
        o.path("tags").forEach(t -> tags.add(t.asText()));
        b.tags(tags);
        return b.build();
    }

    /**
     * @param s a chunk's {@code _source}
     * @param score its score
     * @return the hit with its citation
     */
    public static Hit hit(JsonNode s, double score) {
        DocumentMetadata meta = metadata(s.path("meta"));
        return new Hit(citation(s, meta), meta, s.path("chunkIndex").asInt(), score);
    }

    private static Citation citation(JsonNode s, DocumentMetadata meta) {
        return new Citation(s.path("documentId").asText(), s.path("title").asText(), meta.documentNumber().orElse(""),
                headingPath(s), s.path("start").asInt(), s.path("end").asInt(), s.path("body").asText());
    }

    /**
     * @param s a chunk's {@code _source}
     * @return the chunk
     */
    public static Chunk chunk(JsonNode s) {
        return new Chunk(s.path("documentId").asText(), s.path("chunkIndex").asInt(), headingPath(s),
                s.path("start").asInt(), s.path("end").asInt(), s.path("body").asText());
    }

    private static List<String> headingPath(JsonNode s) {
        List<String> path = new ArrayList<>();
        s.path("headingPath").forEach(p -> path.add(p.asText()));
        return path;
    }

    /**
     * @param s a document's {@code _source}
     * @return the document
     */
    public static Document document(JsonNode s) {
        return new Document(s.path("documentId").asText(), s.path("title").asText(), s.path("text").asText(),
                metadata(s.path("meta")));
    }

    /**
     * The BM25 query: {@code match} on the chunk text, plus {@code match} on the heading path at
     * weight {@value #HEADING_BOOST}, summed (as the embedded library's Boolean query), under the
     * filter.
     *
     * @param text the user's words (analysed, never parsed as query syntax)
     * @param filter the filter clauses
     * @return the query
     */
    public static ObjectNode keywordQuery(String text, ArrayNode filter) {
        ObjectNode q = OpenSearchHttp.MAPPER.createObjectNode();
        ObjectNode bool = q.putObject("bool");
        ArrayNode should = bool.putObject("must").putObject("bool").putArray("should");
        should.addObject().putObject("match").putObject("body").put("query", text);
        should.addObject().putObject("match").putObject("heading").put("query", text).put("boost", HEADING_BOOST);
        bool.set("filter", filter);
        return q;
    }

    /**
     * The filter clauses of a {@link Filter} and a whitelist, with {@link Filter#matches}'s semantics:
     * a missing effective or expiry date is open; a missing issue date fails an issue-date range.
     *
     * @param f the filter
     * @param whitelist the whitelist
     * @return the clauses, all of which must hold
     */
    public static ArrayNode filters(Filter f, SourceWhitelist whitelist) {
        ArrayNode out = OpenSearchHttp.MAPPER.createArrayNode();
        terms(out, "documentId", f.documentIds());
        terms(out, "source", f.sources());
        terms(out, "authority", f.authorities());
        terms(out, "validity", f.validities().stream().map(Enum::name).toList());
        for (String tag : f.tags()) {
            out.addObject().putObject("term").put("tags", tag);
        }
        if (f.issuedFrom().isPresent() || f.issuedTo().isPresent()) {
            ObjectNode range = out.addObject().putObject("range").putObject("issued");
            f.issuedFrom().ifPresent(d -> range.put("gte", d.toString()));
            f.issuedTo().ifPresent(d -> range.put("lte", d.toString()));
        }
        f.effectiveOn().ifPresent(day -> {
            ArrayNode not = out.addObject().putObject("bool").putArray("must_not");
            not.addObject().putObject("range").putObject("effective").put("gt", day.toString());
            not.addObject().putObject("range").putObject("expiry").put("lt", day.toString());
        });
        whitelist(whitelist).ifPresent(out::add);
        return out;
    }

    /**
     * @param whitelist the whitelist
     * @return the clause admitting only whitelisted sources, or empty when all are allowed
     */
    public static java.util.Optional<ObjectNode> whitelist(SourceWhitelist whitelist) {
        if (whitelist.allowsAll()) {
            return java.util.Optional.empty();
        }
        ObjectNode w = OpenSearchHttp.MAPPER.createObjectNode();
        ArrayNode should = w.putObject("bool").put("minimum_should_match", 1).putArray("should");
        for (String e : whitelist.entries()) {
            if (e.endsWith("*")) {
                should.addObject().putObject("prefix").put("source", e.substring(0, e.length() - 1));
            } else {
                should.addObject().putObject("term").put("source", e);
            }
        }
        return java.util.Optional.of(w);
    }

    private static void terms(ArrayNode out, String field, java.util.Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode arr = out.addObject().putObject("terms").putArray(field);
            values.forEach(arr::add);
        }
    }
}
