package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.HistoryItem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryExtractorTest {
    private final HistoryExtractor x = new HistoryExtractor(Fixture.CUES, new OnsetParser());

    private List<HistoryItem> history(String... lines) {
        return x.extract(Fixture.dialogue(lines)).stream().map(Grounded::value).toList();
    }

    @Test
    void readsChronicDiseasesWithDurationSurgeriesAndVaccination() {
        HistoryItem h = history("患者：高血压十年了。").get(0);
        assertThat(h.condition()).isEqualTo("高血压病");
        assertThat(h.duration().normalized()).isEqualTo("10年");
        assertThat(history("医生：做过手术吗？", "患者：五年前剖腹产过一次。")).extracting(HistoryItem::condition, HistoryItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("剖宫产术", Kind.SURGERY));
        assertThat(history("医生：疫苗都打了吗？", "家属：都按时打了。")).extracting(HistoryItem::kind, HistoryItem::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.VACCINATION, "按计划完成"));
        assertThat(history("患者：以前得过乙肝。")).extracting(HistoryItem::kind).containsExactly(Kind.INFECTIOUS);
        assertThat(history("患者：身体一直挺好的。")).extracting(HistoryItem::condition).containsExactly("既往体健");
    }

    @Test
    void readsDenialsInAnswers() {
        assertThat(history("医生：以前有没有高血压、糖尿病？", "患者：都没有。")).extracting(HistoryItem::condition, HistoryItem::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("高血压病", false), org.assertj.core.groups.Tuple.tuple("2型糖尿病", false));
        assertThat(history("医生：平时有什么慢性病吗？", "患者：没有。")).extracting(HistoryItem::condition).containsExactly("慢性病");
        assertThat(history("医生：动过手术吗？", "患者：没有。")).extracting(HistoryItem::condition).containsExactly("手术");
        assertThat(history("医生：平时血压高吗？", "患者：血压不高。")).extracting(HistoryItem::present).containsExactly(false);
    }

    @Test
    void todaysIllnessAndRelativesAreNotHistory() {
        assertThat(history("患者：我是不是感冒了？")).isEmpty();
        assertThat(history("患者：我妈有糖尿病。")).isEmpty();
        assertThat(history("医生：高血压有几个人？", "患者：有。")).isNotNull();
    }
}
