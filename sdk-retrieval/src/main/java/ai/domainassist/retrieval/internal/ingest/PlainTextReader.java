package ai.domainassist.retrieval.internal.ingest;

import ai.domainassist.core.text.TextDecoding;
import ai.domainassist.retrieval.IngestionException;
import ai.domainassist.retrieval.IngestionException.Problem;
import java.nio.file.Path;

/**
 * Reads plain text and Markdown: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (the
 * encoding of many Chinese government files), as sdk-core's {@link TextDecoding} detects them; line
 * endings become {@code \n}. A file with NUL bytes, or valid in none of these encodings, is
 * corrupt (binary). Stateless.
 */
final class PlainTextReader {
    private PlainTextReader() {
    }

    static Extracted read(Path file, byte[] bytes, boolean markdown) {
        String text = decode(file, bytes);
        if (text.indexOf('\u0000') >= 0) {
            throw new IngestionException(file, Problem.CORRUPT, "binary content (NUL characters) in a text file", null);
        }
        String title = null;
        if (markdown) {
            for (String line : text.split("\n")) {
                if (line.startsWith("# ")) {
                    title = line.substring(2).strip();
                    break;
                }
            }
        }
        return new Extracted(title, text);
    }

    private static String decode(Path file, byte[] b) {
        try {
            return TextDecoding.decode(b).text();
        } catch (IllegalArgumentException e) {
            throw new IngestionException(file, Problem.CORRUPT, e.getMessage(), null);
        }
    }
}
