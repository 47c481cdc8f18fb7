package ai.domainassist.finance.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks 18-character resident ID numbers (GB 11643-1999): the ISO 7064 MOD 11-2 check character,
 * the birth date in characters 7-14 and the sex in character 17 (odd = male).
 *
 * <p>Stateless and thread-safe.
 */
public final class IdCardNumbers {
    private static final Pattern FORMAT = Pattern.compile("[0-9]{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCardNumbers() {
    }

    /**
     * Whether the number has the right form and check character and a real birth date.
     *
     * @param number the ID number (upper-case X)
     * @return {@code true} if valid
     */
    public static boolean isValid(String number) {
        return number != null && FORMAT.matcher(number).matches() && checkCharacter(number) == number.charAt(17)
                && birthDate(number).isPresent();
    }

    /**
     * The check character the first 17 digits call for.
     *
     * @param number at least 17 digits
     * @return the check character
     * @throws IllegalArgumentException if the first 17 characters are not digits
     */
    public static char checkCharacter(String number) {
        if (number == null || number.length() < 17 || !number.substring(0, 17).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("an ID number starts with 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * The birth date encoded in the number.
     *
     * @param number the ID number
     * @return the date, or empty when the number is malformed or the date impossible
     */
    public static Optional<LocalDate> birthDate(String number) {
        if (number == null || !FORMAT.matcher(number).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The sex encoded in the number.
     *
     * @param number the ID number
     * @return 男 or 女, or empty when malformed
     */
    public static Optional<String> sex(String number) {
        if (number == null || !FORMAT.matcher(number).matches()) {
            return Optional.empty();
        }
        return Optional.of((number.charAt(16) - '0') % 2 == 1 ? "男" : "女");
    }

    /**
     * Masks a number for messages: the first 6 and last 2 characters kept.
     *
     * @param number the number
     * @return the masked form
     */
    public static String mask(String number) {
        if (number == null || number.length() < 10) {
            return "****";
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 8) + number.substring(number.length() - 2);
    }
}
