package ai.domainassist.retrieval.internal.ingest;

import ai.domainassist.retrieval.IngestionException;
import ai.domainassist.retrieval.IngestionException.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads plain text and Markdown: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (the
 * encoding of many Chinese government files); line endings become {@code \n}. A file with NUL
 * bytes, or valid in none of these encodings, is corrupt (binary). Stateless.
 */
final class PlainTextReader {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private PlainTextReader() {
    }

    static Extracted read(Path file, byte[] bytes, boolean markdown) {
        String text = decode(file, bytes).replace("\r\n", "\n").replace('\r', '\n');
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
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(file, b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(file, b, 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(file, b, 2, StandardCharsets.UTF_16LE);
        }
        String utf8 = tryDecode(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String gb = tryDecode(b, GB18030);
        if (gb != null) {
            return gb;
        }
        throw new IngestionException(file, Problem.CORRUPT, "neither UTF-8 nor GB18030 text", null);
    }

    private static String strict(Path file, byte[] b, int offset, Charset cs) {
        String s = tryDecode(java.util.Arrays.copyOfRange(b, offset, b.length), cs);
        if (s == null) {
            throw new IngestionException(file, Problem.CORRUPT, "invalid " + cs.name() + " after its byte-order mark", null);
        }
        return s;
    }

    private static String tryDecode(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
