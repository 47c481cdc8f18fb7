package ai.domainassist.medical.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import org.junit.jupiter.api.Test;

class ChiefComplaintWriterTest {

    private static String chiefComplaint(String... lines) {
        OutpatientRecord r = Fixture.record(lines);
        return r.chiefComplaint().map(Grounded::value).orElse("");
    }

    @Test
    void namesTheFirstComplaintAndAtMostOneMore() {
        assertThat(chiefComplaint("患者：我咳嗽三天了，嗓子也疼，昨天晚上开始发烧。")).isEqualTo("咳嗽、咽痛3天");
        assertThat(chiefComplaint("患者：肚子胀，打嗝，反酸，一个礼拜了。")).isEqualTo("腹胀、嗳气1周");
    }

    @Test
    void namesThreeWhenTheyAreAGroupRecordsNameTogether() {
        assertThat(chiefComplaint("患者：尿频，尿急，尿的时候疼，两天了。")).isEqualTo("尿频、尿急、尿痛2天");
        assertThat(chiefComplaint("患者：老是口渴，喝水多，尿也多，三个月了。")).isEqualTo("口渴、多饮、多尿3个月");
    }

    @Test
    void leavesTheGeneralConditionAndSymptomsWithoutTheirOwnDurationToThePresentIllness() {
        assertThat(chiefComplaint("家属：孩子发烧一天了，不爱吃饭，睡不好。")).isEqualTo("发热1天");
        assertThat(chiefComplaint("患者：月经推迟了十来天，最近老是恶心。")).isEqualTo("月经延迟10余天");
    }

    /** A symptom and its kind are one complaint (咳嗽、干咳 in 15 of CMDD's records). */
    @Test
    void aSymptomAndItsKindAreOneComplaint() {
        assertThat(chiefComplaint("家属：孩子咳嗽两天了，干咳，没有痰。")).isEqualTo("咳嗽2天");
        assertThat(chiefComplaint("家属：宝宝拉肚子，水样便，一天了。")).isEqualTo("腹泻1天");
    }

    @Test
    void namesOneComplaintOnceWhenSaidTwiceInOtherWords() {
        assertThat(chiefComplaint("患者：就是气短，干点活就喘，这一两年越来越厉害。")).isEqualTo("气促1-2年");
    }

    @Test
    void keepsDifferentDurationsApart() {
        assertThat(chiefComplaint("家属：孩子昨天开始发烧，今天早上身上起了疹子。")).isEqualTo("发热1天，皮疹半天");
    }

    @Test
    void aVisitWithoutSymptomsNamesWhatThePatientCameAbout() {
        assertThat(chiefComplaint("医生：今天看什么？", "患者：体检B超说子宫有个肌瘤，想问问要不要紧。",
                "医生：有没有什么不舒服？", "患者：没什么感觉。")).isEqualTo("发现子宫肌瘤");
        assertThat(chiefComplaint("医生：有高血压吗？", "患者：没有高血压。")).isEmpty();
        assertThat(chiefComplaint("医生：家里有人得过乳腺癌吗？", "患者：我小姨得过乳腺癌。")).isEmpty();
        assertThat(chiefComplaint("医生：哪里不舒服？", "患者：就是感觉不对劲，说不上来。", "医生：有高血压吗？", "患者：血压有点高。"))
                .isEmpty(); // the complaint was not understood; a history answer is not why the patient came
        assertThat(chiefComplaint("医生：哪里不舒服？", "患者：胸口发紧，像压了块石头，一个月了。", "医生：有高血压吗？", "患者：血压有点高。"))
                .isEqualTo("胸闷1个月"); // understood since the third iteration's lexicon
    }
}
