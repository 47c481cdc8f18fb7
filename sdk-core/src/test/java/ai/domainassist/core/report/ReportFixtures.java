package ai.domainassist.core.report;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import java.util.List;
import java.util.Optional;

/** A realistic outpatient result over a transcript that also tries to inject markup. */
final class ReportFixtures {
    static final String TRANSCRIPT = """
            医生：您好，哪里不舒服？
            患者：我咳嗽三天了，晚上更厉害，还有点发热，最高38.5℃。
            医生：有没有药物过敏？
            患者：青霉素过敏。<script>window.__pwned = 1;</script><img src=x onerror="window.__pwned = 2">
            医生：听诊双肺呼吸音粗，考虑急性支气管炎，先开点止咳药，三天后复诊。
            """;
    static final String LAB = "血常规：白细胞 11.2×10^9/L（偏高），中性粒细胞 78%。";

    record Diagnosis(Grounded<String> name, Optional<Grounded<String>> icd10) {
    }

    record OutpatientNote(Grounded<String> chiefComplaint, Grounded<String> temperature, List<Diagnosis> diagnoses,
                          List<Grounded<String>> allergies, Grounded<String> plan, Grounded<String> whiteCells) {
    }

    private ReportFixtures() {
    }

    static Evidence at(String sourceId, String text, String quote) {
        int i = text.indexOf(quote);
        if (i < 0) {
            throw new IllegalArgumentException(quote);
        }
        return Evidence.of(sourceId, text, i, i + quote.length());
    }

    static Evidence tx(String quote) {
        return at("transcript", TRANSCRIPT, quote);
    }

    /** The note, a hybrid result with one flag of each severity and one unverifiable model quote. */
    static Result<OutpatientNote> result() {
        Diagnosis bronchitis = new Diagnosis(Grounded.byRules("急性支气管炎", tx("急性支气管炎")),
                Optional.of(Grounded.byModel("J20.9", List.of(), 0.6)));
        OutpatientNote note = new OutpatientNote(
                Grounded.byRules("咳嗽3天", tx("咳嗽三天")),
                Grounded.byRules("38.5℃", tx("38.5℃")),
                List.of(bronchitis),
                List.of(Grounded.byRules("青霉素", tx("青霉素过敏"))),
                // the model quoted text that is not in the transcript: must not be highlighted anywhere
                Grounded.byModel("三天后复诊，必要时查胸片", List.of(new Evidence("transcript", 10, 20, "必要时查胸片")), 0.7),
                Grounded.byRules("白细胞偏高", at("lab", LAB, "白细胞 11.2×10^9/L（偏高）")));
        List<ReviewFlag> flags = List.of(
                ReviewFlag.of(ReviewFlag.Kind.LOW_CONFIDENCE, "diagnoses[0].icd10", "ICD-10 编码由模型给出，请核对。"),
                ReviewFlag.of(ReviewFlag.Kind.UNGROUNDED, "plan", "“必要时查胸片”在对话中找不到。",
                        List.of(new Evidence("transcript", 10, 20, "必要时查胸片"))),
                new ReviewFlag(ReviewFlag.Kind.OUT_OF_RANGE, Severity.WARNING, "temperature", "体温偏高，请确认。",
                        List.of(tx("最高38.5℃"))),
                ReviewFlag.of(ReviewFlag.Kind.MISSING, "pastHistory", "未提及既往史。"));
        return new Result<>(note, flags, Mode.HYBRID, new Usage(812, 240, 1052, 512, 64), "audit-7f3a");
    }

    static ReviewReport report() {
        return ReviewReport.builder(result())
                .title("门诊病历审核 <b>张三</b>")
                .source("transcript", TRANSCRIPT)
                .source("lab", LAB)
                .build();
    }
}
