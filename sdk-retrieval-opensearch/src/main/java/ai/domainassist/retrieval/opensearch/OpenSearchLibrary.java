package ai.domainassist.retrieval.opensearch;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Chunker;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentExistsException;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentNotFoundException;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.RetrievalException;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.SearchRequest;
import ai.domainassist.retrieval.SourceNotAllowedException;
import ai.domainassist.retrieval.SourceWhitelist;
import ai.domainassist.retrieval.opensearch.internal.ChunkIndex;
import ai.domainassist.retrieval.opensearch.internal.OpenSearchHttp;
import ai.domainassist.retrieval.opensearch.internal.VectorSearch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A {@link DocumentLibrary} whose index lives in an OpenSearch cluster (tested against OpenSearch
 * 2.19), for libraries shared by many machines. Documents are chunked in this process by the same
 * {@link Chunker} as the embedded library, one OpenSearch document per chunk, so every {@link Hit}
 * keeps its {@link ai.domainassist.retrieval.Citation} (document, heading path, character span).
 * Search is BM25 over the built-in {@code cjk} analyzer (Lucene's CJK bigrams, the embedded
 * library's default), with the request's {@link ai.domainassist.retrieval.Filter} and the
 * {@link SourceWhitelist} as OpenSearch filters. Domain helpers take it wherever they take a
 * {@code Retriever} or a {@code DocumentLibrary}.
 *
 * <p>Two indices: {@code <name>-chunks} (searched) and {@code <name>-docs} (each document's full
 * text and metadata, for {@link #get}); created with their mappings on {@link Builder#build()} if
 * absent. With an {@link Builder#embedder embedder}, chunks carry vectors and search can rank by
 * cosine similarity or fuse both rankings by reciprocal rank, as the embedded library does; the
 * vector ranking is exact (a Painless script over the filtered chunks), fit for small libraries.
 *
 * <p>Thread-safe. Every write is refreshed ({@code refresh=true}) and visible to searches when
 * it returns. Unlike the embedded library, writes are not transactions: {@link #addAll} and
 * {@link #replace} that fail half-way leave the documents written so far (the exception says so),
 * and during {@link #replace} a search may briefly see some old and some new chunks.
 */
public final class OpenSearchLibrary implements DocumentLibrary {
    private static final int PAGE = 1000;
    private final OpenSearchHttp http;
    private final OkHttpClient ownedClient;
    private final String chunks;
    private final String docs;
    private final Chunker chunker;
    private final SourceWhitelist whitelist;
    private final Embedder embedder;
    private volatile boolean closed;

    private OpenSearchLibrary(Builder b) {
        this.ownedClient = b.client == null
                ? new OkHttpClient.Builder().callTimeout(b.timeout).readTimeout(b.timeout).build() : null;
        this.http = new OpenSearchHttp(b.client != null ? b.client : ownedClient, b.url, b.user, b.password);
        this.chunks = b.index + "-chunks";
        this.docs = b.index + "-docs";
        this.chunker = b.chunker;
        this.whitelist = b.whitelist;
        this.embedder = b.embedder;
        try {
            createIfAbsent(chunks, ChunkIndex.chunkIndexDefinition(b.replicas, embedderId()));
            createIfAbsent(docs, ChunkIndex.documentIndexDefinition(b.replicas));
            checkEmbedder();
        } catch (RuntimeException e) {
            closeClient();
            throw e;
        }
    }

    /** @return a builder; {@link Builder#url} is required */
    public static Builder builder() {
        return new Builder();
    }

    private String embedderId() {
        return embedder == null ? "" : embedder.id();
    }

    /** Refuses to mix the vectors of two embedders in one index (as the embedded library does). */
    private void checkEmbedder() {
        JsonNode mapping = http.call("GET", "/" + chunks + "/_mapping", null).path(chunks).path("mappings");
        String had = mapping.path("_meta").path("embedder").asText("");
        if (had.equals(embedderId())) {
            return;
        }
        ObjectNode count = OpenSearchHttp.MAPPER.createObjectNode();
        count.putObject("query").putObject("match_all");
        if (http.call("POST", "/" + chunks + "/_count", count).path("count").asLong() > 0) {
            throw new RetrievalException("index " + chunks + " holds chunks written with embedder '" + had
                    + "' but the library is configured with '" + embedderId() + "'; use the same embedder, or a new index");
        }
        ObjectNode meta = OpenSearchHttp.MAPPER.createObjectNode();
        meta.putObject("_meta").put("embedder", embedderId());
        http.call("PUT", "/" + chunks + "/_mapping", meta);
    }

    private void createIfAbsent(String index, ObjectNode definition) {
        JsonNode head = http.call("GET", "/" + index + "/_mapping", null, Set.of(404));
        if (head.path("_status").asInt() != 404) {
            return;
        }
        JsonNode r = http.call("PUT", "/" + index, definition, Set.of(400));
        if (r.path("_status").asInt() == 400
                && !r.path("error").path("type").asText().equals("resource_already_exists_exception")) {
            throw new RetrievalException("OpenSearch refused to create index " + index + " ("
                    + r.path("error").path("type").asText() + ")");
        }
    }

    /**
     * Searches: BM25 ({@link SearchMode#KEYWORD}); with an embedder also by cosine similarity of
     * the chunk vectors ({@link SearchMode#VECTOR}, exact, in a Painless {@code script_score}) or
     * both fused by reciprocal rank ({@link SearchMode#HYBRID}, the default then, as in the embedded
     * library).
     *
     * @param request the query, size, filter and mode
     * @return the hits, best first
     * @throws IllegalStateException if vector or hybrid ranking is asked without an embedder, or the library is closed
     * @throws RetrievalException if OpenSearch fails
     * @throws ai.domainassist.core.ModelException if embedding the query fails
     */
    @Override
    public List<Hit> search(SearchRequest request) {
        ensureOpen();
        Objects.requireNonNull(request, "request");
        SearchMode mode = request.mode();
        if (mode == SearchMode.AUTO) {
            mode = embedder == null ? SearchMode.KEYWORD : SearchMode.HYBRID;
        }
        if (embedder == null && mode != SearchMode.KEYWORD) {
            throw new IllegalStateException(mode + " search needs an embedder; build the library with .embedder(...)");
        }
        ArrayNode filter = ChunkIndex.filters(request.filter(), whitelist);
        int k = request.topK();
        switch (mode) {
            case KEYWORD:
                return run(ChunkIndex.keywordQuery(request.query(), filter), k);
            case VECTOR:
                return run(VectorSearch.query(embedder.embed(List.of(request.query())).get(0), filter), k);
            case HYBRID:
            default:
                int depth = Math.max(k, VectorSearch.FUSION_DEPTH);
                List<Hit> keyword = run(ChunkIndex.keywordQuery(request.query(), filter.deepCopy()), depth);
                List<Hit> vector = run(VectorSearch.query(embedder.embed(List.of(request.query())).get(0), filter), depth);
                return VectorSearch.fuse(List.of(keyword, vector), k);
        }
    }

    private List<Hit> run(ObjectNode query, int size) {
        ObjectNode body = OpenSearchHttp.MAPPER.createObjectNode();
        body.put("size", size);
        body.put("track_total_hits", false);
        body.putObject("_source").putArray("excludes").add("vector");
        body.set("query", query);
        JsonNode r = http.call("POST", "/" + chunks + "/_search", body);
        List<Hit> out = new ArrayList<>();
        for (JsonNode h : r.path("hits").path("hits")) {
            out.add(ChunkIndex.hit(h.path("_source"), h.path("_score").asDouble()));
        }
        return out;
    }

    @Override
    public void add(Document document) {
        addAll(List.of(document));
    }

    /**
     * Adds documents in one bulk request per 1,000 chunks. Every document is checked first (source
     * whitelisted, id new, ids distinct); none is written if a check fails.
     *
     * @param documents the documents
     * @throws SourceNotAllowedException if a document's source is not whitelisted
     * @throws DocumentExistsException if an id is already in the library or given twice
     * @throws RetrievalException if OpenSearch fails; the documents already sent may be written
     */
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
        firstExisting(ids).ifPresent(id -> {
            throw new DocumentExistsException(id);
        });
        write(documents);
    }

    @Override
    public void replace(Document document) {
        ensureOpen();
        checkSource(document);
        int before = chunkCount(document.id()).orElseThrow(() -> new DocumentNotFoundException(document.id()));
        int kept = write(List.of(document)).get(document.id());
        deleteChunks(document.id(), kept, before);
    }

    @Override
    public boolean delete(String documentId) {
        ensureOpen();
        Optional<Integer> count = chunkCount(documentId);
        if (count.isEmpty()) {
            return false;
        }
        deleteChunks(documentId, 0, count.get());
        http.call("DELETE", "/" + docs + "/_doc/" + enc(documentId) + "?refresh=true", null, Set.of(404));
        return true;
    }

    @Override
    public Optional<Document> get(String documentId) {
        ensureOpen();
        JsonNode r = http.call("GET", "/" + docs + "/_doc/" + enc(documentId), null, Set.of(404));
        if (!r.path("found").asBoolean(false)) {
            return Optional.empty();
        }
        Document d = ChunkIndex.document(r.path("_source"));
        return whitelist.allows(d.metadata()) ? Optional.of(d) : Optional.empty();
    }

    @Override
    public List<Chunk> chunks(String documentId) {
        ensureOpen();
        ArrayNode filter = OpenSearchHttp.MAPPER.createArrayNode();
        filter.addObject().putObject("term").put("documentId", documentId);
        ChunkIndex.whitelist(whitelist).ifPresent(filter::add);
        List<Chunk> out = new ArrayList<>();
        page(chunks, filter, "chunkIndex", s -> out.add(ChunkIndex.chunk(s)));
        return out;
    }

    @Override
    public List<Document> list() {
        ensureOpen();
        ArrayNode filter = OpenSearchHttp.MAPPER.createArrayNode();
        ChunkIndex.whitelist(whitelist).ifPresent(filter::add);
        List<Document> out = new ArrayList<>();
        page(docs, filter, "documentId", s -> out.add(ChunkIndex.document(s)));
        return out;
    }

    @Override
    public int count() {
        ensureOpen();
        ObjectNode body = OpenSearchHttp.MAPPER.createObjectNode();
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        ChunkIndex.whitelist(whitelist).ifPresent(filter::add);
        return http.call("POST", "/" + docs + "/_count", body).path("count").asInt();
    }

    /** Releases the HTTP client if this library made it. Idempotent. */
    @Override
    public void close() {
        closed = true;
        closeClient();
    }

    private void closeClient() {
        if (ownedClient != null) {
            ownedClient.dispatcher().executorService().shutdown();
            ownedClient.connectionPool().evictAll();
        }
    }

    /** Writes documents and their chunks; returns each document's chunk count. */
    private Map<String, Integer> write(Collection<Document> documents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        StringBuilder bulk = new StringBuilder();
        int lines = 0;
        for (Document d : documents) {
            List<Chunk> cs = chunker.chunk(d);
            counts.put(d.id(), cs.size());
            List<float[]> vectors = null;
            if (embedder != null && !cs.isEmpty()) {
                vectors = embedder.embed(cs.stream().map(c -> VectorSearch.embeddingText(d.title(), c)).toList());
            }
            for (int i = 0; i < cs.size(); i++) {
                Chunk c = cs.get(i);
                action(bulk, chunks, d.id() + "#" + c.index(), ChunkIndex.chunkSource(d, c, vectors == null ? null : vectors.get(i)));
                if (++lines >= PAGE) {
                    bulk(bulk);
                    lines = 0;
                }
            }
            action(bulk, docs, d.id(), ChunkIndex.documentSource(d, cs.size()));
        }
        bulk(bulk);
        return counts;
    }

    private static void action(StringBuilder bulk, String index, String id, ObjectNode source) {
        ObjectNode meta = OpenSearchHttp.MAPPER.createObjectNode();
        meta.putObject("index").put("_index", index).put("_id", id);
        try {
            bulk.append(OpenSearchHttp.MAPPER.writeValueAsString(meta)).append('\n')
                    .append(OpenSearchHttp.MAPPER.writeValueAsString(source)).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bulk(StringBuilder bulk) {
        if (bulk.length() == 0) {
            return;
        }
        JsonNode r = http.call("POST", "/_bulk?refresh=true", bulk.toString());
        bulk.setLength(0);
        if (r.path("errors").asBoolean(false)) {
            for (JsonNode item : r.path("items")) {
                JsonNode op = item.has("index") ? item.path("index") : item.path("delete");
                JsonNode err = op.path("error");
                if (!err.isMissingNode()) {
                    throw new RetrievalException("OpenSearch refused to write " + op.path("_id").asText() + " ("
                            + err.path("type").asText() + "); the documents sent before it are written");
                }
            }
        }
    }

    /** Deletes a document's chunks {@code from} (inclusive) to {@code to} (exclusive), by id. */
    private void deleteChunks(String documentId, int from, int to) {
        StringBuilder bulk = new StringBuilder();
        for (int i = from; i < to; i++) {
            ObjectNode meta = OpenSearchHttp.MAPPER.createObjectNode();
            meta.putObject("delete").put("_index", chunks).put("_id", documentId + "#" + i);
            bulk.append(meta).append('\n');
        }
        bulk(bulk);
    }

    /** The number of chunks a document was written with, if the document is in the library. */
    private Optional<Integer> chunkCount(String documentId) {
        JsonNode r = http.call("GET", "/" + docs + "/_doc/" + enc(documentId) + "?_source_includes=chunkCount", null,
                Set.of(404));
        return r.path("found").asBoolean(false) ? Optional.of(r.path("_source").path("chunkCount").asInt())
                : Optional.empty();
    }

    /** One {@code _mget} for many ids: the first that is already in the library. */
    private Optional<String> firstExisting(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode body = OpenSearchHttp.MAPPER.createObjectNode();
        ArrayNode arr = body.putArray("ids");
        ids.forEach(arr::add);
        for (JsonNode d : http.call("POST", "/" + docs + "/_mget?_source=false", body).path("docs")) {
            if (d.path("found").asBoolean(false)) {
                return Optional.of(d.path("_id").asText());
            }
        }
        return Optional.empty();
    }

    /** Reads every match of a filter, sorted by a field, with {@code search_after} pages. */
    private void page(String index, ArrayNode filter, String sortField, java.util.function.Consumer<JsonNode> each) {
        JsonNode after = null;
        while (true) {
            ObjectNode body = OpenSearchHttp.MAPPER.createObjectNode();
            body.put("size", PAGE);
            body.putObject("query").putObject("bool").set("filter", filter.deepCopy());
            ArrayNode sort = body.putArray("sort");
            sort.addObject().put(sortField, "asc");
            if (!sortField.equals("documentId")) {
                sort.addObject().put("documentId", "asc");
            }
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = http.call("POST", "/" + index + "/_search", body).path("hits").path("hits");
            for (JsonNode h : hits) {
                each.accept(h.path("_source"));
                after = h.path("sort");
            }
            if (hits.size() < PAGE) {
                return;
            }
        }
    }

    private void checkSource(Document d) {
        if (!whitelist.allows(d.metadata())) {
            throw new SourceNotAllowedException(d.id(), d.metadata().source().orElse(null));
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("OpenSearch library is closed");
        }
    }

    private static String enc(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Settings of an {@link OpenSearchLibrary}; not thread-safe, build once. */
    public static final class Builder {
        private HttpUrl url;
        private String index = "da-library";
        private Chunker chunker = Chunker.structural();
        private SourceWhitelist whitelist = SourceWhitelist.allowAll();
        private OkHttpClient client;
        private String user;
        private String password;
        private int replicas = 1;
        private Duration timeout = Duration.ofSeconds(30);
        private Embedder embedder;

        private Builder() {
        }

        /**
         * Embeds every chunk when it is written (the text embedded is title, heading path and chunk,
         * as in the embedded library) and enables {@link SearchMode#VECTOR} and
         * {@link SearchMode#HYBRID} (the default then). Vector ranking is exact and brute force (a
         * Painless {@code script_score}, no k-NN plugin needed): for libraries of thousands of chunks,
         * not hundreds of thousands. The index records the embedder's id and refuses another.
         *
         * @param embedder the embedder (not closed by the library)
         * @return this builder
         */
        public Builder embedder(Embedder embedder) {
            this.embedder = Objects.requireNonNull(embedder, "embedder");
            return this;
        }

        /**
         * @param url the cluster's HTTP address, e.g. {@code https://search.internal:9200}
         * @return this builder
         * @throws IllegalArgumentException if it is not an http(s) URL
         */
        public Builder url(String url) {
            HttpUrl u = HttpUrl.parse(Objects.requireNonNull(url, "url"));
            if (u == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
            this.url = u;
            return this;
        }

        /**
         * @param name the library's name: indices {@code name-chunks} and {@code name-docs} (default
         *     {@code da-library}); lower case, as OpenSearch requires
         * @return this builder
         * @throws IllegalArgumentException if the name is not a valid index name prefix
         */
        public Builder index(String name) {
            if (!Objects.requireNonNull(name, "name").matches("[a-z0-9][a-z0-9._-]*")) {
                throw new IllegalArgumentException("index names are lower case letters, digits, '.', '_' and '-': " + name);
            }
            this.index = name;
            return this;
        }

        /**
         * @param chunker how documents are cut into chunks (default {@link Chunker#structural()}); use
         *     the same chunker as the library this one replaces, so citations are the same
         * @return this builder
         */
        public Builder chunker(Chunker chunker) {
            this.chunker = Objects.requireNonNull(chunker, "chunker");
            return this;
        }

        /**
         * @param whitelist the sources allowed in and out (default: all)
         * @return this builder
         */
        public Builder sourceWhitelist(SourceWhitelist whitelist) {
            this.whitelist = Objects.requireNonNull(whitelist, "whitelist");
            return this;
        }

        /**
         * @param user the user for HTTP basic authentication
         * @param password the password (never logged)
         * @return this builder
         */
        public Builder basicAuth(String user, String password) {
            this.user = Objects.requireNonNull(user, "user");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * @param client an OkHttp client to use (TLS, proxy, pool); the library does not close it.
         *     Default: its own, closed with the library
         * @return this builder
         */
        public Builder httpClient(OkHttpClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * @param timeout the time limit of each call to OpenSearch, and of waiting for its answer, with the
         *     library's own client (default 30 s; a bulk request of 1,000 chunks with its refresh must fit)
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * @param replicas the replicas of the indices this library creates (default 1; 0 on a
         *     single-node cluster, where a replica can never be allocated)
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder replicas(int replicas) {
            if (replicas < 0) {
                throw new IllegalArgumentException("replicas must not be negative");
            }
            this.replicas = replicas;
            return this;
        }

        /**
         * Connects and creates the two indices if absent.
         *
         * @return the library
         * @throws IllegalStateException if no URL is set
         * @throws RetrievalException if the cluster cannot be reached or refuses the indices
         */
        public OpenSearchLibrary build() {
            if (url == null) {
                throw new IllegalStateException("OpenSearchLibrary needs .url(...)");
            }
            return new OpenSearchLibrary(this);
        }
    }
}
