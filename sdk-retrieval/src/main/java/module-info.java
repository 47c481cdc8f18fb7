/**
 * The document library: structure-aware chunking, BM25 over Lucene, vectors, hybrid ranking, citations,
 * ingestion, and the answer checks shared by the domain helpers.
 *
 * <p>Exports {@code ai.domainassist.retrieval} and {@code ai.domainassist.retrieval.answer}; the Lucene,
 * chunking, embedding and ingestion code under {@code internal} is not exported. The format libraries
 * (POI, PDFBox, jsoup) and Lucene's smartcn are optional ({@code requires static}): on the module path a
 * user adds them with {@code requires ai.domainassist.ingest} (or {@code --add-modules}), and a format whose
 * library is missing fails with an error naming the artifact, as on the class path.
 */
module ai.domainassist.retrieval {
    requires transitive ai.domainassist.core;
    requires org.apache.lucene.core;
    // Lucene requires it only statically; without it on the module path MMapDirectory cannot unmap its
    // buffers and Lucene warns "Unmapping is not supported" (found by consumer-smoke/modules).
    requires jdk.unsupported;
    requires static org.apache.lucene.analysis.smartcn;
    requires static org.apache.poi.poi;
    requires static org.apache.poi.ooxml;
    requires static org.apache.pdfbox;
    requires static org.apache.pdfbox.io;
    requires static org.jsoup;

    exports ai.domainassist.retrieval;
    exports ai.domainassist.retrieval.answer;
}
