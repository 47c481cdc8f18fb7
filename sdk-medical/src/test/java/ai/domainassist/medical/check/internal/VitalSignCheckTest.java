package ai.domainassist.medical.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import ai.domainassist.medical.model.VitalSign;
import ai.domainassist.medical.model.VitalSignKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class VitalSignCheckTest {
    private final VitalSignCheck check = new VitalSignCheck();
    private final Transcript t = Transcript.of(List.of(Utterance.of(0, Speaker.DOCTOR, "体温45度")));
    private final Evidence ev = new Evidence("u1", 0, 2, "体温");

    private List<ReviewFlag> exam(String text) {
        return check.check(OutpatientRecord.builder().section(Section.PHYSICAL_EXAM, Grounded.byModel(text, List.of(ev), 1))
                .build(), t);
    }

    @Test
    void requiresTheUnitsOfTheMedFlowRules() {
        assertThat(exam("体温36.8℃，脉搏80次/分，呼吸20次/分，血压120/80mmHg，血氧饱和度98%。")).isEmpty();
        assertThat(exam("体温36.1，脉搏80次，呼吸20，血压120/80mm。")).extracting(ReviewFlag::message).containsExactly(
                "体温数值后必须带℃：“体温36.1”", "脉搏数值后必须带次/分：“脉搏80”", "呼吸数值后必须带次/分：“呼吸20”",
                "血压数值后必须带mmHg：“血压120/80”");
        assertThat(exam("T 36.5℃，P 20次/分")).extracting(ReviewFlag::message).anyMatch(m -> m.startsWith("脉搏20次/分不在60~160"));
    }

    @Test
    void flagsValuesOutsideTheRangesBoundariesIncluded() {
        assertThat(exam("体温35.1℃，脉搏160次/分，呼吸12次/分。")).isEmpty();
        assertThat(exam("体温35.0℃，脉搏161次/分，呼吸46次/分。")).extracting(ReviewFlag::kind)
                .containsOnly(ReviewFlag.Kind.OUT_OF_RANGE).hasSize(3);
        assertThat(exam("血压80/120mmHg")).isEmpty(); // each within range; the structured check compares them
        OutpatientRecord r = OutpatientRecord.builder().vitalSigns(List.of(
                Grounded.byRules(new VitalSign(VitalSignKind.BLOOD_PRESSURE, "80/120", "mmHg", ""), ev),
                Grounded.byRules(new VitalSign(VitalSignKind.TEMPERATURE, "45", "℃", "度"), ev))).build();
        assertThat(check.check(r, t)).extracting(ReviewFlag::message).containsExactly(
                "血压80/120mmHg：收缩压不高于舒张压", "体温45℃不在35.1~43.0℃范围内（MedFlow质控规则），请核实");
    }

    @Test
    void theShippedRangesAgreeWithTheMedFlowRuleFile() throws IOException {
        String dir = System.getProperty("da.eval.dir", "");
        Path file = Path.of(dir, "medical", "medflow-quality-rules.json");
        Assumptions.assumeTrue(!dir.isBlank() && Files.exists(file),
                "evaluation data not found (da.eval.dir=" + dir + "): MedFlow consistency NOT checked");
        JsonNode rules = new ObjectMapper().readTree(file.toFile()).get("check_quality");
        int ranges = 0;
        for (JsonNode rule : rules) {
            String standard = rule.get("standard").asText();
            String item = rule.get("item").asText();
            if (standard.matches("^[0-9.]+~[0-9.]+.*")) {
                String lo = standard.substring(0, standard.indexOf('~'));
                String hi = standard.substring(standard.indexOf('~') + 1).split("[^0-9.]")[0];
                String record = switch (item) {
                    case "体温" -> "体温" + lo + "℃";
                    case "脉搏" -> "脉搏" + lo + "次/分";
                    default -> "呼吸" + lo + "次/分";
                };
                String above = switch (item) {
                    case "体温" -> "体温" + new java.math.BigDecimal(hi).add(new java.math.BigDecimal("0.1")) + "℃";
                    case "脉搏" -> "脉搏" + (Integer.parseInt(hi) + 1) + "次/分";
                    default -> "呼吸" + (Integer.parseInt(hi) + 1) + "次/分";
                };
                assertThat(exam(record)).as(record).isEmpty();
                assertThat(exam(above)).as(above).extracting(ReviewFlag::kind).containsExactly(ReviewFlag.Kind.OUT_OF_RANGE);
                ranges++;
            }
        }
        assertThat(ranges).isEqualTo(3);
    }
}
