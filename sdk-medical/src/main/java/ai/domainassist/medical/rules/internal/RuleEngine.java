package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Advice;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.VitalSign;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.assertion.AssertionTriggers;
import ai.domainassist.medical.rules.assertion.internal.AssertionLayer;
import java.util.List;
import java.util.Map;

/**
 * The offline engine: prepares the dialogue (roles, filtering, questions and answers), runs the
 * extractors and writes the record. Built once (it loads the data files), then immutable and
 * thread-safe: every call works on its own {@link Dialogue}.
 */
public final class RuleEngine {
    private final Lexicons lexicons;
    private final Cues cues;
    private final AssertionLayer layer;
    private final RoleSeparator roles = new RoleSeparator();
    private final DialogueFilter filter = new DialogueFilter();
    private final SymptomExtractor symptoms;
    private final VitalSignExtractor vitals = new VitalSignExtractor();
    private final FindingExtractor findings;
    private final MedicationExtractor medications;
    private final AllergyExtractor allergies;
    private final HistoryExtractor history;
    private final PersonalHistoryExtractor personal;
    private final FamilyHistoryExtractor family;
    private final ExamExtractor exams;
    private final DiagnosisExtractor diagnoses;
    private final ReportedIllnessExtractor reported = new ReportedIllnessExtractor();
    private final AdviceExtractor advice;
    private final RecordComposer composer;

    /**
     * Builds the engine.
     *
     * @param lexicon the term lexicon
     */
    public RuleEngine(TermLexicon lexicon) {
        this(lexicon, AssertionTriggers.defaults());
    }

    /**
     * Builds the engine with a trigger table of the assertion layer.
     *
     * @param lexicon the term lexicon
     * @param triggers the assertion triggers
     */
    public RuleEngine(TermLexicon lexicon, AssertionTriggers triggers) {
        this.lexicons = new Lexicons(lexicon);
        this.cues = Cues.of(triggers);
        this.layer = new AssertionLayer(triggers);
        OnsetParser onsets = new OnsetParser();
        this.symptoms = new SymptomExtractor(cues, lexicons, onsets);
        this.findings = new FindingExtractor(cues, lexicons);
        this.medications = new MedicationExtractor(cues);
        this.allergies = new AllergyExtractor(cues, lexicons);
        this.history = new HistoryExtractor(cues, onsets);
        this.personal = new PersonalHistoryExtractor(cues, onsets);
        this.family = new FamilyHistoryExtractor(cues);
        this.exams = new ExamExtractor(cues);
        this.diagnoses = new DiagnosisExtractor(cues, lexicons);
        this.advice = new AdviceExtractor(cues);
        this.composer = new RecordComposer(cues);
    }

    /**
     * Prepares a transcript without extracting (for the model path, which needs roles and filtering).
     *
     * @param transcript the transcript
     * @return the dialogue
     */
    public Dialogue prepare(Transcript transcript) {
        return Dialogue.of(transcript, lexicons, cues, layer, roles, filter);
    }

    /**
     * Structures a transcript into a record.
     *
     * @param transcript the transcript
     * @return the record
     */
    public OutpatientRecord structure(Transcript transcript) {
        Dialogue d = prepare(transcript);
        Calibration c = Calibration.shipped(); // confidence: the measured precision of each rule class
        List<Grounded<Symptom>> s = c.apply(symptoms.extract(d));
        List<Grounded<VitalSign>> v = c.apply(vitals.extract(d));
        s = c.apply(feverFromTemperature(d, s, v));
        List<Grounded<Finding>> f = c.apply(findings.extract(d));
        List<Grounded<Medication>> m = c.apply(medications.extract(d));
        List<Grounded<Allergy>> a = c.apply(allergies.extract(d));
        List<Grounded<HistoryItem>> h = c.apply(history.extract(d));
        List<Grounded<PersonalHistoryItem>> ph = c.apply(personal.extract(d));
        List<Grounded<FamilyHistoryItem>> fh = c.apply(family.extract(d));
        List<Grounded<Examination>> e = c.apply(exams.extract(d));
        List<Grounded<Diagnosis>> dx = new java.util.ArrayList<>(diagnoses.extract(d));
        dx.addAll(reported.extract(d, dx, h));
        dx = c.apply(dx);
        List<Grounded<Advice>> ad = c.apply(advice.extract(d));
        Map<Section, Grounded<String>> sections = composer.compose(
                new RecordComposer.Facts(d, s, v, f, m, a, h, ph, fh, e, dx, ad));
        OutpatientRecord.Builder b = OutpatientRecord.builder()
                .visitTime(transcript.visitTime().orElse(null))
                .department(transcript.department().orElse(null))
                .symptoms(s).vitalSigns(v).findings(f).medications(m).allergies(a).history(h).personalHistory(ph)
                .familyHistory(fh).examinations(e)
                .diagnoses(dx).advice(ad).utterances(d.decisions());
        for (Map.Entry<Section, Grounded<String>> x : sections.entrySet()) {
            b.section(x.getKey(), x.getValue());
        }
        return b.build();
    }

    /** The axillary temperature above which a measured temperature is fever (发热: 腋温 > 37.3 ℃). */
    private static final double FEVER = 37.3;

    /**
     * 宝宝39度 / 体温37.8: a temperature the patient's side measured above 37.3 ℃ is fever, one from 35.5 to
     * 37.2 ℃ (36.8度) none, when the
     * record has no 发热 yet (neither present nor denied: a denial stays the doctor's to resolve, and the
     * contradiction check flags it).
     */
    private static List<Grounded<Symptom>> feverFromTemperature(Dialogue d, List<Grounded<Symptom>> s,
                                                                List<Grounded<VitalSign>> v) {
        if (s.stream().anyMatch(g -> g.value().term().equals("发热"))) {
            return s;
        }
        for (Grounded<VitalSign> g : v) {
            if (g.value().kind() != ai.domainassist.medical.model.VitalSignKind.TEMPERATURE || g.evidence().isEmpty()) {
                continue;
            }
            double t;
            try {
                t = Double.parseDouble(g.value().value());
            } catch (NumberFormatException e) {
                continue;
            }
            Turn turn = d.turn(g.evidence().get(0).sourceId());
            if (turn != null && turn.isPatientSide() && (t > FEVER || t >= 35.5 && t < 37.3)) {
                List<Grounded<Symptom>> out = new java.util.ArrayList<>(s);
                out.add(new Grounded<>(new Symptom("发热", g.evidence().get(0).quote(), t > FEVER
                        ? ai.domainassist.medical.model.SymptomStatus.PRESENT : ai.domainassist.medical.model.SymptomStatus.ABSENT,
                        ai.domainassist.medical.model.Attribution.STATED_BY_PATIENT, ai.domainassist.medical.model.Onset.UNKNOWN,
                        "", "", ""), g.evidence(), ai.domainassist.core.grounding.Origin.RULES, g.confidence()));
                return out;
            }
        }
        return s;
    }

    /** @return the assertion layer (for the model path's verifier) */
    public AssertionLayer assertions() {
        return layer;
    }

    /** @return the lexicon matchers (for checks that look terms up) */
    public Lexicons lexicons() {
        return lexicons;
    }
}
