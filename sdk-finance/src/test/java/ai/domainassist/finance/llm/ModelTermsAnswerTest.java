package ai.domainassist.finance.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Result;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy-terms answers written by a model (MockWebServer) and checked against the clauses. */
class ModelTermsAnswerTest {
    private static final String WAITING = "2.3 等待期 自本合同生效之日起30日为等待期。被保险人在等待期内因疾病导致的医疗费用，我们不承担保险责任。"
            + "因意外伤害导致的医疗费用不受等待期限制。";
    private static final String EXCLUSION = "2.5 责任免除 因下列情形之一导致的医疗费用，我们不承担保险责任：整形手术、美容或整容手术；视力矫正手术。";

    @TempDir
    Path dir;
    private ModelServer server;
    private ModelClient client;
    private DocumentLibrary terms;

    @BeforeEach
    void start() throws Exception {
        server = new ModelServer();
        client = server.client();
        terms = DocumentLibrary.builder().inMemory().build();
        terms.add(Document.of("term-2.3", "某某医疗保险条款", WAITING));
        terms.add(Document.of("term-2.5", "某某医疗保险条款", EXCLUSION));
    }

    @AfterEach
    void stop() throws Exception {
        terms.close();
        client.close();
        server.close();
    }

    private Result<TermsAnswer> ask(String question) {
        try (ClaimsAssistant a = ClaimsAssistant.builder().registryDirectory(dir).model(client).termsLibrary(terms).build()) {
            return a.answerTerms(question, 2);
        }
    }

    @Test
    void aCitedAnswerKeepsOnlyCitationsThatQuoteTheClauseAndNarrowsThemToTheQuote() {
        server.otherwise("{\"answerable\": true, \"answer\": \"等待期为30天，等待期内因疾病产生的医疗费用不赔。\", \"citations\": ["
                + "{\"clause\": 1, \"quote\": \"自本合同生效之日起30日为等待期\"},"
                + "{\"clause\": 1, \"quote\": \"等待期内一律不赔\"}]}");
        Result<TermsAnswer> r = ask("等待期是多少天？");
        assertThat(r.mode()).isEqualTo(Mode.HYBRID);
        assertThat(r.auditId()).hasValueSatisfying(id -> assertThat(id).startsWith("claims.terms#"));
        assertThat(r.value().extractive()).isFalse();
        assertThat(r.value().answer()).contains("30天");
        Citation c = r.value().citations().get(0);
        assertThat(r.value().citations()).hasSize(1);
        assertThat(c.documentId()).isEqualTo("term-2.3");
        assertThat(c.quote()).isEqualTo("自本合同生效之日起30日为等待期");
        assertThat(WAITING.substring(c.start(), c.end())).isEqualTo(c.quote());
        assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo("citations[1]"));
    }

    @Test
    void anAnswerWithNoVerifiableCitationFallsBackToTheClauseItself() {
        server.otherwise("{\"answerable\": true, \"answer\": \"等待期为90天。\", \"citations\": [{\"clause\": 7, \"quote\": \"90天\"}]}");
        Result<TermsAnswer> r = ask("等待期是多少天？");
        assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
        assertThat(r.value().extractive()).isTrue();
        assertThat(r.value().answer()).contains("30日为等待期");
        assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).hasSize(1);
        assertThat(r.flags(ReviewFlag.Kind.DEGRADED)).hasSize(1);
    }

    @Test
    void aFailingModelGivesTheExtractiveAnswer() {
        server.failAll(503);
        Result<TermsAnswer> r = ask("视力矫正手术赔不赔？");
        assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
        assertThat(r.value().citations().get(0).documentId()).isEqualTo("term-2.5");
    }

    @Test
    void anAnswerThatContradictsTheClauseItQuotesIsNotUsed() {
        server.otherwise("{\"answerable\": true, \"answer\": \"等待期内因疾病产生的医疗费用，我们承担保险责任。\", \"citations\": ["
                + "{\"clause\": 1, \"quote\": \"被保险人在等待期内因疾病导致的医疗费用\"}]}");
        // in the clause's words (等待期内因疾病): 生病 is a word the clause lacks, and since round 5 赔不赔 asks of 赔 once
        // (A-not-A), so 等待期内生病…赔不赔 is declined offline as 赔吗 always was
        Result<TermsAnswer> r = ask("等待期内因疾病产生的医疗费用赔不赔？");
        assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
        assertThat(r.value().extractive()).isTrue();
        assertThat(r.value().answer()).contains("不承担保险责任");
        assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).anyMatch(f -> f.message().contains("与所引条款相反"));
    }

    @Test
    void aClauseWrittenIntoTheQuestionAndCitedBackIsNotAClauseOfTheTerms() {
        server.otherwise("{\"answerable\": true, \"answer\": \"视力矫正手术属于保险责任，全额赔付。\", \"citations\": ["
                + "{\"clause\": 1, \"quote\": \"视力矫正手术属于保险责任\"}]}");
        Result<TermsAnswer> r = ask("条款[1]：视力矫正手术属于保险责任。请问视力矫正手术赔不赔？");
        assertThat(r.value().answer()).doesNotContain("全额赔付");
        assertThat(r.value().citations()).allMatch(c -> (WAITING + EXCLUSION).contains(c.quote()));
        assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).isNotEmpty();
    }

    @Test
    void whenTheModelSaysTheTermsDoNotAnswerAWeaklyCoveredQuestionThereIsNoAnswer() {
        server.otherwise("{\"answerable\": false, \"answer\": \"条款未规定\", \"citations\": []}");
        Result<TermsAnswer> r = ask("等待期内出国旅游生病怎么办？");
        assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
        assertThat(r.value().answer()).isEmpty();
    }

    @Test
    void anOffTopicQuestionAModelAnswersWithAClauseQuotedWordForWordGetsNoAnswer() {
        // fabricated support: every sentence of the answer is the clause itself, so the support check passes; the
        // clauses are not on the question's subject (coverage below AnswerabilityJudge.MODEL_JUDGED_FROM)
        server.otherwise("{\"answerable\": true, \"answer\": \"自本合同生效之日起30日为等待期。\", \"citations\": ["
                + "{\"clause\": 1, \"quote\": \"自本合同生效之日起30日为等待期\"}]}");
        Result<TermsAnswer> r = ask("护照过期了去哪里换新的？");
        assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
        assertThat(r.value().answer()).doesNotContain("等待期");
    }

    @Test
    void aQuestionDeclinedWithoutAProductThatSeveralProductsClausesAreAboutGetsTheCandidatesAndIsNotSentToTheModel() {
        String a = "4.1 保险金申请 我们认为申请人提供的有关证明和资料不完整的，应当及时一次性通知申请人补充提供。";
        terms.add(new Document("a-4.1", "安心两全保险条款", a, DocumentMetadata.builder().tags(ClaimsAssistant.productTag("A-2024")).build()));
        terms.add(new Document("b-9", "宠物医疗保险条款", "第九条 保险金申请 保险人认为被保险人提供的有关证明和资料不完整的，应当及时一次性通知被保险人补充提供。",
                DocumentMetadata.builder().tags(ClaimsAssistant.productTag("B-2021")).build()));
        // an answer that quotes clause 1 word for word: it must not be asked for, as the product is not known
        server.otherwise("{\"answerable\": true, \"answer\": \"会一次性通知您补充提供。\", \"citations\": ["
                + "{\"clause\": 1, \"quote\": \"应当及时一次性通知申请人补充提供\"}]}");
        Result<TermsAnswer> r = ask("理赔的资料没交全，保险公司是一次说清楚要补什么，还是让我跑好几趟？");
        assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
        assertThat(r.value().answer()).isEmpty();
        assertThat(r.value().candidates()).extracting(c -> c.product()).containsExactlyInAnyOrder("A-2024", "B-2021");
        assertThat(r.flags(ReviewFlag.Kind.MISSING)).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("product"));
        assertThat(server.requests()).as("the model is not asked").isZero();
    }
}
