package ai.domainassist.benchmarks.peers;

import java.util.List;

/**
 * The record the structured-output workload extracts: nested object, list and enum, as a domain
 * record would have.
 *
 * @param chiefComplaint the chief complaint
 * @param durationDays how long it has lasted
 * @param maxTemperature the highest temperature reported, in degrees Celsius
 * @param symptoms the symptoms named
 * @param severity how severe
 * @param allergy the allergy reported
 */
public record VisitSummary(String chiefComplaint, int durationDays, double maxTemperature, List<String> symptoms,
                           Severity severity, Allergy allergy) {

    /** How severe the illness is. */
    public enum Severity {
        /** Mild. */
        MILD,
        /** Moderate. */
        MODERATE,
        /** Severe. */
        SEVERE
    }

    /**
     * An allergy.
     *
     * @param substance what the patient is allergic to
     * @param confirmed whether it was confirmed
     */
    public record Allergy(String substance, boolean confirmed) {
    }
}
