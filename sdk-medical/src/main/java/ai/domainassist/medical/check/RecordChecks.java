package ai.domainassist.medical.check;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.medical.check.internal.ChiefComplaintCheck;
import ai.domainassist.medical.check.internal.ContradictionCheck;
import ai.domainassist.medical.check.internal.GroundingCheck;
import ai.domainassist.medical.check.internal.RequiredSectionsCheck;
import ai.domainassist.medical.check.internal.VitalSignCheck;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks every record goes through, in one place:
 * <ol>
 *   <li>required sections present, else {@code MISSING} ({@code check/required-sections.tsv});</li>
 *   <li>主诉 at most 20 characters, with a duration, not a diagnosis or a test result ({@code POLICY});</li>
 *   <li>vital signs within plausible ranges ({@code OUT_OF_RANGE}) and written with their units
 *       ({@code POLICY}), after the MedFlow quality rules ({@code check/vital-ranges.tsv});</li>
 *   <li>contradictions: a symptom both present and absent, an allergy said but 过敏史 denying it, a
 *       主诉 symptom the patient denied, a measured fever with fever denied ({@code CONFLICT});</li>
 *   <li>grounding: every field's evidence really is in the transcript, every model-written field
 *       has evidence, every diagnosis was said in the dialogue ({@code UNGROUNDED}).</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class RecordChecks implements RecordCheck {
    private final List<RecordCheck> checks;

    private RecordChecks(List<RecordCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** @return the standard checks with the shipped lexicon */
    public static RecordChecks standard() {
        return standard(TermLexicon.defaults());
    }

    /**
     * The standard checks with a lexicon (to recognise diagnoses and their spoken forms).
     *
     * @param lexicon the lexicon
     * @return the checks
     */
    public static RecordChecks standard(TermLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        return new RecordChecks(List.of(new RequiredSectionsCheck(), new ChiefComplaintCheck(lexicon),
                new VitalSignCheck(), new ContradictionCheck(), new GroundingCheck(lexicon)));
    }

    /**
     * These checks plus more (a hospital's own rules).
     *
     * @param more the additional checks, run after these
     * @return the combined checks
     */
    public RecordChecks with(RecordCheck... more) {
        List<RecordCheck> all = new ArrayList<>(checks);
        for (RecordCheck c : more) {
            all.add(Objects.requireNonNull(c, "check"));
        }
        return new RecordChecks(all);
    }

    /**
     * Runs every check.
     *
     * @param record the record
     * @param transcript its dialogue
     * @return all flags, in check order
     * @throws NullPointerException if an argument is {@code null}
     */
    @Override
    public List<ReviewFlag> check(OutpatientRecord record, Transcript transcript) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(transcript, "transcript");
        List<ReviewFlag> out = new ArrayList<>();
        for (RecordCheck c : checks) {
            out.addAll(c.check(record, transcript));
        }
        return out;
    }
}
