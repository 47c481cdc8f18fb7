package ai.domainassist.finance.check;

/**
 * Checks bank card numbers with the Luhn (mod 10) algorithm.
 *
 * <p>Stateless and thread-safe.
 */
public final class BankCardNumbers {
    private BankCardNumbers() {
    }

    /**
     * Whether a number of 12 to 19 digits passes the Luhn check.
     *
     * @param number the digits
     * @return {@code true} if valid
     */
    public static boolean isValid(String number) {
        if (number == null || number.length() < 12 || number.length() > 19
                || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int d = number.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /**
     * Masks a card number for messages: the last 4 digits kept.
     *
     * @param number the number
     * @return the masked form
     */
    public static String mask(String number) {
        if (number == null || number.length() < 8) {
            return "****";
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}
