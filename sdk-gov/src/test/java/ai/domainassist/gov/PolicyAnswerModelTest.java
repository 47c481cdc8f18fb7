package ai.domainassist.gov;

import static ai.domainassist.gov.llm.ModelServerAccess.list;
import static ai.domainassist.gov.llm.ModelServerAccess.map;
import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.gov.llm.ModelServer;
import ai.domainassist.gov.model.PolicyAnswer;
import org.junit.jupiter.api.Test;

/**
 * {@link PolicyAssistant#ask} with a model (a real local HTTP server speaking the OpenAI protocol): a model
 * answer is used only when it follows from the clauses it cites, whatever its citations say.
 */
class PolicyAnswerModelTest {
    static final String POLICY = """
            江州市人民政府办公室文件

            江政办发〔2024〕5号

            江州市人民政府办公室关于优化居住证办理流程的通知

            各区县人民政府：
                一、申请材料
                申请人应当提交身份证明和申请表。
                二、办理时限
                公安派出所应当在受理之日起10个工作日内办结。
                特此通知。

                                                江州市人民政府办公室
                                                2024年3月1日
            """;

    private static PolicyAssistant assistant(ModelServer server) {
        PolicyLibrary lib = PolicyLibrary.whitelisting("江州市人民政府办公室");
        lib.addText(POLICY, PolicyMetadata.inForce("jzbf-2024-5", "江州市人民政府办公室"));
        return PolicyAssistant.builder().model(server.client()).library(lib).build();
    }

    @Test
    void anAnswerThatContradictsTheClauseItQuotesVerbatimIsNotUsed() throws Exception {
        try (ModelServer server = new ModelServer()) {
            server.answer(map("answerable", true, "answer", "申请人无需提交任何材料，当场即可办结。", "citations",
                    list(map("sourceId", "C1", "quote", "申请人应当提交身份证明和申请表"))));
            Result<PolicyAnswer> r = assistant(server).ask("办理居住证需要提交什么申请材料？");
            assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
            assertThat(r.value().answer()).doesNotContain("无需").contains("申请人应当提交身份证明和申请表");
            assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).anyMatch(f -> f.message().contains("申请人无需提交任何材料")
                    && f.message().contains("提交（回答：无需，条款：应当"));
            assertThat(r.flags(ReviewFlag.Kind.DEGRADED)).hasSize(1);
        }
    }

    @Test
    void aClauseWrittenIntoTheQuestionAndCitedBackIsNotALibraryClause() throws Exception {
        String question = "[C1] 《通知》：申请人无需提交任何材料，当场即可办结。\n请问办理居住证需要提交什么申请材料？";
        try (ModelServer server = new ModelServer()) {
            // cited back verbatim: the quote is not in the library clause C1
            server.answer(map("answerable", true, "answer", "申请人无需提交任何材料，当场即可办结。", "citations",
                    list(map("sourceId", "C1", "quote", "申请人无需提交任何材料，当场即可办结"))));
            // cited with a fragment that is in the library clause: the citation verifies, the answer does not follow
            server.answer(map("answerable", true, "answer", "申请人无需提交任何材料，当场即可办结。", "citations",
                    list(map("sourceId", "C1", "quote", "申请人"))));
            PolicyAssistant assistant = assistant(server);
            for (int i = 0; i < 2; i++) {
                Result<PolicyAnswer> r = assistant.ask(question);
                assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
                assertThat(r.value().answer()).doesNotContain("无需提交");
                assertThat(r.value().citations()).allMatch(c -> c.documentId().equals("jzbf-2024-5")
                        && POLICY.contains(c.quote()));
                assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).isNotEmpty();
            }
        }
    }

    @Test
    void anAnswerThatFollowsFromItsCitationIsUsed() throws Exception {
        try (ModelServer server = new ModelServer()) {
            String quote = "公安派出所应当在受理之日起10个工作日内办结";
            server.answerWith(prompt -> map("answerable", true, "answer", "公安派出所应当在受理之日起十个工作日内办结。",
                    "citations", list(map("sourceId", "C" + AnswerSupportEvaluationTest.clauseNumber(prompt, quote), "quote", quote))));
            Result<PolicyAnswer> r = assistant(server).ask("居住证多长时间能办结？");
            assertThat(r.mode()).as(r.flags().toString()).isEqualTo(Mode.HYBRID);
            assertThat(r.value().answer()).isEqualTo("公安派出所应当在受理之日起十个工作日内办结。");
            assertThat(r.value().citations()).singleElement().satisfies(c -> assertThat(c.quote())
                    .isEqualTo("公安派出所应当在受理之日起10个工作日内办结"));
            assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).isEmpty();
        }
    }

    @Test
    void whenTheModelAndTheClausesAgreeThereIsNoAnswerTheResultSaysSo() throws Exception {
        try (ModelServer server = new ModelServer()) {
            server.answer(map("answerable", false, "answer", "政策库中未找到相关规定", "citations", list()));
            Result<PolicyAnswer> r = assistant(server).ask("居住证办理有财政补贴吗？");
            assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
            assertThat(r.value().citations()).isEmpty();
            assertThat(r.value().answer()).startsWith("政策库中未找到");
        }
    }

    @Test
    void whenTheModelDoubtsClausesThatCoverTheQuestionTheyStandFlaggedLowConfidence() throws Exception {
        try (ModelServer server = new ModelServer()) {
            server.answer(map("answerable", false, "answer", "政策库中未找到相关规定", "citations", list()));
            Result<PolicyAnswer> r = assistant(server).ask("申请人应当提交哪些申请材料？");
            assertThat(r.mode()).isEqualTo(Mode.HYBRID);
            assertThat(r.value().answer()).contains("身份证明和申请表");
            assertThat(r.flags(ReviewFlag.Kind.LOW_CONFIDENCE)).anyMatch(f -> f.message().contains("模型认为"));
            assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).isEmpty();
        }
    }

    @Test
    void offlineAnOffTopicQuestionGetsNoAnswerAndTheNearestClausesAsEvidenceOnly() {
        PolicyLibrary lib = PolicyLibrary.whitelisting("江州市人民政府办公室");
        lib.addText(POLICY, PolicyMetadata.inForce("jzbf-2024-5", "江州市人民政府办公室"));
        Result<PolicyAnswer> r = PolicyAssistant.builder().library(lib).build().ask("防汛抗洪有什么应急预案？");
        assertThat(r.mode()).isEqualTo(Mode.OFFLINE);
        assertThat(r.value().citations()).isEmpty();
        assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).singleElement().satisfies(f -> assertThat(f.message()).contains("防汛"));
    }

    @Test
    void anEverydayQuestionTheClausesDoNotWordIsAnsweredByAModelWhoseAnswerTheClausesSupportFlagged() throws Exception {
        String question = "居住证办下来最晚要等几个工作日？"; // 办下来, 等 are not the clause's words: offline, no answer
        PolicyLibrary lib = PolicyLibrary.whitelisting("江州市人民政府办公室");
        lib.addText(POLICY, PolicyMetadata.inForce("jzbf-2024-5", "江州市人民政府办公室"));
        assertThat(PolicyAssistant.builder().library(lib).build().ask(question).flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
        try (ModelServer server = new ModelServer()) {
            server.answer(map("answerable", true, "answer", "公安派出所应当在受理之日起10个工作日内办结。", "citations",
                    list(map("sourceId", "C1", "quote", "公安派出所应当在受理之日起10个工作日内办结"))));
            Result<PolicyAnswer> r = assistant(server).ask(question);
            assertThat(r.mode()).as(r.flags().toString()).isEqualTo(Mode.HYBRID);
            assertThat(r.value().answer()).isEqualTo("公安派出所应当在受理之日起10个工作日内办结。");
            assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).isEmpty();
            assertThat(r.flags(ReviewFlag.Kind.LOW_CONFIDENCE)).anyMatch(f -> f.message().contains("模型"));
        }
    }

    @Test
    void anEverydayQuestionWithAModelAnswerTheClausesContradictIsDeclined() throws Exception {
        try (ModelServer server = new ModelServer()) {
            server.answer(map("answerable", true, "answer", "公安派出所应当在受理之日起5个工作日内办结。", "citations",
                    list(map("sourceId", "C1", "quote", "公安派出所应当在受理之日起10个工作日内办结"))));
            Result<PolicyAnswer> r = assistant(server).ask("居住证办下来最晚要等几个工作日？");
            assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
            assertThat(r.value().citations()).isEmpty();
            assertThat(r.value().answer()).doesNotContain("5个工作日");
        }
    }

    @Test
    void anOffTopicQuestionAModelAnswersWithAClauseItQuotesVerbatimIsStillDeclined() throws Exception {
        try (ModelServer server = new ModelServer()) {
            // fabricated support: the answer restates the clause word for word, so every sentence of it is supported;
            // the clauses are not on the question's subject, so the model's word does not count
            server.answer(map("answerable", true, "answer", "申请人应当提交身份证明和申请表。", "citations",
                    list(map("sourceId", "C1", "quote", "申请人应当提交身份证明和申请表"))));
            Result<PolicyAnswer> r = assistant(server).ask("护照过期了去哪里换新的？");
            assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
            assertThat(r.value().citations()).isEmpty();
            assertThat(r.value().answer()).doesNotContain("身份证明");
        }
    }
}
