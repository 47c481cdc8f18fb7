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

    @Test
    void aVaccinePlannedAskedAboutOrOnlyNamedIsNoVaccinationHistory() {
        assertThat(history("患者：孩子后天要打疫苗，现在咳嗽。")).isEmpty();
        assertThat(history("患者：这种情况还可以打预防针吗？")).isEmpty();
        assertThat(history("患者：本来今天应该打流感疫苗的，孩子拉肚子就没去。")).isEmpty();
        assertThat(history("患者：疫苗一直拖着不打会怎么样？")).isEmpty();
        assertThat(history("医生：您好", "患者：乙脑疫苗和百白破疫苗。")).isEmpty();
        assertThat(history("医生：跟打疫苗关系不大，孩子有鼻塞吗？", "患者：没有。")).isEmpty();
        assertThat(history("患者：上周二打完预防针回来就开始拉肚子。")).extracting(HistoryItem::kind, HistoryItem::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.VACCINATION, true));
        assertThat(history("患者：昨天打完疫苗的，今天能洗澡吗？")).extracting(HistoryItem::kind, HistoryItem::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.VACCINATION, true));
        assertThat(history("患者：六个月的乙肝疫苗到现在还没有打。")).extracting(HistoryItem::kind, HistoryItem::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.VACCINATION, false));
    }

    @Test
    void thisIllnessARelativesIllnessAndThePatientsQuestionsAreNoPastHistory() {
        assertThat(history("患者：之前有点感冒，现在主要是咳嗽。")).isEmpty();
        assertThat(history("患者：昨天晚上发现感冒了。")).isEmpty();
        assertThat(history("医生：发烧之前受凉了吗？家里的大人有没有呼吸道感染的情况？", "患者：没有。")).isEmpty();
        assertThat(history("患者：家人都没有感冒。")).isEmpty();
        assertThat(history("患者：这个咳嗽跟鼻炎有关系吗？")).isEmpty();
        assertThat(history("患者：会不会是哮喘？")).isEmpty();
        assertThat(history("患者：以前得过肺炎，这次会不会又是肺炎？")).extracting(HistoryItem::condition, HistoryItem::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("肺炎", true));
        assertThat(history("患者：贫血是不是也影响食欲？")).isEmpty();
        assertThat(history("患者：孩子有鼻炎，现在吃什么药好？")).extracting(HistoryItem::condition).containsExactly("鼻炎");
    }

    /** A vaccine named by its disease is the vaccine (a CMDD record wrote 慢性乙型病毒性肝炎病史 for 打乙肝和卡介疫苗). */
    @Test
    void aVaccineNamedByItsDiseaseIsNoHistoryOfTheDisease() {
        for (String said : new String[] {"家属：孩子昨天打了甲肝和卡介疫苗，晚上有点烧。", "家属：宝宝刚打完乙肝疫苗，有点低烧。"}) {
            ai.domainassist.medical.model.OutpatientRecord r = Fixture.record(said);
            assertThat(r.history()).noneMatch(g -> g.value().condition().contains("肝炎"));
            assertThat(r.diagnoses()).noneMatch(g -> g.value().term().contains("肝炎"));
        }
    }
}
