package ai.domainassist.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes real .docx and .pdf files with Apache POI and PDFBox for the ingestion tests: plain,
 * password-protected, scanned-like (no text). PDFs use the test font
 * {@code src/test/resources/fonts/test-cjk.ttf} (see {@code src/test/fonts/make_test_font.py}).
 */
public final class TestFiles {
    private TestFiles() {
    }

    /** A paragraph of a test document: a heading (level 1..6) or body text (level 0). */
    public record Para(int level, String text) {
        public static Para h(int level, String text) {
            return new Para(level, text);
        }

        public static Para p(String text) {
            return new Para(0, text);
        }
    }

    public static byte[] docx(String title, List<Para> paragraphs, List<List<String>> table) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            XWPFStyles styles = doc.createStyles();
            for (int level = 1; level <= 3; level++) {
                CTStyle ct = CTStyle.Factory.newInstance();
                ct.setStyleId("Heading" + level);
                ct.addNewName().setVal("heading " + level);
                ct.setType(STStyleType.PARAGRAPH);
                styles.addStyle(new XWPFStyle(ct, styles));
            }
            for (Para para : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                if (para.level() > 0) {
                    p.setStyle("Heading" + para.level());
                }
                p.createRun().setText(para.text());
            }
            if (table != null) {
                XWPFTable t = doc.createTable(table.size(), table.get(0).size());
                for (int r = 0; r < table.size(); r++) {
                    for (int c = 0; c < table.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(table.get(r).get(c));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A minimal .docx package whose {@code word/document.xml} body is the given WordprocessingML,
     * as written (for malformed or hostile bodies POI would not produce).
     */
    public static byte[] rawDocx(String bodyXml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml"
                    + "\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas"
                    + ".openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + bodyXml + "</w:body></w:document>");
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The same .docx, encrypted with a password (agile encryption, as Word does). */
    public static byte[] encryptedDocx(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A PDF that lays the paragraphs out as a word processor would: wrapped at a fixed number of
     * characters, first lines indented, a gap between paragraphs, several pages if needed.
     */
    public static byte[] pdf(String title, List<String> paragraphs, String userPassword) {
        try (PDDocument doc = new PDDocument(); InputStream font = TestFiles.class.getResourceAsStream("/fonts/test-cjk.ttf");
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font f = PDType0Font.load(doc, font);
            doc.getDocumentInformation().setTitle(title);
            float size = 12;
            float leading = 18;
            float top = PDRectangle.A4.getHeight() - 60;
            int perLine = 30;
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String para : paragraphs) {
                List<String> lines = new java.util.ArrayList<>();
                String rest = "\u3000\u3000" + para;
                while (rest.length() > perLine) {
                    lines.add(rest.substring(0, perLine));
                    rest = rest.substring(perLine);
                }
                lines.add(rest);
                for (String line : lines) {
                    if (cs == null || y < 60) {
                        if (cs != null) {
                            cs.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = top;
                    }
                    cs.beginText();
                    cs.setFont(f, size);
                    cs.newLineAtOffset(60, y);
                    cs.showText(line);
                    cs.endText();
                    y -= leading;
                }
                y -= leading;
            }
            if (cs != null) {
                cs.close();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF of {@link #pdf} with each font's {@code ToUnicode} map replaced by an uncompressed
     * map of one {@code bfrange} from {@code lo} to {@code hi} (hex codes), as a damaged or hostile
     * file may carry.
     */
    public static byte[] pdfWithToUnicodeRange(byte[] pdf, String lo, String hi) {
        String cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Hostile def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<" + lo + "> <" + hi
                + "> <0041>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.cos.COSDictionary font = page.getResources().getCOSObject()
                            .getCOSDictionary(org.apache.pdfbox.cos.COSName.FONT).getCOSDictionary(name);
                    org.apache.pdfbox.cos.COSStream map = doc.getDocument().createCOSStream();
                    try (java.io.OutputStream os = map.createOutputStream()) {
                        os.write(cmap.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    font.setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, map);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF page with a drawn box and no text: what a scan looks like to a text extractor. */
    public static byte[] pdfWithoutText() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 300, 400);
                cs.fill();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
