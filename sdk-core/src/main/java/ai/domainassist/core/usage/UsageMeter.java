package ai.domainassist.core.usage;

import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.AuditSink;
import ai.domainassist.core.chat.Usage;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Usage and cost totals of one client, overall and per task ({@code ChatRequest.Options.task()}), priced
 * by a {@link PriceTable}. It is fed by the audit decorator (it is an {@link AuditSink}), so it
 * counts every attempt that reached a provider, and nothing a cache answered.
 *
 * <p>Thread-safe: totals are updated atomically.
 */
public final class UsageMeter implements AuditSink {
    private final PriceTable prices;
    private final AtomicReference<UsageTotals> total = new AtomicReference<>(UsageTotals.ZERO);
    private final Map<String, AtomicReference<UsageTotals>> byTask = new ConcurrentHashMap<>();

    /**
     * @param prices the prices
     */
    public UsageMeter(PriceTable prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    /** @return the price table */
    public PriceTable prices() {
        return prices;
    }

    @Override
    public void write(AuditRecord r) {
        Usage usage = new Usage(r.promptTokens(), r.completionTokens(), r.totalTokens(), r.cachedPromptTokens(), 0);
        BigDecimal cost = prices.cost(r.model(), usage).orElse(null);
        if (r.outcome() != AuditRecord.Outcome.SUCCESS && usage.totalTokens() == 0) {
            cost = BigDecimal.ZERO;
        }
        BigDecimal c = cost;
        total.updateAndGet(t -> t.plus(usage, c));
        if (r.task() != null) {
            byTask.computeIfAbsent(r.task(), k -> new AtomicReference<>(UsageTotals.ZERO)).updateAndGet(t -> t.plus(usage, c));
        }
    }

    /** @return the totals of every call */
    public UsageTotals total() {
        return total.get();
    }

    /**
     * @param task a task label
     * @return the totals of that task's calls
     */
    public UsageTotals task(String task) {
        AtomicReference<UsageTotals> t = byTask.get(task);
        return t == null ? UsageTotals.ZERO : t.get();
    }

    /** @return the totals per task label, sorted by label */
    public Map<String, UsageTotals> tasks() {
        Map<String, UsageTotals> out = new TreeMap<>();
        byTask.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
