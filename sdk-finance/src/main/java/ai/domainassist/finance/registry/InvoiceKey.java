package ai.domainassist.finance.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The identity of one invoice in the registry: a SHA-256 hash of 票据代码 + 票据号码, or of the
 * e-invoice 校验码. Only the hash is stored or logged, never the numbers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hash the hex SHA-256 of the normalised key
 */
public record InvoiceKey(String hash) implements Comparable<InvoiceKey> {

    /**
     * Checks and normalises the components.
     *
     * @param hash the hex SHA-256 of the normalised key
     * @throws NullPointerException if the hash is {@code null}
     * @throws IllegalArgumentException if it is not 64 lower-case hex characters
     */
    public InvoiceKey {
        Objects.requireNonNull(hash, "hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an invoice key is a hex SHA-256");
        }
    }

    /**
     * The key of an invoice by code and number.
     *
     * @param code 票据代码
     * @param number 票据号码
     * @return the key
     * @throws IllegalArgumentException if either is blank
     */
    public static InvoiceKey ofCodeAndNumber(String code, String number) {
        if (code == null || code.isBlank() || number == null || number.isBlank()) {
            throw new IllegalArgumentException("invoice code and number are required");
        }
        return new InvoiceKey(sha256("code-number:" + norm(code) + "|" + norm(number)));
    }

    /**
     * The key of an electronic invoice by its check code.
     *
     * @param checkCode 校验码
     * @return the key
     * @throws IllegalArgumentException if blank
     */
    public static InvoiceKey ofCheckCode(String checkCode) {
        if (checkCode == null || checkCode.isBlank()) {
            throw new IllegalArgumentException("check code is required");
        }
        return new InvoiceKey(sha256("check-code:" + norm(checkCode)));
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public int compareTo(InvoiceKey o) {
        return hash.compareTo(o.hash);
    }

    @Override
    public String toString() {
        return "InvoiceKey[" + hash.substring(0, 12) + "]";
    }
}
