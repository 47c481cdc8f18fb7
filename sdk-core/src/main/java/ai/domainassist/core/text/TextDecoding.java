package ai.domainassist.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.Objects;

/**
 * Turns the bytes of a text file or upload into text, the way Chinese hospital and government
 * systems write them: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or
 * GB18030 (a superset of GBK and GB2312, still common in those systems). Line ends
 * ({@code \r\n}, {@code \r}) become {@code \n}, and a leading byte-order mark is dropped.
 *
 * <p>{@link #decode(byte[])} detects the encoding: a byte-order mark decides; else the bytes are
 * read as UTF-8 if they are valid UTF-8 (text in GBK almost never is), else as GB18030.
 * {@link #decode(byte[], Charset)} uses the encoding the caller states. Decoding is strict: a byte
 * sequence that is not valid in the encoding is an error, never a replacement character.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoding {
    /** GB18030, the Chinese national encoding (a superset of GBK and GB2312). */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /**
     * Text decoded from bytes, with the encoding used.
     *
     * @param text the text, line ends as {@code \n}, without byte-order mark
     * @param charset the encoding the bytes were read in
     */
    public record Decoded(String text, Charset charset) {
        /**
         * Checks the components.
         *
         * @param text the text
         * @param charset the encoding
         * @throws NullPointerException if a component is {@code null}
         */
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
        }
    }

    /**
     * Decodes bytes whose encoding is not known: UTF-8, UTF-16 with byte-order mark, or GB18030.
     *
     * @param bytes the bytes
     * @return the text and the encoding found
     * @throws IllegalArgumentException if the bytes are valid in none of these encodings (binary
     *         data); the message names the encodings tried, never the content
     * @throws NullPointerException if {@code bytes} is {@code null}
     */
    public static Decoded decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return new Decoded(decode(bytes, bom), bom);
        }
        try {
            return new Decoded(strict(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8) {
            try {
                return new Decoded(strict(bytes, GB18030), GB18030);
            } catch (IllegalArgumentException notGb) {
                throw new IllegalArgumentException("neither UTF-8 nor GB18030 text (" + notUtf8.getMessage() + "; "
                        + notGb.getMessage() + "); state the encoding if it is another one", notGb);
            }
        }
    }

    /**
     * Decodes bytes in a stated encoding (a byte-order mark matching it is dropped). {@code GBK} and
     * {@code GB2312} may be given; they are read as GB18030, their superset.
     *
     * @param bytes the bytes
     * @param charset their encoding
     * @return the text, line ends as {@code \n}
     * @throws IllegalArgumentException if the bytes are not valid in that encoding; the message
     *         names the encoding and the byte offset, never the content
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String decode(byte[] bytes, Charset charset) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(charset, "charset");
        Charset cs = charset.name().equalsIgnoreCase("GBK") || charset.name().equalsIgnoreCase("GB2312") ? GB18030 : charset;
        return strict(bytes, cs);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Decodes strictly; a byte-order mark decodes to U+FEFF in every Unicode encoding and GB18030 and is dropped. */
    private static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out;
        try {
            out = decoder.decode(in);
        } catch (MalformedInputException | UnmappableCharacterException e) {
            throw new IllegalArgumentException("not valid " + cs.name() + " at byte " + in.position(), e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid " + cs.name(), e);
        }
        String s = out.toString();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
