package ai.domainassist.benchmarks.retrieval;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.opensearch.OpenSearchLibrary;
import ai.domainassist.retrieval.opensearch.OpenSearchNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Builds and removes OpenSearch benchmark libraries on the node of this JVM. */
final class OpenSearchIndex {
    private OpenSearchIndex() {
    }

    static OpenSearchLibrary build(String name, List<Document> docs) {
        OpenSearchLibrary library = OpenSearchLibrary.builder().url(OpenSearchNode.get().url()).index(name).replicas(0).build();
        for (int from = 0; from < docs.size(); from += Index.BATCH) {
            library.addAll(docs.subList(from, Math.min(docs.size(), from + Index.BATCH)));
        }
        return library;
    }

    static void delete(String name) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String index : List.of(name + "-chunks", name + "-docs")) {
            http.send(HttpRequest.newBuilder(URI.create(OpenSearchNode.get().url() + "/" + index)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }
}
