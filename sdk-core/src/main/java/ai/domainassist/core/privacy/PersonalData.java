package ai.domainassist.core.privacy;

/**
 * The kinds of personal data the {@link Redactor} finds by itself. Each has a placeholder label;
 * data the caller marks ({@code ChatRequest.Options.privateTerms()}) gets {@code PRIVATE}, dictionary
 * terms and custom patterns get the label they were registered with.
 */
public enum PersonalData {
    /** Mainland resident identity card numbers, 18 characters, check digit verified. */
    ID_CARD("ID_CARD"),
    /** Mainland mobile numbers (1[3-9] and nine digits, optional +86, spaces or hyphens). */
    MOBILE_PHONE("PHONE"),
    /** Landline numbers with an area code in parentheses or followed by a hyphen or space. */
    LANDLINE_PHONE("PHONE"),
    /** Bank card numbers of 13 to 19 digits (groups of four allowed) passing the Luhn check. */
    BANK_CARD("BANK_CARD"),
    /** E-mail addresses. */
    EMAIL("EMAIL");

    private final String label;

    PersonalData(String label) {
        this.label = label;
    }

    /** @return the placeholder label, for example {@code PHONE} in {@code [PHONE_1]} */
    public String label() {
        return label;
    }
}
