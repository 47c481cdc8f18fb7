package ai.domainassist.retrieval.opensearch;

import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.Embedder;
import ai.domainassist.retrieval.contract.RetrieverContract;
import ai.domainassist.retrieval.SourceWhitelist;
import java.util.concurrent.atomic.AtomicInteger;

/** The retriever contract on a real OpenSearch 2.19 node (in this JVM, over HTTP), a fresh index per test. */
class OpenSearchLibraryContractTest extends RetrieverContract {
    private static final AtomicInteger N = new AtomicInteger();

    @Override
    protected DocumentLibrary newLibrary(SourceWhitelist whitelist, Embedder embedder) {
        OpenSearchLibrary.Builder b = OpenSearchLibrary.builder().url(OpenSearchNode.get().url())
                .index("contract-" + N.incrementAndGet()).replicas(0).sourceWhitelist(whitelist);
        return (embedder == null ? b : b.embedder(embedder)).build();
    }
}
