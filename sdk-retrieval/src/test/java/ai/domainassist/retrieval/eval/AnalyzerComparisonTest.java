package ai.domainassist.retrieval.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.SearchMode;
import ai.domainassist.retrieval.TextAnalysis;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the two Chinese analyses on real data and pins the choice of the default
 * ({@link TextAnalysis#CJK_BIGRAM}): it must not lose to SmartChinese on either data set. The
 * printed numbers are the ones recorded in {@code docs/retrieval.md}.
 */
class AnalyzerComparisonTest {

    @Test
    void bigramsBeatSmartChineseOnPolicyTitlesAndInsuranceQuestions() throws Exception {
        PolicyTitles titles = PolicyTitles.load(EvalData.require("gov/policy-titles.txt"), 200, 42L);
        InsQa insqa = InsQa.load(EvalData.require("finance/insqa-clause-subjective.json"));

        Map<TextAnalysis, PolicyTitles.Scores> titleScores = new EnumMap<>(TextAnalysis.class);
        Map<TextAnalysis, InsQa.Scores> qaScores = new EnumMap<>(TextAnalysis.class);
        for (TextAnalysis analysis : TextAnalysis.values()) {
            try (DocumentLibrary library = DocumentLibrary.builder().analysis(analysis).build()) {
                library.addAll(titles.documents);
                Map<String, PolicyTitles.Scores> byKind = titles.evaluate(library);
                byKind.forEach((kind, s) -> System.out.printf("policy-titles %-13s %-9s %s%n", analysis, kind, s));
                titleScores.put(analysis, byKind.get("all"));
            }
            try (DocumentLibrary library = DocumentLibrary.builder().analysis(analysis).build()) {
                library.addAll(insqa.documents);
                InsQa.Scores s = insqa.evaluate(library, SearchMode.KEYWORD, false);
                System.out.printf("insqa         %-13s all-docs  %s%n", analysis, s);
                System.out.printf("insqa         %-13s in-doc    %s%n", analysis, insqa.evaluate(library, SearchMode.KEYWORD, true));
                qaScores.put(analysis, s);
            }
        }
        PolicyTitles.Scores bigramTitles = titleScores.get(TextAnalysis.CJK_BIGRAM);
        PolicyTitles.Scores smartTitles = titleScores.get(TextAnalysis.SMART_CHINESE);
        assertThat(bigramTitles.mrr()).as("bigram MRR on policy titles").isGreaterThanOrEqualTo(smartTitles.mrr());
        assertThat(qaScores.get(TextAnalysis.CJK_BIGRAM).recallAt5()).as("bigram recall@5 on InsQA")
                .isGreaterThanOrEqualTo(qaScores.get(TextAnalysis.SMART_CHINESE).recallAt5());
    }
}
