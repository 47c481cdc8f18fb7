package ai.domainassist.examples.cli;

import ai.domainassist.core.text.TextDecoding;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The input options of the commands that read text files. Filled by picocli; read-only afterwards.
 */
public final class InputOptions {
    @Option(names = "--encoding", paramLabel = "auto|UTF-8|GBK|GB18030", converter = EncodingConverter.class,
            description = "Encoding of the input text files. auto (the default) reads UTF-8, UTF-16 with a byte-order mark,"
                    + " else GB18030, which covers GBK and GB2312; name one (GBK, GB18030, UTF-8 ...) to insist on it.")
    Charset encoding;

    /** @return the stated encoding, or {@code null} for auto-detection */
    public Charset encoding() {
        return encoding;
    }

    /**
     * Decodes a file's bytes in the stated encoding, or detects it.
     *
     * @param bytes the bytes
     * @return the text, line ends as {@code \n}
     * @throws IllegalArgumentException if the bytes are not text in that (or any detected) encoding
     */
    public String decode(byte[] bytes) {
        return encoding == null ? TextDecoding.decode(bytes).text() : TextDecoding.decode(bytes, encoding);
    }

    /** Converts {@code auto} or a charset name. */
    static final class EncodingConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            String v = value.strip();
            if (v.equalsIgnoreCase("auto")) {
                return null;
            }
            try {
                return Charset.forName(v);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new TypeConversionException("'" + value + "' is not an encoding this Java knows;"
                        + " use auto, UTF-8, GBK or GB18030");
            }
        }
    }
}
