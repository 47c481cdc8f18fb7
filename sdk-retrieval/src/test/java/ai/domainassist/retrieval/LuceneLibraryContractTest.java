package ai.domainassist.retrieval;

/** The retriever contract on the embedded Lucene library (in memory). */
class LuceneLibraryContractTest extends RetrieverContract {
    @Override
    protected DocumentLibrary newLibrary(SourceWhitelist whitelist) {
        return DocumentLibrary.builder().inMemory().sourceWhitelist(whitelist).build();
    }
}
