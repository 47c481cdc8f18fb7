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
import ai.domainassist.core.internal.RelayStreamHandle;
import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
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
public final class BudgetingProvider implements ModelProvider {
    private final ModelProvider next;
    private final UsageMeter meter;
    private final Budget clientBudget;
    private final Map<String, Budget> taskBudgets;

    private BudgetingProvider(ModelProvider next, UsageMeter meter, Budget clientBudget, Map<String, Budget> taskBudgets) {
        this.next = Objects.requireNonNull(next, "next");
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
    public String name() {
        return next.name();
    }

    @Override
    public ProviderCapabilities capabilities() {
        return next.capabilities();
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
        long prompt = TokenEstimate.prompt(request);
        long completion = request.maxTokens() == null ? 0 : request.maxTokens();
        Usage estimate = Usage.of(prompt, completion);
        checkAgainst(clientBudget, meter.total(), estimate, request.model(), "client");
        if (request.options().task() != null) {
            checkAgainst(taskBudgets.get(request.options().task()), meter.task(request.options().task()), estimate, request.model(),
                    "task '" + request.options().task() + "'");
        }
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

    @Override
    public void close() {
        next.close();
    }
}
