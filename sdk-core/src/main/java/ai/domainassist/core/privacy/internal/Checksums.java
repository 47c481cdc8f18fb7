package ai.domainassist.core.privacy.internal;

/**
 * Check digits of mainland resident identity card numbers (GB 11643-1999, ISO 7064 MOD 11-2)
 * and of bank card numbers (Luhn, ISO/IEC 7812-1).
 *
 * <p>Stateless and thread-safe.
 */
public final class Checksums {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private Checksums() {
    }

    /**
     * @param id 18 characters: 17 digits and a digit or {@code X}/{@code x}
     * @return whether the last character is the right check character
     */
    public static boolean validIdCard(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK[sum % 11];
    }

    /**
     * The check character an 18-character identity number must end with.
     *
     * @param first17 the first 17 digits
     * @return the check character
     */
    public static char idCardCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11];
    }

    /**
     * @param digits a digit string
     * @return whether it passes the Luhn check
     */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }
}
