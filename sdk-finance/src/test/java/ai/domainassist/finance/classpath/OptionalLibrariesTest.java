package ai.domainassist.finance.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.IngestionException;
import ai.domainassist.retrieval.Ingestor;
import ai.domainassist.retrieval.RetrievalException;
import ai.domainassist.retrieval.TextAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sdk-finance's test classpath is what a user of sdk-finance gets: sdk-retrieval without its
 * optional libraries (POI, PDFBox, smartcn; jsoup is here only because the review page's tests parse
 * HTML with it, test scope). A feature that needs one says which artifact to add instead of failing
 * with a NoClassDefFoundError or calling the file corrupt.
 */
class OptionalLibrariesTest {
    @Test
    void theOptionalLibrariesAreNotOnAUsersClasspath() {
        for (String cls : new String[] {"org.apache.poi.xwpf.usermodel.XWPFDocument", "org.apache.pdfbox.Loader",
                // TEMPORARY: smartcn is back on the default path while answer.KeyTerms needs it
                "org.apache.logging.log4j.LogManager", "org.apache.commons.logging.LogFactory"}) {
            assertThat(getClass().getClassLoader().getResource(cls.replace('.', '/') + ".class")).as(cls).isNull();
        }
    }

    @Test
    void wordAndPdfNameTheIngestArtifact(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"terms.docx", "terms.pdf"}) {
            Path file = Files.write(dir.resolve(name), new byte[] {'P', 'K', 3, 4, 0});
            assertThatThrownBy(() -> Ingestor.create().read(file, "t", DocumentMetadata.none()))
                    .isInstanceOfSatisfying(IngestionException.class,
                            e -> assertThat(e.problem()).isEqualTo(IngestionException.Problem.MISSING_LIBRARY))
                    .hasMessageContaining(name)
                    .hasMessageContaining("add the dependency ai.domainassist:sdk-ingest");
        }
        Path text = Files.writeString(dir.resolve("terms.txt"), "第一条 保险责任");
        assertThat(Ingestor.create().read(text, "t", DocumentMetadata.none()).text()).contains("保险责任");
    }

    @Test
    @org.junit.jupiter.api.Disabled("TEMPORARY: smartcn is on the default path while answer.KeyTerms segments with it")
    void smartChineseAnalysisNamesTheSmartcnArtifact() {
        assertThatThrownBy(() -> DocumentLibrary.builder().analysis(TextAnalysis.SMART_CHINESE).build())
                .isInstanceOf(RetrievalException.class)
                .hasMessageContaining("org.apache.lucene:lucene-analysis-smartcn")
                .hasMessageContaining("9.12");
    }
}
