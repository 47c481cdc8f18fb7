package ai.domainassist.core.usage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.BudgetExceededException;
import ai.domainassist.core.audit.internal.AuditingProvider;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.fakes.TestClock;
import ai.domainassist.core.usage.Budget;
import ai.domainassist.core.usage.ModelPrice;
import ai.domainassist.core.usage.PriceTable;
import ai.domainassist.core.usage.UsageMeter;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetingProviderTest {
    private final ScriptedProvider provider = new ScriptedProvider("p")
            .otherwise(r -> ScriptedProvider.response("p", "ok"));   // 10 prompt + 5 completion tokens, model "m"
    private final PriceTable prices = PriceTable.empty(Currency.getInstance("CNY"))
            .with("m", new ModelPrice(new BigDecimal("2"), new BigDecimal("0.5"), new BigDecimal("8")));
    private final UsageMeter meter = new UsageMeter(prices);
    private final AuditingProvider metered = AuditingProvider.wrap(provider, meter, new AuditingProvider.Tracker(),
            new TestClock());

    @Test
    void rejectsACallBeforeSendingWhenTheTokenBudgetWouldBePassed() {
        BudgetingProvider budgeted = BudgetingProvider.wrap(metered, meter, Budget.tokens(39), Map.of());
        ChatRequest req = ChatRequest.builder().user("病历").maxTokens(5).build();  // about 6 + 5 tokens: 30 spent + 11 passes 39

        budgeted.chat(req);
        budgeted.chat(req);
        assertThat(meter.total().usage().totalTokens()).isEqualTo(30);
        assertThatThrownBy(() -> budgeted.chat(req)).isInstanceOfSatisfying(BudgetExceededException.class, e -> {
            assertThat(e.errorCode()).contains("token_budget");
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).doesNotContain("病历");
        });
        assertThat(provider.chatCalls()).isEqualTo(2);

        RecordingHandler h = new RecordingHandler();
        budgeted.stream(req, h);
        assertThat(((StreamEvent.Failed) h.last()).error()).isInstanceOf(BudgetExceededException.class);
        assertThat(provider.streamCalls()).isZero();
    }

    @Test
    void taskBudgetsAreSeparateFromEachOther() {
        BudgetingProvider budgeted = BudgetingProvider.wrap(metered, meter, null,
                Map.of("claims", Budget.tokens(19)));
        ChatRequest claims = ChatRequest.builder().user("x").model("m").task("claims").build();
        ChatRequest other = claims.toBuilder().task("drafts").build();

        budgeted.chat(claims);
        assertThatThrownBy(() -> budgeted.chat(claims)).isInstanceOf(BudgetExceededException.class);
        budgeted.chat(other);
        budgeted.chat(other);

        assertThat(meter.task("claims").calls()).isEqualTo(1);
        assertThat(meter.task("drafts").calls()).isEqualTo(2);
        assertThat(meter.total().calls()).isEqualTo(3);
        assertThat(meter.tasks()).containsOnlyKeys("claims", "drafts");
    }

    @Test
    void costIsPricedPerModelAndACostBudgetRejects() {
        BudgetingProvider budgeted = BudgetingProvider.wrap(metered, meter, Budget.cost(new BigDecimal("0.00006")), Map.of());
        ChatRequest req = ChatRequest.builder().user("x").model("m").build();

        budgeted.chat(req);
        // 10 prompt tokens at 2 per million + 5 completion at 8 per million
        assertThat(meter.total().cost()).isEqualByComparingTo("0.00006");
        assertThat(meter.total().unpricedCalls()).isZero();
        assertThatThrownBy(() -> budgeted.chat(req)).isInstanceOfSatisfying(BudgetExceededException.class,
                e -> assertThat(e.getMessage()).contains("CNY"));
    }

    @Test
    void theShippedPriceTableReadsAndPricesByPrefix() {
        PriceTable t = PriceTable.defaults();
        assertThat(t.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(t.price("deepseek-chat")).isPresent();
        assertThat(t.price("deepseek-chat-0324")).isEqualTo(t.price("deepseek-chat"));
        assertThat(t.price("unknown-model")).isEmpty();
        var u = new ai.domainassist.core.chat.Usage(1_000_000, 1_000_000, 2_000_000, 1_000_000, 0);
        assertThat(t.cost("deepseek-chat", u)).get().satisfies(c -> assertThat(c).isEqualByComparingTo("1.17"));
    }

    @Test
    void aCallIsJudgedOnTheEstimateNotOnTheLengthBoundThatLetsMostCallsSkipCounting() {
        // "abcdefghi": 9 characters, 3 estimated tokens, + 4 for the message = 7 (the length bound says 13)
        ChatRequest req = ChatRequest.builder().user("abcdefghi").model("m").build();
        assertThat(ai.domainassist.core.usage.internal.TokenEstimate.prompt(req)).isEqualTo(7);
        assertThat(ai.domainassist.core.usage.internal.TokenEstimate.promptBound(req)).isEqualTo(13);
        BudgetingProvider.wrap(provider, meter, Budget.tokens(7), Map.of()).chat(req);          // 0 + 7 fits 7
        assertThatThrownBy(() -> BudgetingProvider.wrap(provider, meter, Budget.tokens(6), Map.of()).chat(req))
                .isInstanceOf(BudgetExceededException.class);
        assertThatThrownBy(() -> BudgetingProvider.wrap(provider, meter, null, Map.of("t", Budget.tokens(6)))
                .chat(req.toBuilder().task("t").build())).isInstanceOf(BudgetExceededException.class);
        BudgetingProvider.wrap(provider, meter, Budget.tokens(1_000), Map.of()).chat(req);      // bound fits: not counted
    }

    @Test
    void theLengthBoundIsNeverBelowTheEstimate() {
        java.util.Random random = new java.util.Random(3);
        String[] pieces = {"a", " ", "患", "者", "😀", "1", "，", "é"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(40); n >= 0; n--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            ChatRequest r = ChatRequest.builder().system(sb.toString()).user(sb.reverse().toString()).build();
            assertThat(ai.domainassist.core.usage.internal.TokenEstimate.promptBound(r))
                    .isGreaterThanOrEqualTo(ai.domainassist.core.usage.internal.TokenEstimate.prompt(r));
        }
    }

    @Test
    void budgetsValidate() {
        assertThatThrownBy(() -> new Budget(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Budget.tokens(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
