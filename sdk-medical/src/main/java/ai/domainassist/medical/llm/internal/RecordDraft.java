package ai.domainassist.medical.llm.internal;

import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.List;

/**
 * What the model is asked to return (its JSON schema is generated from these records): the
 * record's sections with the dialogue quotes that support each, and the symptoms and diagnoses
 * with one quote each. Values are the model's and unverified; see {@link DraftVerifier}.
 *
 * @param sections the sections written
 * @param symptoms the symptoms found
 * @param diagnoses the doctor's diagnoses
 */
public record RecordDraft(List<SectionDraft> sections, List<SymptomDraft> symptoms, List<DiagnosisDraft> diagnoses) {

    /**
     * One section.
     *
     * @param section which section
     * @param text its text
     * @param quotes the dialogue's words that support it, verbatim
     */
    public record SectionDraft(Section section, String text, List<String> quotes) {
    }

    /**
     * One symptom.
     *
     * @param term the standard term
     * @param status present, absent or uncertain
     * @param duration how long, as the record writes it, or empty
     * @param quote the dialogue's words, verbatim
     */
    public record SymptomDraft(String term, SymptomStatus status, String duration, String quote) {
    }

    /**
     * One diagnosis.
     *
     * @param term the standard term
     * @param suspected whether the doctor said it as possible
     * @param quote the doctor's words, verbatim
     */
    public record DiagnosisDraft(String term, boolean suspected, String quote) {
    }

    /** Null lists from a lenient parser become empty lists. */
    public RecordDraft {
        sections = sections == null ? List.of() : sections.stream().filter(java.util.Objects::nonNull).toList();
        symptoms = symptoms == null ? List.of() : symptoms.stream().filter(java.util.Objects::nonNull).toList();
        diagnoses = diagnoses == null ? List.of() : diagnoses.stream().filter(java.util.Objects::nonNull).toList();
    }
}
