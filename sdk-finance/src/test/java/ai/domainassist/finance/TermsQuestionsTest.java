package ai.domainassist.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.finance.model.InsurancePolicy;
import ai.domainassist.finance.model.ProductCandidate;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terms questions about the customer's own product, and without one. */
class TermsQuestionsTest {
    @TempDir
    Path dir;
    private DocumentLibrary terms;
    private ClaimsAssistant assistant;

    @BeforeEach
    void library() {
        terms = DocumentLibrary.builder().inMemory().build();
        add("a-1.5", "安心两全保险条款", "A-2024", "1.5 犹豫期 自您签收本合同次日起，有十五天的犹豫期。在此期间您可以撤销本合同。");
        add("a-2.2", "安心两全保险条款", "A-2024", "2.2 责任免除 因被保险人酒后驾驶导致身故的，我们不承担给付身故保险金的责任。");
        add("b-1.5", "宠物医疗保险条款", "B-2021", "第三条 犹豫期 自投保人签收本合同次日起，有十日的犹豫期。");
        add("b-2", "宠物医疗保险条款", "B-2021", "第二条 本合同可以承保的宠物为合法饲养、可明确鉴别身份的犬类或猫类宠物。");
        add("a-4.1", "安心两全保险条款", "A-2024", "4.1 保险金申请 我们认为申请人提供的有关证明和资料不完整的，应当及时一次性通知申请人补充提供。");
        add("b-9", "宠物医疗保险条款", "B-2021", "第九条 保险金申请 保险人认为被保险人提供的有关证明和资料不完整的，应当及时一次性通知被保险人补充提供。");
        assistant = ClaimsAssistant.builder().registryDirectory(dir).termsLibrary(terms).build();
    }

    private void add(String id, String title, String product, String text) {
        terms.add(new Document(id, title, text, DocumentMetadata.builder().tags(ClaimsAssistant.productTag(product)).build()));
    }

    @AfterEach
    void close() throws Exception {
        assistant.close();
        terms.close();
    }

    @Test
    void withTheProductInHandTheAnswerComesFromThatProductsTermsOnly() {
        Result<TermsAnswer> a = assistant.answerTerms("A-2024", "犹豫期有多少天？");
        assertThat(a.mode()).isEqualTo(Mode.OFFLINE);
        assertThat(a.value().answer()).contains("十五天");
        assertThat(a.value().citations()).isNotEmpty().allMatch(c -> c.documentId().startsWith("a-"));
        assertThat(a.value().needsProduct()).isFalse();
        Result<TermsAnswer> b = assistant.answerTerms("B-2021", "犹豫期有多少天？");
        assertThat(b.value().answer()).contains("十日");
    }

    @Test
    void theCustomersPolicyNamesItsProduct() {
        InsurancePolicy policy = InsurancePolicy.builder().number("P-1").product("B-2021").insured("王芳", null)
                .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).annualLimit(BigDecimal.TEN).build();
        assertThat(policy.product()).contains("B-2021");
        assertThat(assistant.answerTerms(policy, "犹豫期有多少天？").value().answer()).contains("十日");
        InsurancePolicy none = InsurancePolicy.builder().number("P-2").insured("王芳", null)
                .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).annualLimit(BigDecimal.TEN).build();
        assertThatThrownBy(() -> assistant.answerTerms(none, "犹豫期有多少天？")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P-2").hasMessageContaining("product");
        assertThatThrownBy(() -> InsurancePolicy.builder().product(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAProductAQuestionSeveralProductsAnswerGivesTheCandidatesNotOneProductsClause() {
        Result<TermsAnswer> r = assistant.answerTerms("犹豫期有多少天？", 5);
        assertThat(r.value().needsProduct()).isTrue();
        assertThat(r.value().answer()).isEmpty();
        assertThat(r.value().citations()).isEmpty();
        assertThat(r.value().candidates()).extracting(ProductCandidate::product).containsExactlyInAnyOrder("A-2024", "B-2021");
        assertThat(r.value().candidates()).extracting(ProductCandidate::name).contains("安心两全保险条款", "宠物医疗保险条款");
        assertThat(r.flags(ReviewFlag.Kind.MISSING)).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("product");
            assertThat(f.evidence()).as("the clauses found, each candidate's among them").hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void withoutAProductAQuestionInEverydayWordsThatSeveralProductsClausesAreAboutAsksForTheProductAndAssertsNothing() {
        // 交全, 说清楚, 跑好几趟 are in no clause: declined; but both products' clauses on incomplete claim papers cover
        // 理赔 (保险金申请), 资料, 保险公司, 补 alike, so the customer is asked which product is theirs
        String question = "理赔的资料没交全，保险公司是一次说清楚要补什么，还是让我跑好几趟？";
        Result<TermsAnswer> r = assistant.answerTerms(question, 5);
        assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).as("no answer without the product").hasSize(1);
        assertThat(r.value().answer()).isEmpty();
        assertThat(r.value().citations()).isEmpty();
        assertThat(r.value().needsProduct()).isTrue();
        assertThat(r.value().candidates()).extracting(ProductCandidate::product).containsExactlyInAnyOrder("A-2024", "B-2021");
        assertThat(r.value().candidates()).extracting(c -> c.clause().documentId()).containsExactlyInAnyOrder("a-4.1", "b-9");
        assertThat(r.flags(ReviewFlag.Kind.MISSING)).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("product");
            assertThat(f.message()).contains("没有找到答复").contains("安心两全保险条款").contains("宠物医疗保险条款");
        });
        Result<TermsAnswer> own = assistant.answerTerms("A-2024", question);
        assertThat(own.flags(ReviewFlag.Kind.NO_ANSWER)).as("the product's own terms still decline it").hasSize(1);
        assertThat(own.value().needsProduct()).isFalse();
        assertThat(own.flags(ReviewFlag.Kind.MISSING)).isEmpty();
    }

    @Test
    void withoutAProductADeclinedQuestionWhoseClausesShareFewOfItsWordsOrNoneIsOnlyDeclined() {
        // covers 证明, 资料, 保险公司 (three key terms): below the four a declined question needs for candidates
        for (String question : new String[] {"证明资料缺了几页，保险公司会不会一次性打电话催我补齐？", "房贷利率是多少？"}) {
            Result<TermsAnswer> r = assistant.answerTerms(question, 5);
            assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).as(question).hasSize(1);
            assertThat(r.value().needsProduct()).as(question).isFalse();
            assertThat(r.flags(ReviewFlag.Kind.MISSING)).as(question).isEmpty();
        }
    }

    @Test
    void withoutAProductAQuestionOnlyOneProductAnswersIsAnswered() {
        Result<TermsAnswer> r = assistant.answerTerms("宠物保险可以给猫投保吗？", 5);
        assertThat(r.value().needsProduct()).isFalse();
        assertThat(r.value().answer()).contains("猫类宠物");
        assertThat(r.value().citations().get(0).documentId()).isEqualTo("b-2");
    }

    @Test
    void termsThatDoNotAnswerTheQuestionGiveNoAnswer() {
        Result<TermsAnswer> r = assistant.answerTerms("A-2024", "保单贷款最多能贷多少钱？");
        assertThat(r.flags(ReviewFlag.Kind.NO_ANSWER)).hasSize(1);
        assertThat(r.value().answer()).isEmpty();
        assertThat(r.value().citations()).isEmpty();
    }

    @Test
    void productsAreNamedByATag() {
        assertThat(ClaimsAssistant.productTag(" A-2024 ")).isEqualTo("product:A-2024");
        assertThatThrownBy(() -> ClaimsAssistant.productTag("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assistant.answerTerms("", "犹豫期有多少天？")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assistant.answerTerms("A-2024", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
