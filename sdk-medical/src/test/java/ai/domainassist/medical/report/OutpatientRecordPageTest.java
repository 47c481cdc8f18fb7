package ai.domainassist.medical.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.Advice;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Speaker;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import ai.domainassist.medical.model.UtteranceDecision;
import ai.domainassist.medical.model.VitalSignKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The outpatient record page, read as the doctor reads it (parsed with jsoup). */
class OutpatientRecordPageTest {
    static final List<String> EMR_ORDER = List.of("主诉", "现病史", "既往史", "过敏史", "个人史", "家族史", "体格检查",
            "辅助检查", "初步诊断", "处理意见");

    private static final Transcript TRANSCRIPT = Transcript.of(List.of(
            Utterance.of(0, Speaker.DOCTOR, "您好，请坐，哪里不舒服？"),
            Utterance.of(1, Speaker.PATIENT, "我咳嗽三天了，昨天晚上开始发烧。<script>window.x=1</script>"),
            new Utterance(2, "说话人2", Speaker.FAMILY, 0.74, true, "他晚上咳得睡不着。", -1, null, null),
            Utterance.of(3, Speaker.DOCTOR, "考虑急性支气管炎，先开阿奇霉素。"),
            Utterance.of(4, Speaker.PATIENT, "好的，谢谢大夫。")));

    private static Evidence at(int utterance, String quote) {
        String text = TRANSCRIPT.utterances().get(utterance).text();
        int i = text.indexOf(quote);
        return Evidence.of(Utterance.idOf(utterance), text, i, i + quote.length());
    }

    /** A record as the engine writes one, with a model-written diagnosis section and its own confidence. */
    static Result<OutpatientRecord> result() {
        Evidence cough = at(1, "咳嗽");
        Evidence days = at(1, "三天");
        Evidence fever = at(1, "发烧");
        Evidence night = at(2, "晚上咳得睡不着");
        OutpatientRecord record = OutpatientRecord.builder()
                .section(Section.CHIEF_COMPLAINT, Grounded.byRules("咳嗽3天，发热1天", List.of(cough, days, fever)))
                .section(Section.PRESENT_ILLNESS, Grounded.byRules("患者3天前出现咳嗽，夜间加重。1天前出现发热。",
                        List.of(cough, days, night, fever)))
                .section(Section.DIAGNOSIS, Grounded.byModel("急性支气管炎", List.of(at(3, "急性支气管炎")), 0.82))
                // a rules section whose class was measured (0.93) beside a model section (0.82, not a measurement)
                .section(Section.PLAN, new Grounded<>("1. 阿奇霉素。", List.of(at(3, "阿奇霉素")), Origin.RULES, 0.93))
                .symptoms(List.of(
                        Grounded.byRules(new Symptom("咳嗽", "咳嗽", SymptomStatus.PRESENT, Attribution.STATED_BY_PATIENT,
                                new Onset("三天", "3天", 3), "", "", "夜间加重"), List.of(cough, days, night)),
                        Grounded.byRules(new Symptom("发热", "发烧", SymptomStatus.PRESENT, Attribution.STATED_BY_PATIENT,
                                new Onset("昨天晚上", "1天", 1), "", "", ""), List.of(fever))))
                .diagnoses(List.of(Grounded.byModel(new Diagnosis("急性支气管炎", Diagnosis.Certainty.CONFIRMED),
                        List.of(at(3, "急性支气管炎")), 0.82)))
                .utterances(List.of(
                        new UtteranceDecision("u1", Speaker.DOCTOR, 1, false, false, UtteranceDecision.Category.GREETING, "寒暄问候语"),
                        new UtteranceDecision("u2", Speaker.PATIENT, 1, false, true, UtteranceDecision.Category.CLINICAL, "症状"),
                        new UtteranceDecision("u3", Speaker.FAMILY, 0.74, true, true, UtteranceDecision.Category.CLINICAL, "症状"),
                        new UtteranceDecision("u4", Speaker.DOCTOR, 1, false, true, UtteranceDecision.Category.CLINICAL, "诊断"),
                        new UtteranceDecision("u5", Speaker.PATIENT, 1, false, false, UtteranceDecision.Category.THANKS, "客套")))
                .build();
        List<ReviewFlag> flags = List.of(
                new ReviewFlag(ReviewFlag.Kind.CONFLICT, Severity.WARNING, "symptoms[1]", "“发热”的起病时间与主诉不一致",
                        List.of(fever)),
                ReviewFlag.of(ReviewFlag.Kind.MISSING, "pastHistory", "既往史：对话中未找到相应内容，请医生补充"),
                new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, "", "模型部分章节未通过校验", List.of()));
        return new Result<>(record, flags, Mode.HYBRID, new Usage(900, 120, 1020, 0, 0), "audit-42");
    }

    private static Document page(OutpatientRecordPage.Builder b) {
        return Jsoup.parse(b.build().html());
    }

    private final Document doc = page(OutpatientRecordPage.builder(result(), TRANSCRIPT));

    @Test
    void theSectionsStandInTheOrderOfTheRecordAndAbsentOnesAskTheDoctor() {
        assertThat(doc.select("section.emr > h2").eachText()).hasSize(10)
                .allSatisfy(h -> assertThat(h).isNotBlank())
                .extracting(h -> h.split(" ")[0]).containsExactlyElementsOf(EMR_ORDER);
        assertThat(doc.selectFirst("#sec-pastHistory .missing").text()).isEqualTo("（对话中未提及，请医生补充）");
        assertThat(doc.select("#sec-chiefComplaint .missing")).isEmpty();
    }

    @Test
    void everySentenceLinksToItsOwnWordsAndTheWordsLinkBack() {
        List<Element> sentences = doc.select("#sec-presentIllness p.sentence");
        assertThat(sentences).extracting(s -> s.selectFirst(".words").text())
                .containsExactly("患者3天前出现咳嗽，夜间加重。", "1天前出现发热。");
        assertThat(sentences.get(0).select("a.ev-link").eachText()).containsExactly("「咳嗽」", "「三天」", "「晚上咳得睡不着」");
        assertThat(sentences.get(1).select("a.ev-link").eachText()).containsExactly("「发烧」");
        for (Element link : doc.select("a.ev-link")) {
            Element target = doc.getElementById(link.attr("href").substring(1));
            assertThat(target).as("target of %s", link).isNotNull();
            Element mark = target.nextElementSibling();
            assertThat(link.text()).isEqualTo("「" + mark.text() + "」");
            assertThat(doc.getElementById(mark.selectFirst("a").attr("href").substring(1))).isNotNull();
        }
        Element cough = doc.select("#utt-u2 mark").stream().filter(m -> m.text().equals("咳嗽")).findFirst().orElseThrow();
        assertThat(cough.selectFirst("a").attr("href")).isEqualTo("#sec-chiefComplaint-1");
        assertThat(cough.attr("title")).contains("主诉第1句").contains("现病史第1句").contains("现病史 · 咳嗽");
    }

    @Test
    void symptomsAreReadableRows() {
        assertThat(doc.select("table.symptoms th").eachText())
                .containsExactly("症状", "有/无/不确定", "起病", "持续", "部位", "证据");
        Element fever = doc.getElementById("item-symptoms-1");
        assertThat(fever.select("td")).extracting(Element::text).startsWith("发热原话“发烧” 患者自述", "有", "昨天晚上", "1天", "");
        assertThat(fever.selectFirst("td.term").ownText()).isEqualTo("发热");
        assertThat(fever.selectFirst("td.term .hint").text()).isEqualTo("原话“发烧” 患者自述");
        Element duration = doc.getElementById("item-symptoms-0").select("td").get(3);
        assertThat(duration.ownText()).isEqualTo("3天");
        assertThat(duration.selectFirst(".hint").text()).isEqualTo("夜间加重");
        assertThat(doc.text()).doesNotContain("Symptom {").doesNotContain("presentIllness").doesNotContain("symptoms[");
    }

    @Test
    void eachFlagStandsBesideItsSectionAndItsRowIsMarked() {
        assertThat(doc.select("#sec-presentIllness li.flag .message").eachText()).containsExactly("“发热”的起病时间与主诉不一致");
        assertThat(doc.selectFirst("#sec-presentIllness li.flag .concerns").text()).isEqualTo("症状 发热");
        assertThat(doc.getElementById("item-symptoms-1").className()).contains("flagged").contains("sev-warning");
        assertThat(doc.select("#sec-pastHistory li.flag[data-kind=MISSING]")).hasSize(1);
        assertThat(doc.select("#general-flags li.flag[data-kind=DEGRADED]")).hasSize(1);
        assertThat(doc.selectFirst("#flag-count").text()).isEqualTo("审核提示：错误 0，警告 3，提示 0");
        Element fever = doc.select("#utt-u2 mark").stream().filter(m -> m.text().equals("发烧")).findFirst().orElseThrow();
        assertThat(fever.className()).isEqualTo("hl sev-warning");
    }

    @Test
    void theDialogueNamesEverySpeakerMarksInferredRolesAndGreysWhatWasLeftOut() {
        assertThat(doc.select("li.utt .who").eachText()).containsExactly("医生", "患者", "家属推断", "医生", "患者");
        Element inferred = doc.selectFirst("#utt-u3 .who");
        assertThat(inferred.selectFirst(".inferred").text()).isEqualTo("推断");
        assertThat(inferred.attr("title")).contains("0.74").contains("说话人2");
        assertThat(doc.select("li.utt.dropped").eachAttr("id")).containsExactly("utt-u1", "utt-u5");
        assertThat(doc.selectFirst("#utt-u5 .why").text()).isEqualTo("已滤除：致谢 客套");
        assertThat(doc.selectFirst("#utt-u1 .why").text()).as("the reason names its category").isEqualTo("已滤除：寒暄问候语");
        assertThat(doc.selectFirst("#utt-u2 .said").text()).contains("<script>window.x=1</script>");
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void aConfidenceIsShownOnlyWhereItIsAMeasurement() {
        // the rules' measured 0.93 is shown; the model's 0.82 is no measurement, the rules' 1.00 no claim
        assertThat(doc.select(".tag.confidence").eachText()).containsExactly("置信度 0.93");
        assertThat(doc.selectFirst("#sec-diagnosis h2").text()).contains("模型撰写");
        assertThat(doc.select("table.symptoms th").eachText()).doesNotContain("置信度");
        assertThat(doc.select("table.items[data-section=DIAGNOSIS] th").eachText()).doesNotContain("置信度");
        assertThat(doc.select("table.items[data-section=PLAN] th").eachText()).doesNotContain("置信度");

        Document always = page(OutpatientRecordPage.builder(result(), TRANSCRIPT)
                .confidence(OutpatientRecordPage.Confidence.ALWAYS));
        assertThat(always.select("table.symptoms th").eachText()).contains("置信度");
        assertThat(always.select(".tag.confidence").eachText()).contains("置信度 1.00", "置信度 0.82", "置信度 0.93");
        Document never = page(OutpatientRecordPage.builder(result(), TRANSCRIPT)
                .confidence(OutpatientRecordPage.Confidence.NEVER));
        assertThat(never.select(".tag.confidence")).isEmpty();
        assertThat(never.text()).doesNotContain("置信度");
    }

    @Test
    void aDeploymentRewordsThePageFromItsOwnLabels() {
        Document ours = page(OutpatientRecordPage.builder(result(), TRANSCRIPT).title("张医生的门诊")
                .labels(ReportLabels.of(Map.of("medical.section.PLAN", "诊疗计划", "severity.WARNING", "请注意"))));
        assertThat(ours.selectFirst("h1").text()).isEqualTo("张医生的门诊");
        assertThat(ours.selectFirst("#sec-plan h2").text()).startsWith("诊疗计划");
        assertThat(ours.selectFirst("#sec-presentIllness li.flag .badge").text()).isEqualTo("请注意");
    }

    @Test
    void aRecordFromTheOfflineEngineGivesAPageWhoseEveryLinkLeadsSomewhere() {
        Transcript t = Transcript.parse("""
                科室：呼吸内科
                医生：您好，哪里不舒服？
                患者：我咳嗽三天了，昨天晚上开始发烧，最高三十八度五。
                医生：对什么药物过敏吗？
                患者：青霉素过敏。
                医生：考虑急性支气管炎，先查个血常规，三天后复诊。
                """);
        Result<OutpatientRecord> r = MedicalRecordAssistant.builder().build().structure(t);
        Document d = page(OutpatientRecordPage.builder(r, t));
        assertThat(d.select("section.emr > h2")).hasSize(10);
        assertThat(d.select("a[href]").eachAttr("href")).isNotEmpty()
                .allSatisfy(h -> assertThat(d.getElementById(h.substring(1))).as(h).isNotNull());
        assertThat(d.select("li.utt")).hasSize(t.size());
        assertThat(d.select("mark")).isNotEmpty();
        assertThat(d.selectFirst("#department").text()).startsWith("呼吸内科");
    }

    /**
     * A page must render whatever the record can hold: one word per constant of every enum the page
     * names (a missing one threw when the page was written: CMDD's real dialogues with an illness the
     * family names, a REPORTED diagnosis, failed in 388 of 2,067).
     */
    @Test
    void everyConstantTheRecordCanHoldHasItsWords() {
        ReportLabels l = OutpatientRecordPage.defaultLabels();
        Map<String, Enum<?>[]> keys = Map.ofEntries(
                Map.entry("medical.section.", Section.values()),
                Map.entry("medical.speaker.", Speaker.values()),
                Map.entry("medical.symptom.", SymptomStatus.values()),
                Map.entry("medical.attribution.", Attribution.values()),
                Map.entry("medical.category.", UtteranceDecision.Category.values()),
                Map.entry("medical.history.", HistoryItem.Kind.values()),
                Map.entry("medical.allergy.", Allergy.Kind.values()),
                Map.entry("medical.personal.kind.", PersonalHistoryItem.Kind.values()),
                Map.entry("medical.personal.", PersonalHistoryItem.Status.values()),
                Map.entry("medical.vital.", VitalSignKind.values()),
                Map.entry("medical.advice.", Advice.Kind.values()),
                Map.entry("medical.item.diagnosis.", Diagnosis.Certainty.values()));
        keys.forEach((prefix, constants) -> {
            for (Enum<?> c : constants) {
                assertThat(l.has(prefix + c.name())).as(prefix + c.name()).isTrue();
            }
        });
        for (Diagnosis.Certainty c : Diagnosis.Certainty.values()) {
            String key = "medical.state." + c.name().toLowerCase(Locale.ROOT);
            assertThat(l.has(key)).as(key).isTrue();
        }
    }

    /** An illness the patient's side names is reported in 现病史, as the record's prose says it, never in 初步诊断. */
    @Test
    void anIllnessTheFamilyNamesStandsInThePresentIllnessNotInTheDiagnosis() {
        Transcript t = Transcript.parse("""
                医生：宝宝怎么了？
                患者：孩子感冒了，咳嗽两天，昨天医院说是支气管炎。
                医生：有没有发烧？
                患者：没有发烧。
                医生：先吃点止咳药，多喝水，观察两天。
                """);
        Result<OutpatientRecord> r = MedicalRecordAssistant.builder().build().structure(t);
        assertThat(r.value().diagnoses()).extracting(g -> g.value().certainty()).contains(Diagnosis.Certainty.REPORTED);
        Document d = page(OutpatientRecordPage.builder(r, t));
        List<String> reported = d.select("section.emr tr:contains(患方所述疾病)").eachText();
        assertThat(reported).isNotEmpty().allSatisfy(row -> assertThat(row).contains("患方所述，非本次诊断"));
        for (Element row : d.select("section.emr tr:contains(患方所述疾病)")) {
            assertThat(row.closest("section.emr").selectFirst("h2").text()).startsWith("现病史");
        }
    }
}
