package ai.domainassist.medical.model;

import ai.domainassist.core.grounding.Grounded;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A draft outpatient record for the doctor to review and sign: the prose sections of
 * 《病历书写基本规范》 ({@link Section}), the structured findings behind them, and what was done with
 * each utterance. Every field is {@link Grounded}: its evidence spans point into the transcript's
 * utterances (source id {@code u1}, {@code u2} ..., spans of {@link Utterance#text()}); header fields
 * carry {@code Origin.INPUT}.
 *
 * <p>A section absent from the record was not found in the dialogue; the checks flag it
 * {@code MISSING}. Immutable and thread-safe; build with {@link #builder()}.
 *
 * <p><b>What {@code confidence} means.</b> For an item the offline engine wrote ({@code Origin.RULES}) it
 * is the measured precision of the rule class that produced it: how often items of that class (a symptom
 * the patient stated as present, one denied in answer to the doctor, a confirmed diagnosis, a prescribed
 * medicine …) were right on CMDD's dev split and the project's own evaluation sets, shipped in
 * {@code ai/domainassist/medical/rules/confidence.tsv} with the number of items measured. It is the same
 * for every item of a class, not a judgement of the item. Classes nothing measures (advice) and classes
 * measured on fewer than 20 items are marked so in that file and carry 1.0, which makes no claim
 * (the review page shows a confidence only where it is a measurement). A section
 * the engine wrote carries the lowest confidence of the items behind it. For a model-written item
 * ({@code Origin.MODEL}) the confidence is not measured (a fixed 0.5) and should not be shown as one;
 * {@code Origin.INPUT} fields (visit time, department) are the caller's and carry 1.0.
 */
public final class OutpatientRecord {
    private final Grounded<String> visitTime;
    private final Grounded<String> department;
    private final Map<Section, Grounded<String>> sections;
    private final List<Grounded<Symptom>> symptoms;
    private final List<Grounded<VitalSign>> vitalSigns;
    private final List<Grounded<Finding>> findings;
    private final List<Grounded<Medication>> medications;
    private final List<Grounded<Allergy>> allergies;
    private final List<Grounded<HistoryItem>> history;
    private final List<Grounded<PersonalHistoryItem>> personalHistory;
    private final List<Grounded<FamilyHistoryItem>> familyHistory;
    private final List<Grounded<Examination>> examinations;
    private final List<Grounded<Diagnosis>> diagnoses;
    private final List<Grounded<Advice>> advice;
    private final List<UtteranceDecision> utterances;

    private OutpatientRecord(Builder b) {
        this.visitTime = b.visitTime;
        this.department = b.department;
        EnumMap<Section, Grounded<String>> m = new EnumMap<>(Section.class);
        m.putAll(b.sections);
        this.sections = java.util.Collections.unmodifiableMap(m);
        this.symptoms = List.copyOf(b.symptoms);
        this.vitalSigns = List.copyOf(b.vitalSigns);
        this.findings = List.copyOf(b.findings);
        this.medications = List.copyOf(b.medications);
        this.allergies = List.copyOf(b.allergies);
        this.history = List.copyOf(b.history);
        this.personalHistory = List.copyOf(b.personalHistory);
        this.familyHistory = List.copyOf(b.familyHistory);
        this.examinations = List.copyOf(b.examinations);
        this.diagnoses = List.copyOf(b.diagnoses);
        this.advice = List.copyOf(b.advice);
        this.utterances = List.copyOf(b.utterances);
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's content */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.visitTime = visitTime;
        b.department = department;
        b.sections.putAll(sections);
        b.symptoms.addAll(symptoms);
        b.vitalSigns.addAll(vitalSigns);
        b.findings.addAll(findings);
        b.medications.addAll(medications);
        b.allergies.addAll(allergies);
        b.history.addAll(history);
        b.personalHistory.addAll(personalHistory);
        b.familyHistory.addAll(familyHistory);
        b.examinations.addAll(examinations);
        b.diagnoses.addAll(diagnoses);
        b.advice.addAll(advice);
        b.utterances.addAll(utterances);
        return b;
    }

    /** @return the visit time ({@code yyyy-MM-dd[ HH:mm]}), when the input gave it */
    public Optional<Grounded<String>> visitTime() {
        return Optional.ofNullable(visitTime);
    }

    /** @return the department (科别), when the input gave it */
    public Optional<Grounded<String>> department() {
        return Optional.ofNullable(department);
    }

    /**
     * One prose section.
     *
     * @param section the section
     * @return its text with evidence, or empty when the dialogue gave nothing for it
     */
    public Optional<Grounded<String>> section(Section section) {
        return Optional.ofNullable(sections.get(section));
    }

    /** @return the sections present, in record order */
    public Map<Section, Grounded<String>> sections() {
        return sections;
    }

    /** @return 主诉, if found */
    public Optional<Grounded<String>> chiefComplaint() {
        return section(Section.CHIEF_COMPLAINT);
    }

    /** @return 现病史, if found */
    public Optional<Grounded<String>> presentIllness() {
        return section(Section.PRESENT_ILLNESS);
    }

    /** @return 初步诊断, if found */
    public Optional<Grounded<String>> diagnosisText() {
        return section(Section.DIAGNOSIS);
    }

    /** @return the symptoms, present, absent and uncertain, in order of first mention */
    public List<Grounded<Symptom>> symptoms() {
        return symptoms;
    }

    /** @return the vital signs measured */
    public List<Grounded<VitalSign>> vitalSigns() {
        return vitalSigns;
    }

    /** @return the doctor's examination findings */
    public List<Grounded<Finding>> findings() {
        return findings;
    }

    /** @return the medicines mentioned */
    public List<Grounded<Medication>> medications() {
        return medications;
    }

    /** @return allergies and denials of allergy */
    public List<Grounded<Allergy>> allergies() {
        return allergies;
    }

    /** @return past history entries and denials */
    public List<Grounded<HistoryItem>> history() {
        return history;
    }

    /** @return personal history entries (个人史: smoking, drinking, occupation, exposure, menstrual, obstetric) */
    public List<Grounded<PersonalHistoryItem>> personalHistory() {
        return personalHistory;
    }

    /** @return family history entries and denials (家族史) */
    public List<Grounded<FamilyHistoryItem>> familyHistory() {
        return familyHistory;
    }

    /** @return tests done and ordered */
    public List<Grounded<Examination>> examinations() {
        return examinations;
    }

    /** @return the doctor's diagnoses */
    public List<Grounded<Diagnosis>> diagnoses() {
        return diagnoses;
    }

    /** @return advice, follow-up, referrals */
    public List<Grounded<Advice>> advice() {
        return advice;
    }

    /** @return the role and keep/drop decision for every utterance, in transcript order */
    public List<UtteranceDecision> utterances() {
        return utterances;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutpatientRecord r && Objects.equals(visitTime, r.visitTime)
                && Objects.equals(department, r.department) && sections.equals(r.sections)
                && symptoms.equals(r.symptoms) && vitalSigns.equals(r.vitalSigns) && findings.equals(r.findings) && medications.equals(r.medications)
                && allergies.equals(r.allergies) && history.equals(r.history) && personalHistory.equals(r.personalHistory)
                && familyHistory.equals(r.familyHistory) && examinations.equals(r.examinations)
                && diagnoses.equals(r.diagnoses) && advice.equals(r.advice) && utterances.equals(r.utterances);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sections, symptoms, diagnoses);
    }

    /** Shows which sections and how many findings, never their text (personal health data). */
    @Override
    public String toString() {
        return "OutpatientRecord[sections=" + sections.keySet() + ", symptoms=" + symptoms.size() + ", diagnoses="
                + diagnoses.size() + "]";
    }

    /** Builds a record. Not thread-safe; use from one thread. */
    public static final class Builder {
        private Grounded<String> visitTime;
        private Grounded<String> department;
        private final Map<Section, Grounded<String>> sections = new EnumMap<>(Section.class);
        private final List<Grounded<Symptom>> symptoms = new ArrayList<>();
        private final List<Grounded<VitalSign>> vitalSigns = new ArrayList<>();
        private final List<Grounded<Finding>> findings = new ArrayList<>();
        private final List<Grounded<Medication>> medications = new ArrayList<>();
        private final List<Grounded<Allergy>> allergies = new ArrayList<>();
        private final List<Grounded<HistoryItem>> history = new ArrayList<>();
        private final List<Grounded<PersonalHistoryItem>> personalHistory = new ArrayList<>();
        private final List<Grounded<FamilyHistoryItem>> familyHistory = new ArrayList<>();
        private final List<Grounded<Examination>> examinations = new ArrayList<>();
        private final List<Grounded<Diagnosis>> diagnoses = new ArrayList<>();
        private final List<Grounded<Advice>> advice = new ArrayList<>();
        private final List<UtteranceDecision> utterances = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param value the visit time, or {@code null} for none
         * @return this builder
         */
        public Builder visitTime(Grounded<String> value) {
            this.visitTime = value;
            return this;
        }

        /**
         * @param value the department, or {@code null} for none
         * @return this builder
         */
        public Builder department(Grounded<String> value) {
            this.department = value;
            return this;
        }

        /**
         * Sets or removes a section.
         *
         * @param section the section
         * @param text its text with evidence, or {@code null} to remove it
         * @return this builder
         * @throws IllegalArgumentException if the text is blank
         */
        public Builder section(Section section, Grounded<String> text) {
            Objects.requireNonNull(section, "section");
            if (text == null) {
                sections.remove(section);
            } else {
                if (text.value().isBlank()) {
                    throw new IllegalArgumentException(section + " text is blank; leave the section out instead");
                }
                sections.put(section, text);
            }
            return this;
        }

        /**
         * @param values the symptoms (replace any set before)
         * @return this builder
         */
        public Builder symptoms(List<Grounded<Symptom>> values) {
            return replace(symptoms, values);
        }

        /**
         * @param values the vital signs (replace any set before)
         * @return this builder
         */
        public Builder vitalSigns(List<Grounded<VitalSign>> values) {
            return replace(vitalSigns, values);
        }

        /**
         * @param values the examination findings (replace any set before)
         * @return this builder
         */
        public Builder findings(List<Grounded<Finding>> values) {
            return replace(findings, values);
        }

        /**
         * @param values the medications (replace any set before)
         * @return this builder
         */
        public Builder medications(List<Grounded<Medication>> values) {
            return replace(medications, values);
        }

        /**
         * @param values the allergies (replace any set before)
         * @return this builder
         */
        public Builder allergies(List<Grounded<Allergy>> values) {
            return replace(allergies, values);
        }

        /**
         * @param values the history entries (replace any set before)
         * @return this builder
         */
        public Builder history(List<Grounded<HistoryItem>> values) {
            return replace(history, values);
        }

        /**
         * @param values the personal history entries (replace any set before)
         * @return this builder
         * @throws NullPointerException if an element is {@code null}
         */
        public Builder personalHistory(List<Grounded<PersonalHistoryItem>> values) {
            return replace(personalHistory, values);
        }

        /**
         * @param values the family history entries (replace any set before)
         * @return this builder
         * @throws NullPointerException if an element is {@code null}
         */
        public Builder familyHistory(List<Grounded<FamilyHistoryItem>> values) {
            return replace(familyHistory, values);
        }

        /**
         * @param values the examinations (replace any set before)
         * @return this builder
         */
        public Builder examinations(List<Grounded<Examination>> values) {
            return replace(examinations, values);
        }

        /**
         * @param values the diagnoses (replace any set before)
         * @return this builder
         */
        public Builder diagnoses(List<Grounded<Diagnosis>> values) {
            return replace(diagnoses, values);
        }

        /**
         * @param values the advice (replace any set before)
         * @return this builder
         */
        public Builder advice(List<Grounded<Advice>> values) {
            return replace(advice, values);
        }

        /**
         * @param values the utterance decisions (replace any set before)
         * @return this builder
         */
        public Builder utterances(List<UtteranceDecision> values) {
            utterances.clear();
            for (UtteranceDecision d : values) {
                utterances.add(Objects.requireNonNull(d, "utterance decision"));
            }
            return this;
        }

        private <T> Builder replace(List<T> target, List<T> values) {
            target.clear();
            for (T v : values) {
                target.add(Objects.requireNonNull(v, "element"));
            }
            return this;
        }

        /** @return the record */
        public OutpatientRecord build() {
            return new OutpatientRecord(this);
        }
    }
}
