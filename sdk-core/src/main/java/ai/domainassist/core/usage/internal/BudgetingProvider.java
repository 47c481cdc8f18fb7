package ai.domainassist.core.usage.internal;

import ai.domainassist.core.BudgetExceededException;
import ai.domainassist.core.ErrorDetails;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.EmbeddingRequest;
import ai.domainassist.core.chat.EmbeddingResponse;
import ai.domainassist.core.chat.StreamHandle;
import ai.domainassist.core.chat.StreamHandler;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.internal.ForwardingProvider;
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.usage.Budget;
import ai.domainassist.core.usage.PriceTable;
import ai.domainassist.core.usage.UsageMeter;
import ai.domainassist.core.usage.UsageTotals;
import ai.domainassist.core.usage.internal.TokenEstimate;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The budget decorator, first in the pipeline: rejects a call before anything is sent when the
 * tokens or cost spent so far ({@link UsageMeter}) plus this call's estimate would pass the
 * client's budget or its task's budget. The estimate is the prompt's estimated tokens
 * ({@code TokenEstimate}: one per Chinese character, one per three other characters) plus the
 * request's {@code maxTokens} (0 when unset: set {@code maxTokens} for a strict bound); its cost
 * is priced by the meter's {@link PriceTable} (the request's model; unpriced models count 0).
 *
 * <p>Thread-safe. Concurrent calls are checked against the totals as they stand, so a burst of
 * parallel calls may overshoot by up to their own estimates.
 */
public final class BudgetingProvider extends ForwardingProvider {
    private final UsageMeter meter;
    private final Budget clientBudget;
    private final Map<String, Budget> taskBudgets;

    private BudgetingProvider(ModelProvider next, UsageMeter meter, Budget clientBudget, Map<String, Budget> taskBudgets) {
        super(next);
        this.meter = Objects.requireNonNull(meter, "meter");
        this.clientBudget = clientBudget;
        this.taskBudgets = Map.copyOf(taskBudgets);
    }

    /**
     * Wraps a provider.
     *
     * @param next the rest of the pipeline
     * @param meter the totals so far
     * @param clientBudget the budget of the whole client, or {@code null} for none
     * @param taskBudgets budgets per task label
     * @return the decorated provider
     */
    public static BudgetingProvider wrap(ModelProvider next, UsageMeter meter, Budget clientBudget,
                                         Map<String, Budget> taskBudgets) {
        return new BudgetingProvider(next, meter, clientBudget, taskBudgets);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        check(request);
        return next.chat(request);
    }

    @Override
    public StreamHandle stream(ChatRequest request, StreamHandler handler) {
        try {
            check(request);
        } catch (BudgetExceededException e) {
            RelayStreamHandle relay = new RelayStreamHandle(handler, e.details());
            relay.fail(e);
            return relay;
        }
        return next.stream(request, handler);
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        long estimate = request.inputs().stream().mapToLong(TokenEstimate::text).sum();
        Usage u = Usage.of(estimate, 0);
        checkAgainst(clientBudget, meter.total(), u, request.model(), "client");
        return next.embed(request);
    }

    private void check(ChatRequest request) {
        String task = request.options().task();
        Budget taskBudget = task == null ? null : taskBudgets.get(task);
        if (clientBudget == null && taskBudget == null) {
            return; // no budget applies to this call: nothing to estimate
        }
        long completion = request.maxTokens() == null ? 0 : request.maxTokens();
        // The estimate counts at most one token per character (TokenEstimate), so a call whose
        // characters alone fit every token-only budget passes without counting them one by one.
        long bound = TokenEstimate.promptBound(request) + completion;
        if (fitsTokens(clientBudget, meter.total(), bound)
                && (taskBudget == null || fitsTokens(taskBudget, meter.task(task), bound))) {
            return;
        }
        Usage estimate = Usage.of(TokenEstimate.prompt(request), completion);
        checkAgainst(clientBudget, meter.total(), estimate, request.model(), "client");
        if (task != null) {
            checkAgainst(taskBudget, meter.task(task), estimate, request.model(), "task '" + task + "'");
        }
    }

    /**
     * @return whether a call of at most {@code bound} tokens surely passes the budget: it has no
     *     cost limit (a cost is checked on the estimate itself) and spent + bound is within its token limit
     */
    private static boolean fitsTokens(Budget budget, UsageTotals spent, long bound) {
        if (budget == null) {
            return true;
        }
        if (budget.maxCost() != null) {
            return false;
        }
        return budget.maxTokens() == null || spent.usage().totalTokens() + bound <= budget.maxTokens();
    }

    private void checkAgainst(Budget budget, UsageTotals spent, Usage estimate, String model, String whose) {
        if (budget == null) {
            return;
        }
        if (budget.maxTokens() != null && spent.usage().totalTokens() + estimate.totalTokens() > budget.maxTokens()) {
            throw new BudgetExceededException("token budget of the " + whose + " would be exceeded: spent "
                    + spent.usage().totalTokens() + ", this call about " + estimate.totalTokens() + ", limit "
                    + budget.maxTokens(), ErrorDetails.of(null, model).withResponse(0, "token_budget", null));
        }
        if (budget.maxCost() != null) {
            BigDecimal more = meter.prices().cost(model, estimate).orElse(BigDecimal.ZERO);
            if (spent.cost().add(more).compareTo(budget.maxCost()) > 0) {
                throw new BudgetExceededException("cost budget of the " + whose + " would be exceeded: spent "
                        + spent.cost().toPlainString() + ", this call about " + more.toPlainString() + ", limit "
                        + budget.maxCost().toPlainString() + " " + meter.prices().currency(),
                        ErrorDetails.of(null, model).withResponse(0, "cost_budget", null));
            }
        }
    }
}
