package ai.domainassist.finance.model;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.model.internal.FieldMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An itemised expense list (费用明细清单) of a stay or visit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the source document
 * @param patientName 姓名
 * @param hospital the hospital that issued it
 * @param total 合计 as printed
 * @param items the rows
 */
public record ExpenseList(String documentId, Optional<Grounded<String>> patientName, Optional<Grounded<String>> hospital,
        Optional<Grounded<BigDecimal>> total, List<ExpenseItem> items) implements ClaimMaterial {

    /**
     * Checks and normalises the components.
     *
     * @param documentId the source document
     * @param patientName 姓名
     * @param hospital the hospital that issued it
     * @param total 合计 as printed
     * @param items the rows
     * @throws NullPointerException if a component is {@code null}
     */
    public ExpenseList {
        Objects.requireNonNull(documentId, "documentId");
        items = List.copyOf(items);
    }

    @Override
    public DocumentType type() {
        return DocumentType.EXPENSE_LIST;
    }

    @Override
    public Map<String, Grounded<?>> fields() {
        FieldMap m = new FieldMap().put("patientName", patientName).put("hospital", hospital).put("total", total);
        putItems(m, items);
        return m.build();
    }

    static void putItems(FieldMap m, List<ExpenseItem> items) {
        for (int i = 0; i < items.size(); i++) {
            ExpenseItem it = items.get(i);
            m.put("items[" + i + "].name", Grounded.byRules(it.name(), it.evidence()));
            m.put("items[" + i + "].amount", Grounded.byRules(it.amount(), it.evidence()));
        }
    }
}
