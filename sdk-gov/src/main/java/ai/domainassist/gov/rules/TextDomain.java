package ai.domainassist.gov.rules;

/**
 * The kind of text a {@link Proofreader} checks, which decides what it may safely suggest. The
 * statistical corrector's language model and confusion sets are learned from official documents:
 * on official prose they find wrong characters; on other text they would rewrite correct domain
 * terms into commoner official words. {@link Proofreader#detect(String)} tells the domain of a text;
 * a caller that knows it states it through {@link Proofreader#check(String, TextDomain)}.
 */
public enum TextDomain {
    /**
     * Official documents (公文) and policy prose: every check, the statistical corrector included; it
     * never changes a legal term ({@code proofreading/terms-legal.txt}) or a medical term of three or
     * more characters ({@code proofreading/terms-medical.txt}).
     */
    OFFICIAL,
    /**
     * Statutes, regulations and legal documents: the same checks as {@link #OFFICIAL} (statutes are
     * official prose; the legal terms are protected in both).
     */
    LEGAL,
    /**
     * Medical text (records, consultations): only the wrong word forms and the context rules marked
     * safe for it; the official-document language model is not applied.
     */
    MEDICAL,
    /** Any other text: only the wrong word forms and the context rules marked safe for it. */
    GENERAL;

    /** @return whether the official-document statistical corrector runs on text of this domain */
    boolean usesOfficialModel() {
        return this == OFFICIAL || this == LEGAL;
    }
}
