package ai.domainassist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Ingestor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user who adds {@code sdk-ingest} gets: Word, PDF and HTML files read by sdk-retrieval's
 * {@link Ingestor}, and the libraries' logging routed to SLF4J (no commons-logging, and log4j-api
 * bound to its SLF4J bridge, not to its own fallback logger).
 */
class IngestArtifactTest {
    @Test
    void wordPdfAndHtmlAreReadWithThisArtifactOnTheClasspath(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("a.docx");
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("第一条 道路停车泊位统一设置。");
            d.write(out);
            Files.write(docx, out.toByteArray());
        }
        Path pdf = dir.resolve("b.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(d, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Article 1 Parking spaces.");
                s.endText();
            }
            d.save(pdf.toFile());
        }
        Path html = dir.resolve("c.html");
        Files.writeString(html, "<html><head><title>通知</title></head><body><p>一、统一设置泊位。</p></body></html>");

        Ingestor in = Ingestor.create();
        Document w = in.read(docx, "a", DocumentMetadata.none());
        Document p = in.read(pdf, "b", DocumentMetadata.none());
        Document h = in.read(html, "c", DocumentMetadata.none());

        assertThat(w.text()).contains("道路停车泊位统一设置");
        assertThat(p.text()).contains("Parking spaces");
        assertThat(h.title()).isEqualTo("通知");
        assertThat(h.text()).contains("统一设置泊位");
    }

    @Test
    void theLibrariesLogThroughSlf4j() throws Exception {
        // PDFBox's commons-logging calls land in jcl-over-slf4j (commons-logging itself is excluded).
        assertThat(org.apache.commons.logging.LogFactory.getFactory().getClass().getName())
                .isEqualTo("org.apache.commons.logging.impl.SLF4JLogFactory");
        assertThat(getClass().getClassLoader().getResource("org/apache/commons/logging/impl/LogFactoryImpl.class"))
                .as("commons-logging's own implementation is not on the classpath").isNull();
        // POI's log4j-api calls go to the log4j-to-slf4j provider, not to log4j-api's status logger.
        assertThat(org.apache.logging.log4j.LogManager.getContext(false).getClass().getName())
                .isEqualTo("org.apache.logging.slf4j.SLF4JLoggerContext");
    }
}
