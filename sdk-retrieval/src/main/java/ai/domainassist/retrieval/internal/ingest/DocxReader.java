package ai.domainassist.retrieval.internal.ingest;

import ai.domainassist.retrieval.IngestionException;
import ai.domainassist.retrieval.IngestionException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads Word {@code .docx} with Apache POI: body paragraphs and tables in document order;
 * paragraphs styled "Heading N" / "标题 N" / "Title" become headings; table rows become
 * tab-separated lines. Stateless.
 */
final class DocxReader {
    private static final Pattern HEADING_STYLE = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");

    private DocxReader() {
    }

    static Extracted read(Path file, byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String title = doc.getProperties().getCoreProperties().getTitle();
            Layout layout = new Layout();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph) {
                    XWPFParagraph p = (XWPFParagraph) element;
                    int level = headingLevel(doc, p);
                    if (level > 0) {
                        layout.heading(p.getText(), level);
                    } else {
                        layout.paragraph(p.getText());
                    }
                } else if (element instanceof XWPFTable) {
                    for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText());
                        }
                        layout.row(cells);
                    }
                } else if (element instanceof XWPFSDT) {
                    layout.paragraph(((XWPFSDT) element).getContent().getText());
                }
            }
            return new Extracted(title, layout.text());
        } catch (EncryptedDocumentException e) {
            throw new IngestionException(file, Problem.ENCRYPTED, null, e);
        }
    }

    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null || doc.getStyles() == null) {
            return 0;
        }
        XWPFStyle style = doc.getStyles().getStyle(id);
        String name = (style == null || style.getName() == null ? id : style.getName()).strip().toLowerCase(Locale.ROOT);
        if (name.equals("title") || name.equals("标题")) {
            return 1;
        }
        Matcher m = HEADING_STYLE.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The error for an OLE2 file named .docx: an encrypted OOXML package, or a legacy binary document. */
    static IngestionException ole2(Path file, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return new IngestionException(file, Problem.ENCRYPTED, "password-protected Word document", null);
            }
            return new IngestionException(file, Problem.CORRUPT,
                    "a legacy binary (OLE2) document named .docx; save it as .docx", null);
        } catch (IOException | RuntimeException e) {
            return new IngestionException(file, Problem.CORRUPT, "damaged OLE2 container", e);
        }
    }
}
