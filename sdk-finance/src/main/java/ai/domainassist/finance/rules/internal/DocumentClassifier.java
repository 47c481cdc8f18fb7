package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.finance.model.DocumentType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Classifies a document by weighted keywords ({@code document-types.tsv}) found in its folded text.
 * Invoice keywords count for both invoice types; the 门诊/住院 keywords decide between them.
 * Immutable and thread-safe.
 */
public final class DocumentClassifier {
    private static final int MIN_SCORE = 4;
    private final Map<String, Map<String, Integer>> keywords = new java.util.LinkedHashMap<>();

    /** @param data the rule data */
    public DocumentClassifier(RuleData data) {
        data.classifierKeywords().forEach((type, kws) -> {
            Map<String, Integer> folded = new java.util.LinkedHashMap<>();
            kws.forEach((k, w) -> folded.merge(NormalizedText.of(k).folded(), w, Integer::sum));
            keywords.put(type, folded);
        });
    }

    /**
     * Classifies a text.
     *
     * @param text the OCR text (or the keys and values of an OCR JSON, one per line)
     * @return the type, {@link DocumentType#UNKNOWN} when no type scores enough
     */
    public DocumentType classify(String text) {
        String f = NormalizedText.of(text).folded();
        Map<DocumentType, Integer> score = new EnumMap<>(DocumentType.class);
        int invoice = 0;
        for (Map.Entry<String, Map<String, Integer>> e : keywords.entrySet()) {
            int s = 0;
            for (Map.Entry<String, Integer> k : e.getValue().entrySet()) {
                if (f.contains(k.getKey())) {
                    s += k.getValue();
                }
            }
            if ("INVOICE".equals(e.getKey())) {
                invoice = s;
            } else {
                score.put(DocumentType.valueOf(e.getKey()), s);
            }
        }
        if (invoice > 0) {
            int out = score.getOrDefault(DocumentType.INVOICE_OUTPATIENT, 0);
            int in = score.getOrDefault(DocumentType.INVOICE_INPATIENT, 0);
            if (in > out) {
                score.put(DocumentType.INVOICE_INPATIENT, in + invoice);
                score.remove(DocumentType.INVOICE_OUTPATIENT);
            } else {
                score.put(DocumentType.INVOICE_OUTPATIENT, out + invoice);
                score.remove(DocumentType.INVOICE_INPATIENT);
            }
        } else {
            score.remove(DocumentType.INVOICE_OUTPATIENT);
            score.remove(DocumentType.INVOICE_INPATIENT);
        }
        DocumentType best = DocumentType.UNKNOWN;
        int bestScore = MIN_SCORE - 1;
        for (Map.Entry<DocumentType, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
