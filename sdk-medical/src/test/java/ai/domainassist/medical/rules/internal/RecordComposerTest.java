package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Transcript;
import org.junit.jupiter.api.Test;

class RecordComposerTest {

    private static final String[] VISIT = {
        "医生：哪里不舒服？",
        "患者：大夫，我这咳嗽三天了，嗓子也疼，昨天晚上开始有点发烧。",
        "医生：最高烧到多少度？",
        "患者：三十八度五。",
        "医生：有没有胸闷？",
        "患者：没有。",
        "医生：吃过什么药没有？",
        "患者：吃了布洛芬，吃完能退。",
        "医生：以前有高血压、糖尿病吗？",
        "患者：高血压五年了，一直吃氨氯地平，糖尿病没有。",
        "医生：对什么药过敏吗？",
        "患者：青霉素过敏，起疹子。",
        "医生：体温38度2，嗓子挺红的，没听到啰音。",
        "医生：血常规白细胞偏高。考虑是急性扁桃体炎，给你开头孢克肟，一次一粒，一天两次。多喝水，三天后复诊。"};

    @Test
    void writesEverySectionFromWhatWasSaid() {
        OutpatientRecord r = Fixture.record(VISIT);
        assertThat(text(r, Section.CHIEF_COMPLAINT)).isEqualTo("咳嗽、咽痛3天");
        assertThat(text(r, Section.PRESENT_ILLNESS)).isEqualTo(
                "患者3天前出现咳嗽、咽痛，1天前出现发热，最高体温38.5℃。自服“布洛芬”，体温可降至正常。无胸闷。");
        assertThat(text(r, Section.PAST_HISTORY)).isEqualTo("高血压病史5年，长期服用“氨氯地平”；否认2型糖尿病史。");
        assertThat(text(r, Section.ALLERGY_HISTORY)).isEqualTo("青霉素过敏（皮疹）。");
        assertThat(text(r, Section.PHYSICAL_EXAM)).isEqualTo("体温38.2℃，咽部充血，未闻及啰音。");
        assertThat(text(r, Section.AUXILIARY_EXAM)).isEqualTo("血常规：白细胞偏高。");
        assertThat(text(r, Section.DIAGNOSIS)).isEqualTo("急性扁桃体炎");
        assertThat(text(r, Section.PLAN)).isEqualTo("1. 头孢克肟 1粒 每日2次；2. 多喝水；3. 三天后复诊。");
    }

    /** Several readings: one 最高体温, the highest (every reading was written 最高体温 before, in 68 of CMDD's records). */
    @Test
    void theHighestTemperatureSaidIsTheOneWrittenAsTheHighest() {
        OutpatientRecord r = Fixture.record("医生：孩子发烧几天了？", "家属：两天了，昨晚37.8度，今早烧到39度2。",
                "医生：现在多少度？", "家属：刚才量是38度。");
        assertThat(text(r, Section.PRESENT_ILLNESS)).contains("最高体温39.2℃").doesNotContain("最高体温37.8℃")
                .doesNotContain("最高体温38℃");
        assertThat(text(r, Section.PRESENT_ILLNESS).split("最高体温", -1)).hasSize(2);
        assertThat(r.vitalSigns()).extracting(g -> g.value().value()).contains("37.8", "39.2", "38");
        // a normal reading is no 最高体温
        OutpatientRecord normal = Fixture.record("家属：孩子前两天发烧，今天量体温36.5度，还有点咳嗽。");
        assertThat(text(normal, Section.PRESENT_ILLNESS)).contains("自测体温36.5℃").doesNotContain("最高体温");
    }

    @Test
    void everySectionIsGroundedInTheTranscript() {
        Transcript t = Fixture.transcript(VISIT);
        OutpatientRecord r = Fixture.ENGINE.structure(t);
        for (Grounded<String> g : r.sections().values()) {
            assertThat(g.evidence()).isNotEmpty();
            for (Evidence e : g.evidence()) {
                String u = t.utterance(e.sourceId()).orElseThrow().text();
                assertThat(u.substring(e.start(), e.end())).isEqualTo(e.quote());
            }
        }
    }

    @Test
    void writesNothingThatWasNotSaidAndKeepsTheChiefComplaintShort() {
        OutpatientRecord r = Fixture.record("患者：我咳嗽。");
        assertThat(r.sections().keySet()).containsExactly(Section.CHIEF_COMPLAINT, Section.PRESENT_ILLNESS);
        assertThat(text(r, Section.PRESENT_ILLNESS)).isEqualTo("患者诉咳嗽。");
        OutpatientRecord many = Fixture.record("患者：我夜间阵发性呼吸困难、心前区疼、活动后气促，半个多月了。");
        assertThat(text(many, Section.CHIEF_COMPLAINT).length()).isLessThanOrEqualTo(RecordComposer.CHIEF_COMPLAINT_MAX);
    }

    @Test
    void aChildIsThePatientInTheRecordAndGeneralConditionStaysOutOfTheChiefComplaint() {
        OutpatientRecord r = Fixture.record("家属：孩子发烧两天了，晚上睡不好。");
        assertThat(text(r, Section.CHIEF_COMPLAINT)).isEqualTo("发热2天");
        assertThat(text(r, Section.PRESENT_ILLNESS)).startsWith("患儿2天前出现发热");
    }

    private static String text(OutpatientRecord r, Section s) {
        return r.section(s).map(Grounded::value).orElse("");
    }
}
