/**
 * Word, PDF and HTML reading for sdk-retrieval's {@code Ingestor}. No code of its own: on the module path,
 * {@code requires ai.domainassist.ingest} resolves Apache POI, Apache PDFBox and jsoup, which sdk-retrieval
 * requires only statically (optional), exactly as depending on this artifact puts them on the class path.
 */
module ai.domainassist.ingest {
    requires transitive ai.domainassist.retrieval;
    requires transitive org.apache.poi.ooxml;
    requires transitive org.apache.pdfbox;
    requires transitive org.jsoup;
}
