package ai.domainassist.core.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingVerifierTest {
    // A synthetic outpatient note written for this test (no real patient).
    private static final String NOTE = "主诉：咳嗽、咳痰3天，伴发热1天。现病史：患者3天前受凉后出现咳嗽，咳白色黏痰，"
            + "1天前出现发热，最高体温39.5℃，无胸痛，无咯血。既往史：高血压病史5年，规律服用氨氯地平5mg qd。"
            + "过敏史：青霉素过敏。查体：T 38.6℃，双肺呼吸音粗，右下肺可闻及湿啰音。"
            + "诊断：社区获得性肺炎。处理：头孢呋辛0.5g bid 口服，3天后复诊。";
    private static final String ORDER = "医嘱：多饮水，注意休息；如出现呼吸困难，立即就医。";
    private static final List<Source> SOURCES = List.of(new Source("note", NOTE), new Source("order", ORDER));

    private final GroundingVerifier verifier = GroundingVerifier.standard();

    /** Quotes that are in the source, some in another width, spacing, punctuation or script. */
    private static final List<String> TRUE_QUOTES = List.of(
            "咳嗽、咳痰3天",
            "最高体温39.5℃",
            "最高体温３９．５℃",
            "无胸痛 无咯血",
            "高血压病史5年。",
            "规律服用氨氯地平5MG QD",
            "青黴素過敏",
            "右下肺可闻及湿啰音",
            "診斷：社區獲得性肺炎",
            "头孢呋辛 0.5g bid",
            "如出现呼吸困难,立即就医",
            "T 38.6℃");

    /** Fabricated quotes: a changed number, an added or dropped negation, swapped or invented words, stitched spans. */
    private static final List<String> FABRICATED = List.of(
            "最高体温38.5℃",
            "咳嗽、咳痰5天",
            "有胸痛",
            "无发热",
            "高血压病史15年",
            "规律服用硝苯地平5mg qd",
            "头孢过敏",
            "左下肺可闻及湿啰音",
            "诊断：医院获得性肺炎",
            "头孢呋辛0.25g bid 口服",
            "3天后复查胸片",
            "咳嗽，诊断：社区获得性肺炎",
            "患者否认吸烟史",
            "test",
            "立即住院治疗");

    @Test
    void everyTrueQuoteIsLocatedWithOffsetsIntoTheOriginal() {
        List<Claim> claims = new ArrayList<>();
        TRUE_QUOTES.forEach(q -> claims.add(Claim.of("f" + claims.size(), q)));

        GroundingReport report = verifier.verify(SOURCES, claims);

        assertThat(report.flags()).isEmpty();
        for (ClaimCheck c : report.checks()) {
            Evidence e = c.evidence();
            String source = e.sourceId().equals("note") ? NOTE : ORDER;
            assertThat(source.substring(e.start(), e.end())).isEqualTo(e.quote());
            assertThat(NormalizedText.of(e.quote()).folded()).as(c.claim().quote())
                    .isEqualTo(NormalizedText.of(c.claim().quote()).folded());
        }
    }

    @Test
    void everyFabricatedQuoteIsCaughtAndFlaggedUngrounded() {
        List<Claim> claims = new ArrayList<>();
        FABRICATED.forEach(q -> claims.add(Claim.of("f" + claims.size(), q)));

        GroundingReport report = verifier.verify(SOURCES, claims);

        assertThat(report.checks()).allSatisfy(c -> assertThat(c.grounded()).as(c.claim().quote()).isFalse());
        assertThat(report.flags()).hasSize(FABRICATED.size());
        assertThat(report.flags()).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ReviewFlag.Kind.UNGROUNDED);
            assertThat(f.message()).isEqualTo("the quoted text is not in the source");
        });
        assertThat(report.flags()).extracting(ReviewFlag::field).containsExactlyElementsOf(
                claims.stream().map(Claim::field).toList());
    }

    @Test
    void mixedClaimsFlagOnlyTheFabricatedFields() {
        List<Claim> claims = List.of(Claim.of("chief", "咳嗽、咳痰3天"), Claim.of("allergy", "头孢过敏"),
                Claim.of("diagnosis", "社区获得性肺炎"), Claim.of("empty", "，。"));
        GroundingReport report = verifier.verify(SOURCES, claims);
        assertThat(report.flags()).extracting(ReviewFlag::field).containsExactly("allergy", "empty");
        assertThat(report.flags().get(1).message()).isEqualTo("no quote was given for this value");
        assertThat(report.evidence("diagnosis")).get().extracting(Evidence::sourceId).isEqualTo("note");
        assertThat(report.allGrounded()).isFalse();
    }

    @Test
    void exactMatchesAreReportedAsSuchAndPreferred() {
        GroundingReport report = verifier.verify(SOURCES, List.of(Claim.of("a", "多饮水"), Claim.of("b", "多 饮 水")));
        assertThat(report.checks().get(0).match()).isEqualTo(ClaimCheck.Match.EXACT);
        assertThat(report.checks().get(1).match()).isEqualTo(ClaimCheck.Match.NORMALIZED);
        assertThat(report.checks().get(1).evidence().quote()).isEqualTo("多饮水");
        int at = ORDER.indexOf("多饮水");
        assertThat(report.checks().get(1).evidence()).isEqualTo(new Evidence("order", at, at + 3, "多饮水"));
    }

    @Test
    void aClaimNamingASourceIsOnlyLookedForThere() {
        GroundingReport report = verifier.verify(SOURCES, List.of(new Claim("x", "多饮水", "note")));
        assertThat(report.checks().get(0).grounded()).isFalse();
    }

    @Test
    void exactOnlyVerifierDoesNotFold() {
        GroundingVerifier exact = GroundingVerifier.withFolds(EnumSet.noneOf(NormalizedText.Fold.class));
        assertThat(exact.locate("青黴素過敏", SOURCES)).isEmpty();
        assertThat(verifier.locate("青黴素過敏", SOURCES)).get().extracting(Evidence::quote).isEqualTo("青霉素过敏");
    }
}
