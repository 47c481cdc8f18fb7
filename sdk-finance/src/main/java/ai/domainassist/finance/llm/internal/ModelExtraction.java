package ai.domainassist.finance.llm.internal;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelException;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.ClaimMaterials;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.rules.internal.MaterialReader;
import ai.domainassist.finance.rules.internal.RuleData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extraction with a model, in {@link Mode#HYBRID} (the rules read first, the model fills what they
 * missed) or {@link Mode#MODEL} (the model's values stand, the rules fill what it missed or got
 * unverifiably). Every model value must quote the document ({@link QuoteGrounding}); values the
 * rules and the model read differently are flagged {@code CONFLICT}. If the model fails for a
 * document the rules' reading of it is used, flagged {@code DEGRADED}, and the result's mode is
 * {@link Mode#DEGRADED}. Item tables are always read by the rules. Thread-safe.
 */
public final class ModelExtraction {
    private static final Logger LOG = LoggerFactory.getLogger(ModelExtraction.class);
    private final RuleData data;
    private final MaterialReader reader;
    private final ModelFieldReader model;

    /**
     * @param data the rule data (field lists per document type)
     * @param reader the offline reader
     * @param model the model port
     */
    public ModelExtraction(RuleData data, MaterialReader reader, ModelFieldReader model) {
        this.data = data;
        this.reader = reader;
        this.model = model;
    }

    /**
     * The extracted materials with the flags, tokens and mode of the run.
     *
     * @param materials the materials
     * @param flags UNGROUNDED, CONFLICT and DEGRADED flags
     * @param usage the tokens spent
     * @param mode the mode the run ended in
     */
    public record Outcome(ClaimMaterials materials, List<ReviewFlag> flags, Usage usage, Mode mode) {
    }

    /**
     * The fields a model is asked for, per document type: the label table's fields except item
     * tables and stop labels.
     *
     * @param type the document type
     * @return field name -> labels
     */
    public Map<String, List<String>> fieldsFor(DocumentType type) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        data.labels().getOrDefault(RuleData.labelKind(type), Map.of()).forEach((field, labels) -> {
            if (!field.equals("other") && !field.equals("items") && !field.equals("serial")) {
                out.put(field, labels);
            }
        });
        return out;
    }

    /**
     * Extracts a bundle.
     *
     * @param bundle the bundle
     * @param mode {@link Mode#HYBRID} or {@link Mode#MODEL}
     * @return the outcome
     * @throws IllegalArgumentException if the mode is neither
     */
    public Outcome extract(ClaimBundle bundle, Mode mode) {
        if (mode != Mode.HYBRID && mode != Mode.MODEL) {
            throw new IllegalArgumentException("model extraction runs in HYBRID or MODEL mode, not " + mode);
        }
        List<ClaimMaterial> out = new ArrayList<>();
        List<ReviewFlag> flags = new ArrayList<>();
        Usage usage = Usage.ZERO;
        boolean degraded = false;
        for (ClaimDocument doc : bundle.documents()) {
            DocumentType type = reader.classify(doc);
            if (type == DocumentType.UNKNOWN) {
                out.add(reader.read(doc, type));
                continue;
            }
            Map<String, List<String>> fields = fieldsFor(type);
            ModelFieldReader.Answer answer;
            try {
                answer = model.read(doc, type, fields);
            } catch (ModelException e) {
                // the model failed: the rules' reading stands for this document
                LOG.warn("model extraction failed for document {} ({}); using the offline reading", doc.id(),
                        e.getClass().getSimpleName());
                degraded = true;
                flags.add(new ReviewFlag(ReviewFlag.Kind.DEGRADED, Severity.WARNING, doc.id(),
                        "模型调用失败（" + e.getClass().getSimpleName() + "），本材料采用规则引擎结果", List.of()));
                out.add(reader.read(doc, type));
                continue;
            }
            usage = usage.plus(answer.usage());
            QuoteGrounding.Outcome grounded = QuoteGrounding.ground(doc.id(), doc.content(), answer.fields(),
                    Set.copyOf(fields.keySet()));
            flags.addAll(grounded.flags());
            MaterialReader.Reading reading = reader.read(doc, type, grounded.accepted(), mode == Mode.MODEL);
            flags.addAll(reading.conflicts());
            out.add(reading.material());
        }
        return new Outcome(new ClaimMaterials(out), flags, usage, degraded ? Mode.DEGRADED : mode);
    }
}
