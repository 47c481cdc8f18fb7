package ai.domainassist.retrieval.internal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Checks a font's character maps (its {@code ToUnicode} map and a Type 0 font's embedded
 * {@code Encoding}) before PDFBox reads them. PDFBox expands every {@code bfrange} of a
 * character map code by code: one damaged or hostile range of two billion codes (a flipped
 * byte in a compressed map is enough) kept text extraction busy for hours, so one PDF stopped
 * a whole ingestion. A map whose decoded form passes 4 MiB, a range of more than 65,536 codes,
 * or ranges of more than 1,048,576 codes together make the PDF unreadable (an
 * {@link OutOfBounds}, reported as a corrupt file) instead.
 *
 * <p>Not thread-safe: one guard per PDF being read.
 */
final class PdfFontGuard {
    static final int MAX_MAP_BYTES = 4 << 20;
    static final long MAX_RANGE = 65_536;
    static final long MAX_CODES = 1 << 20;
    private static final byte[] BEGIN = "beginbfrange".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] END = "endbfrange".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Set<COSBase> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param font a font dictionary about to be used
     * @throws IOException if one of its character maps is out of bounds
     */
    void check(COSDictionary font) throws IOException {
        if (!checked.add(font)) {
            return;
        }
        checkMap(font.getDictionaryObject(COSName.TO_UNICODE));
        checkMap(font.getDictionaryObject(COSName.ENCODING));
    }

    private void checkMap(COSBase map) throws IOException {
        if (!(map instanceof COSStream stream) || !checked.add(stream)) {
            return;
        }
        byte[] decoded;
        try (InputStream in = stream.createInputStream()) {
            decoded = in.readNBytes(MAX_MAP_BYTES + 1);
        }
        if (decoded.length > MAX_MAP_BYTES) {
            throw new OutOfBounds("a font's character map is larger than " + MAX_MAP_BYTES + " bytes");
        }
        long codes = 0;
        int at = indexOf(decoded, BEGIN, 0);
        while (at >= 0) {
            int end = indexOf(decoded, END, at + BEGIN.length);
            int stop = end < 0 ? decoded.length : end;
            codes += ranges(decoded, at + BEGIN.length, stop);
            if (codes > MAX_CODES) {
                throw new OutOfBounds("a font's character map has more than " + MAX_CODES + " codes in its ranges");
            }
            at = end < 0 ? -1 : indexOf(decoded, BEGIN, end + END.length);
        }
    }

    /**
     * The codes of the ranges between {@code from} and {@code to}: entries {@code <lo> <hi> dst},
     * where dst is a {@code <string>} (expanded code by code) or an {@code [array]} (as long as it is).
     */
    private static long ranges(byte[] b, int from, int to) throws IOException {
        long total = 0;
        int i = from;
        while (true) {
            long[] low = new long[1];
            i = hex(b, i, to, low);
            if (i < 0) {
                return total;
            }
            long[] high = new long[1];
            i = hex(b, i, to, high);
            if (i < 0) {
                return total;
            }
            long span = high[0] - low[0] + 1;
            if (span > MAX_RANGE) {
                throw new OutOfBounds("a font's character map has a range of " + span + " codes");
            }
            total += Math.max(0, span);
            i = skipDestination(b, i, to);
            if (i < 0) {
                return total;
            }
        }
    }

    /** Reads the next {@code <hex>} token's value (big-endian, its last 8 bytes); returns the index after it, or -1. */
    private static int hex(byte[] b, int i, int to, long[] value) {
        while (i < to && b[i] != '<') {
            if (b[i] == '[') {
                return -1; // not where a range's codes are: give up scanning, PDFBox will judge
            }
            i++;
        }
        if (i >= to) {
            return -1;
        }
        long v = 0;
        int digits = 0;
        for (i++; i < to && b[i] != '>'; i++) {
            int d = Character.digit(b[i], 16);
            if (d >= 0) {
                v = (v << 4) | d;
                digits++;
            }
        }
        value[0] = digits > 16 ? Long.MAX_VALUE : v;
        return i < to ? i + 1 : -1;
    }

    /** Skips a range's destination: a {@code <string>} or an {@code [array]}; returns the index after it, or -1. */
    private static int skipDestination(byte[] b, int i, int to) {
        while (i < to && b[i] != '<' && b[i] != '[') {
            i++;
        }
        if (i >= to) {
            return -1;
        }
        byte close = b[i] == '<' ? (byte) '>' : (byte) ']';
        while (i < to && b[i] != close) {
            i++;
        }
        return i < to ? i + 1 : -1;
    }

    private static int indexOf(byte[] b, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= b.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A character map out of bounds; the message says which bound, never the map's content. */
    static final class OutOfBounds extends IOException {
        private static final long serialVersionUID = 1L;

        OutOfBounds(String message) {
            super(message);
        }
    }
}
