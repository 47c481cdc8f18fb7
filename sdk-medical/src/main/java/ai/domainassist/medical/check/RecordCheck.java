package ai.domainassist.medical.check;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import java.util.List;

/**
 * A check that judges an outpatient record against its transcript, whichever engine produced it
 * (rules, model, or both). Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface RecordCheck {
    /**
     * Judges a record.
     *
     * @param record the record
     * @param transcript the dialogue it was made from
     * @return what a doctor must look at; empty when nothing
     */
    List<ReviewFlag> check(OutpatientRecord record, Transcript transcript);
}
