package ai.domainassist.medical.export;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import java.util.Objects;

/**
 * Writes a record as plain text in the section order of 《病历书写基本规范》 (就诊时间, 科别, 主诉, 现病史,
 * 既往史, 过敏史, 个人史, 家族史, 体格检查, 辅助检查, 初步诊断, 处理意见), one {@code 标题：内容} line per section, ready to
 * paste into a hospital EMR. A section the dialogue did not give reads as a clinician writes it where
 * there is such a wording (辅助检查 {@value #NO_TEST_RESULT}, 既往史 {@value #UNKNOWN}) and
 * {@value #NOT_MENTIONED} otherwise, so nothing is silently left blank; the result's MISSING flags
 * still ask the doctor about each.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordText {
    /** What an absent section says. */
    public static final String NOT_MENTIONED = "（对话中未提及，请医生补充）";
    /** What an absent 辅助检查 says, as a clinician writes it: no test result is at hand. */
    public static final String NO_TEST_RESULT = "暂缺";
    /** What an absent 既往史 says, as a clinician writes it: the past history is not known. */
    public static final String UNKNOWN = "不详";

    private RecordText() {
    }

    /**
     * The record as text.
     *
     * @param record the record
     * @return the text, lines separated by {@code \n}
     */
    public static String write(OutpatientRecord record) {
        Objects.requireNonNull(record, "record");
        StringBuilder sb = new StringBuilder();
        record.visitTime().ifPresent(v -> sb.append("就诊时间：").append(v.value()).append('\n'));
        record.department().ifPresent(v -> sb.append("科别：").append(v.value()).append('\n'));
        for (Section s : Section.values()) {
            sb.append(s.title()).append('：').append(record.section(s).map(Grounded::value).orElse(absent(s)))
                    .append('\n');
        }
        return sb.toString();
    }

    /** 辅助检查：暂缺 and 既往史：不详 as clinicians write them; other sections ask the doctor to add them. */
    private static String absent(Section s) {
        return switch (s) {
            case AUXILIARY_EXAM -> NO_TEST_RESULT;
            case PAST_HISTORY -> UNKNOWN;
            default -> NOT_MENTIONED;
        };
    }

    /**
     * A result as text: the record, then the points to review (warnings and errors), so the doctor
     * sees them before signing.
     *
     * @param result the result
     * @return the text
     */
    public static String write(Result<OutpatientRecord> result) {
        StringBuilder sb = new StringBuilder(write(result.value()));
        boolean header = false;
        for (ReviewFlag f : result.flags()) {
            if (f.severity().compareTo(Severity.WARNING) < 0) {
                continue;
            }
            if (!header) {
                sb.append("\n【待医生核实】\n");
                header = true;
            }
            sb.append("- ").append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
