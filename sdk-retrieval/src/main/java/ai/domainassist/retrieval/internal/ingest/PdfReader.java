package ai.domainassist.retrieval.internal.ingest;

import ai.domainassist.retrieval.IngestionException;
import ai.domainassist.retrieval.IngestionException.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads PDF with Apache PDFBox: text lines in reading order with their positions, grouped into
 * paragraphs by {@link PdfParagraphs} (PDFBox's own paragraph marks split every line of text set
 * with 1.5 line spacing, so they are not used). A PDF that needs a password to open is
 * encrypted; one without pages is corrupt; one without extractable text (scanned) is empty; one
 * whose fonts' character maps are out of bounds ({@link PdfFontGuard}) is corrupt.
 * Stateless.
 */
final class PdfReader {

    private PdfReader() {
    }

    static Extracted read(Path file, byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new IngestionException(file, Problem.CORRUPT, "no pages", null);
            }
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            LineCollector collector = new LineCollector();
            collector.getText(pdf);
            Layout layout = new Layout();
            for (String paragraph : PdfParagraphs.group(collector.lines)) {
                layout.paragraph(paragraph);
            }
            return new Extracted(title, layout.text());
        } catch (InvalidPasswordException e) {
            throw new IngestionException(file, Problem.ENCRYPTED, "password-protected PDF", e);
        } catch (PdfFontGuard.OutOfBounds e) {
            throw new IngestionException(file, Problem.CORRUPT, e.getMessage(), e);
        }
    }

    /** Collects the text lines PDFBox finds, with where each starts and ends. */
    private static final class LineCollector extends PDFTextStripper {
        final List<PdfParagraphs.Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float x0;
        private float x1;
        private float y;
        private int chars;
        private int page;
        private final PdfFontGuard fontGuard = new PdfFontGuard();

        LineCollector() {
            setSortByPosition(true);
        }

        /** Checks each font's character maps before PDFBox loads the font for the Tf operator. */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Tf".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name
                    && getResources() != null) {
                COSDictionary fonts = getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                if (fonts != null && fonts.getDictionaryObject(name) instanceof COSDictionary font) {
                    fontGuard.check(font);
                }
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void startPage(PDPage p) throws IOException {
            page++;
            super.startPage(p);
        }

        @Override
        protected void endPage(PDPage p) throws IOException {
            endLine();
            super.endPage(p);
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            if (text.length() == 0) {
                x0 = positions.get(0).getXDirAdj();
                y = positions.get(0).getYDirAdj();
            }
            TextPosition last = positions.get(positions.size() - 1);
            x1 = last.getXDirAdj() + last.getWidthDirAdj();
            chars += positions.size();
            text.append(s);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
        }

        @Override
        protected void writeParagraphStart() {
            // Paragraphs are decided by PdfParagraphs.
        }

        private void endLine() {
            if (text.toString().isBlank()) {
                text.setLength(0);
                chars = 0;
                return;
            }
            lines.add(new PdfParagraphs.Line(text.toString(), x0, x1, y, chars, page));
            text.setLength(0);
            chars = 0;
        }
    }
}
