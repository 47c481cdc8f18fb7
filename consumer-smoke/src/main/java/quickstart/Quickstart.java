package quickstart;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;

/** README's quickstart: build the assistant once, call it, read the value and the flags. */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * Structures one dialogue, offline.
     *
     * @param dialogue the doctor-patient dialogue
     * @return the result
     */
    public static Result<OutpatientRecord> structure(String dialogue) {
        // 1. Build the assistant once; it is thread-safe. No model configured: the offline engine.
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();

        // 2. Call it.
        Result<OutpatientRecord> result = assistant.structure(Transcript.parse(dialogue));

        // 3. Read the value (every field with its evidence) and the flags (what a doctor must check).
        OutpatientRecord record = result.value();
        record.chiefComplaint().ifPresent(cc -> System.out.println("主诉：" + cc.value() + "  evidence " + cc.evidence()));
        for (ReviewFlag flag : result.flags()) {
            System.out.println(flag.severity() + " " + flag.kind() + " " + flag.field() + ": " + flag.message());
        }
        return result;
    }

    /**
     * Runs the quickstart on a short dialogue.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        structure("""
                医生：你好，哪里不舒服？
                患者：咳嗽三天了，昨天开始发烧，最高三十八度五。
                医生：有没有药物过敏？
                患者：没有。
                医生：考虑急性支气管炎，多喝水，三天后复诊。
                """);
    }
}
