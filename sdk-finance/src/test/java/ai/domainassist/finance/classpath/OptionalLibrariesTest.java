package ai.domainassist.finance.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Document;
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
                "org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer",
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
    void smartChineseAnalysisNamesTheSmartcnArtifact() {
        assertThatThrownBy(() -> DocumentLibrary.builder().analysis(TextAnalysis.SMART_CHINESE).build())
                .isInstanceOf(RetrievalException.class)
                .hasMessageContaining("org.apache.lucene:lucene-analysis-smartcn")
                .hasMessageContaining("9.12");
    }

    /** The answer checks (answerability, support) segment without smartcn: terms Q&A works on a user's classpath. */
    @Test
    void termsQuestionsAreAnsweredAndDeclinedWithoutSmartcn(@TempDir Path dir) {
        assertThat(getClass().getClassLoader().getResource("org/apache/lucene/analysis/cn/smart/SmartChineseAnalyzer.class"))
                .isNull();
        try (DocumentLibrary terms = DocumentLibrary.builder().inMemory().build()) {
            terms.add(Document.of("t1", "条款", "2.3 等待期 自本合同生效之日起30日为等待期，等待期内发生的疾病不承担保险责任。"));
            terms.add(Document.of("t2", "条款", "2.4 免赔额 本合同年度免赔额为1万元。"));
            try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir.resolve("r")).termsLibrary(terms)
                    .build()) {
                Result<TermsAnswer> r = assistant.answerTerms("等待期是多少天？", 2);
                assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).isEmpty();
                assertThat(r.value().answer()).contains("30日为等待期");
                Result<TermsAnswer> none = assistant.answerTerms("宠物走失了能赔吗？", 2);
                assertThat(none.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
                assertThat(none.value().citations()).isEmpty();
            }
        }
    }
}
