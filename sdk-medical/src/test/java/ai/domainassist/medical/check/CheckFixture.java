package ai.domainassist.medical.check;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import java.util.List;

/** Records for the check tests, made by the offline engine through the public API. */
final class CheckFixture {
    static final MedicalRecordAssistant OFFLINE = MedicalRecordAssistant.builder().build();

    private CheckFixture() {
    }

    static Transcript transcript(String... lines) {
        return Transcript.parse(String.join("\n", lines));
    }

    static OutpatientRecord record(Transcript t) {
        return OFFLINE.structure(t).value();
    }

    static List<String> messages(List<ReviewFlag> flags, ReviewFlag.Kind kind) {
        return flags.stream().filter(f -> f.kind() == kind).map(ReviewFlag::message).toList();
    }
}
