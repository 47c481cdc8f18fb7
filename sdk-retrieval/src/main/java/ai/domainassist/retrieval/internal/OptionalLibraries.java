package ai.domainassist.retrieval.internal;

/**
 * The third-party libraries sdk-retrieval uses only for some features, declared {@code optional}
 * in its POM so that they are not on every user's classpath: Apache POI (.docx), Apache PDFBox
 * (.pdf), jsoup (.html) and Lucene's smartcn analyser ({@code TextAnalysis.SMART_CHINESE}). Each
 * check says which artifact to add when the library is absent. Stateless.
 */
public final class OptionalLibraries {
    /** The artifact that brings POI, PDFBox and jsoup, in the SDK's tested versions. */
    public static final String INGEST_ARTIFACT = "ai.domainassist:sdk-ingest";

    /** A library of an optional feature. */
    public enum Library {
        /** Apache POI, for Word .docx files. */
        POI("Apache POI", "org.apache.poi:poi-ooxml", "org.apache.poi.xwpf.usermodel.XWPFDocument"),
        /** Apache PDFBox, for PDF files. */
        PDFBOX("Apache PDFBox", "org.apache.pdfbox:pdfbox", "org.apache.pdfbox.Loader"),
        /** jsoup, for HTML files. */
        JSOUP("jsoup", "org.jsoup:jsoup", "org.jsoup.Jsoup"),
        /** Lucene's smartcn analyser. */
        SMARTCN("Lucene's smartcn analyser", "org.apache.lucene:lucene-analysis-smartcn",
                "org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer");

        private final String title;
        private final String artifact;
        private final String probe;

        Library(String title, String artifact, String probe) {
            this.title = title;
            this.artifact = artifact;
            this.probe = probe;
        }

        /** @return whether the library's classes can be loaded */
        public boolean present() {
            try {
                Class.forName(probe, false, OptionalLibraries.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        /**
         * @param feature what needs the library ("reading .docx files")
         * @return a message naming the dependency to add
         */
        public String missing(String feature) {
            String add = this == SMARTCN
                    ? artifact + " (the version of your lucene-core, " + org.apache.lucene.util.Version.LATEST + ")"
                    : INGEST_ARTIFACT + " (version from sdk-bom; it brings " + artifact + " in the tested version)";
            return feature + " needs " + title + ", which is not on the classpath: add the dependency " + add;
        }
    }

    private OptionalLibraries() {
    }
}
