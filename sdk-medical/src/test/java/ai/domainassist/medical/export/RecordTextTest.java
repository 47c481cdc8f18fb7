package ai.domainassist.medical.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Result;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import org.junit.jupiter.api.Test;

class RecordTextTest {

    @Test
    void writesTheSectionsInTheStandardOrderAndSaysWhatIsMissing() {
        Result<OutpatientRecord> r = MedicalRecordAssistant.builder().build().structure(Transcript.parse(
                "就诊时间：2024-03-05 09:30\n科别：儿科\n家属：孩子拉肚子两天了。\n医生：考虑急性胃肠炎，吃蒙脱石散。"));
        String text = RecordText.write(r.value());
        assertThat(text).isEqualTo("""
                就诊时间：2024-03-05 09:30
                科别：儿科
                主诉：腹泻2天
                现病史：患儿2天前出现腹泻。
                既往史：不详
                过敏史：（对话中未提及，请医生补充）
                个人史：（对话中未提及，请医生补充）
                家族史：（对话中未提及，请医生补充）
                体格检查：（对话中未提及，请医生补充）
                辅助检查：暂缺
                初步诊断：急性胃肠炎
                处理意见：1. 蒙脱石散。
                """);
        String withFlags = RecordText.write(r);
        assertThat(withFlags).startsWith(text).contains("【待医生核实】").contains("- 既往史：对话中未找到相应内容，请医生补充");
        assertThat(withFlags).doesNotContain("辅助检查：对话中未找到"); // INFO flags are not review points
    }

    @Test
    void aSymptomSaidAndDeniedIsWrittenOnceWithTheDoubtInWords() {
        Result<OutpatientRecord> r = MedicalRecordAssistant.builder().build().structure(Transcript.parse(
                "医生：发烧吗？\n患者：不发烧。\n患者：昨天晚上烧到三十八度，嗓子疼。"));
        String text = RecordText.write(r.value());
        assertThat(text).contains("发热（对话中亦有否认，请核实）").doesNotContain("无发热");
        assertThat(r.flags()).anySatisfy(f -> {
            assertThat(f.message()).contains("“发热”在对话中既被述有又被否认");
            assertThat(f.evidence()).extracting(e -> e.sourceId()).contains("u2", "u3");
        });
        assertThat(r.value().presentIllness().orElseThrow().evidence()).extracting(e -> e.sourceId()).contains("u2", "u3");
    }
}
