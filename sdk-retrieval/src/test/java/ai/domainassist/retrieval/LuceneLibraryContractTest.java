package ai.domainassist.retrieval;

import ai.domainassist.retrieval.contract.RetrieverContract;

/** The retriever contract on the embedded Lucene library (in memory). */
class LuceneLibraryContractTest extends RetrieverContract {
    @Override
    protected DocumentLibrary newLibrary(SourceWhitelist whitelist, Embedder embedder) {
        DocumentLibrary.Builder b = DocumentLibrary.builder().inMemory().sourceWhitelist(whitelist);
        return (embedder == null ? b : b.embedder(embedder)).build();
    }
}
