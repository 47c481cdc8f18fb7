package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.FamilyHistoryItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyHistoryExtractorTest {
    private static final FamilyHistoryExtractor EXTRACTOR = new FamilyHistoryExtractor(Fixture.CUES);

    private static List<String> extract(String... lines) {
        return EXTRACTOR.extract(Fixture.dialogue(lines)).stream().map(Grounded::value)
                .map(f -> (f.condition().isEmpty() ? "*" : f.condition()) + "=" + (f.present() ? f.relatives() : "denied"))
                .toList();
    }

    @Test
    void relativesAndTheirDiseases() {
        assertThat(extract("医生：家里人血压高吗？", "患者：我爸我妈都是高血压，我爸还中过风。"))
                .containsExactly("高血压病=[父亲, 母亲]", "脑卒中=[父亲]");
        assertThat(extract("患者：我父亲五十多岁的时候心梗走的。")).containsExactly("心肌梗死=[父亲]");
    }

    @Test
    void answersToTheDoctorsFamilyQuestions() {
        assertThat(extract("医生：家里有人得过肠癌吗？", "患者：没有。")).containsExactly("结直肠癌=denied");
        assertThat(extract("医生：家里人有什么过敏、哮喘的吗？", "家属：都没有。"))
                .containsExactlyInAnyOrder("支气管哮喘=denied", "过敏性疾病=denied");
        assertThat(extract("医生：家里有什么遗传病吗？", "患者：没有。")).containsExactly("*=denied");
        assertThat(extract("医生：以前得过结核吗？家里有人得过吗？", "患者：我没有，我爸以前得过。")).containsExactly("结核病=[父亲]");
        assertThat(extract("医生：家里人有这样的吗？", "患者：我爸也手抖。")).containsExactly("手抖=[父亲]");
    }

    @Test
    void notFamilyHistory() {
        assertThat(extract("医生：家里有人感冒吗？", "家属：他爸爸前两天感冒了。")).isEmpty();
        assertThat(extract("医生：家里有人感冒吗？", "家属：没有。")).isEmpty();
        assertThat(extract("患者：我老婆说我眼睛发黄。")).isEmpty();
        assertThat(extract("医生：家里其他人有没有眼睛红？", "患者：孩子前几天也红过。")).isEmpty();
        // a question about the home that names no illness: 没有 denies the thing asked, not a family history
        // (a CMDD consultation's record said 否认家族遗传病史 for 家里有络合碘么？ 没有)
        assertThat(extract("医生：家里有体温计吗？", "患者：没有。")).isEmpty();
        assertThat(extract("医生：家里有退烧药么？", "家属：没有，一会去买。")).isEmpty();
        assertThat(extract("医生：家里人有这样的吗？", "患者：没有。")).containsExactly("*=denied");
        assertThat(extract("医生：家里有人有类似情况吗？", "患者：没有。")).containsExactly("*=denied");
        // a relative's complaint asked about for contagion is no family history (病历书写基本规范: 与患者类似疾病, 遗传倾向)
        assertThat(extract("医生：孩子妈妈有没有拉肚子？", "家属：没有。")).isEmpty();
        assertThat(extract("医生：家人有没有咳嗽发烧的？", "家属：他哥哥这两天咳嗽。")).isEmpty();
        assertThat(extract("医生：家里有人抽烟吗？", "家属：没有。")).isEmpty();
    }

    @Test
    void aParentSpeakingForAChildIsARelative() {
        assertThat(extract("医生：孩子怎么了？", "妈妈：孩子脸上起疹子，特别痒。", "医生：家里有人过敏吗？", "妈妈：我有过敏性鼻炎。"))
                .containsExactly("变应性鼻炎=[母亲]");
    }
}
