package snippets;

import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Filter;
import ai.domainassist.retrieval.Hit;
import ai.domainassist.retrieval.RetrievalException;
import ai.domainassist.retrieval.Retriever;
import ai.domainassist.retrieval.SearchRequest;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import java.io.IOException;
import java.util.List;

/** docs/retrieval.md's sketch of a Retriever over Elasticsearch, compiled against elasticsearch-java. */
public final class ElasticsearchRetriever implements Retriever {
    private final ElasticsearchClient es;   // co.elastic.clients:elasticsearch-java
    private final String index;

    /** One indexed chunk, as the indexing side wrote it. */
    public record ChunkDoc(String documentId, int chunkIndex, String title, String documentNumber,
                           List<String> headingPath, int start, int end, String text, DocumentMetadata metadata) {
    }

    public ElasticsearchRetriever(ElasticsearchClient es, String index) {
        this.es = es;
        this.index = index;
    }

    @Override
    public List<Hit> search(SearchRequest request) {
        BoolQuery.Builder bool = new BoolQuery.Builder()
                .must(m -> m.multiMatch(mm -> mm.query(request.query()).fields("text", "heading^0.5")));
        Filter f = request.filter();                       // translate every condition, same semantics
        if (!f.authorities().isEmpty()) {
            bool.filter(q -> q.terms(t -> t.field("authority").terms(v -> v.value(
                    f.authorities().stream().map(FieldValue::of).toList()))));
        }
        f.effectiveOn().ifPresent(day -> bool
                .filter(q -> q.bool(b -> b.mustNot(n -> n.range(r -> r.date(d -> d.field("effective").gt(day.toString()))))))
                .filter(q -> q.bool(b -> b.mustNot(n -> n.range(r -> r.date(d -> d.field("expiry").lt(day.toString())))))));
        // ids, sources, validities (terms), tags (one term filter each), issue range; whitelist sources too
        try {
            var response = es.search(s -> s.index(index).size(request.topK()).query(q -> q.bool(bool.build())), ChunkDoc.class);
            return response.hits().hits().stream().map(h -> new Hit(
                    new Citation(h.source().documentId(), h.source().title(), h.source().documentNumber(),
                            h.source().headingPath(), h.source().start(), h.source().end(), h.source().text()),
                    h.source().metadata(), h.source().chunkIndex(), h.score())).toList();
        } catch (IOException e) {
            throw new RetrievalException("Elasticsearch search failed: " + e.getMessage(), e);
        }
    }
}
