package ai.domainassist.gov.check.internal;

import ai.domainassist.core.Severity;
import ai.domainassist.gov.check.PolicyReferences;
import ai.domainassist.gov.check.RuleCatalog;
import ai.domainassist.gov.model.NormativeFinding;
import ai.domainassist.gov.model.OfficialDocument;
import ai.domainassist.gov.rules.ExpertDictionary;
import ai.domainassist.gov.rules.Proofreader;
import ai.domainassist.gov.rules.internal.DataFiles;
import java.util.List;
import java.util.Optional;

/**
 * What a check sees: the parsed document and the resources configured on the checker.
 *
 * @param doc the document
 * @param catalog the rule table
 * @param dictionary the expert dictionary
 * @param proofreader the proofreader, or {@code null} when proofreading is off
 * @param references the policy library, or {@code null} when none is configured
 */
public record CheckContext(OfficialDocument doc, RuleCatalog catalog, ExpertDictionary dictionary,
        Proofreader proofreader, PolicyReferences references) {

    /** Phrases asking for approval, from {@code rules/request-phrases.txt} (fixed phrases). */
    public static final List<String> REQUEST_PHRASES = DataFiles.lines("rules/request-phrases.txt").stream()
            .filter(l -> !l.startsWith("re:")).toList();
    /** Patterns asking for approval, from {@code rules/request-phrases.txt} (lines starting with re:). */
    public static final List<java.util.regex.Pattern> REQUEST_PATTERNS = DataFiles.lines("rules/request-phrases.txt")
            .stream().filter(l -> l.startsWith("re:")).map(l -> java.util.regex.Pattern.compile(l.substring(3))).toList();
    /** Openings of a 请示's closing sentence, from {@code rules/closing-phrases.txt}. */
    public static final List<String> CLOSING_PHRASES = DataFiles.lines("rules/closing-phrases.txt");

    /** @return the document's text */
    public String text() {
        return doc.text();
    }

    /** @return the library, when configured */
    public Optional<PolicyReferences> library() {
        return Optional.ofNullable(references);
    }

    /**
     * A finding with the rule's default severity.
     *
     * @param ruleId the rule
     * @param start span start
     * @param end span end
     * @param message the message
     * @param fix the suggested fix, or empty
     * @return the finding
     */
    public NormativeFinding finding(String ruleId, int start, int end, String message, String fix) {
        return NormativeFinding.of(ruleId, catalog.severity(ruleId), start, end, message, fix);
    }

    /**
     * A finding with a given severity.
     *
     * @param ruleId the rule
     * @param severity the severity
     * @param start span start
     * @param end span end
     * @param message the message
     * @param fix the suggested fix, or empty
     * @return the finding
     */
    public NormativeFinding finding(String ruleId, Severity severity, int start, int end, String message, String fix) {
        return NormativeFinding.of(ruleId, severity, start, end, message, fix);
    }

    /**
     * The first request phrase in a text.
     *
     * @param s the text
     * @return the phrase, or empty
     */
    public static Optional<String> requestPhrase(String s) {
        for (String p : REQUEST_PHRASES) {
            if (s.contains(p)) {
                return Optional.of(p);
            }
        }
        for (java.util.regex.Pattern p : REQUEST_PATTERNS) {
            java.util.regex.Matcher m = p.matcher(s);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence is the closing request of a 请示 (妥否，请批示): it opens with a closing
     * phrase of {@code rules/closing-phrases.txt}, or it is a short request on its own (请批示。).
     *
     * @param sentence the sentence
     * @return {@code true} for a closing
     */
    public static boolean isClosing(String sentence) {
        for (String p : CLOSING_PHRASES) {
            if (sentence.startsWith(p)) {
                return true;
            }
        }
        return sentence.length() <= 8 && requestPhrase(sentence).isPresent();
    }
}
