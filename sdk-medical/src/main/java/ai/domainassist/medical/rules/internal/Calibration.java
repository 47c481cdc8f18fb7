package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.Advice;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Examination;
import ai.domainassist.medical.model.FamilyHistoryItem;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.model.PersonalHistoryItem;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.VitalSign;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The confidence of what the offline engine writes: the measured precision of the rule class that
 * produced it ({@code rules/confidence.tsv}, measured on CMDD's dev split and the project's own
 * development and held-out sets by {@code ConfidenceCalibrationTest}), not a guess per item. The class of
 * an item is read off the item itself ({@link #classOf(Object)}: a symptom the patient stated as present,
 * a symptom denied in answer to the doctor, a confirmed diagnosis …), so anyone can recompute it from a
 * record. Immutable and thread-safe.
 */
public final class Calibration {
    private static final Calibration SHIPPED = new Calibration(DataFile.resource("rules/confidence.tsv"));

    /** Fewer items than this measured a class too little for its precision to be given as a confidence. */
    public static final int MIN_ITEMS = 20;

    private final Map<String, Double> precision = new HashMap<>();

    private Calibration(List<DataFile.Row> rows) {
        for (DataFile.Row r : rows) {
            double p = Double.parseDouble(r.col(1));
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalStateException("rules/confidence.tsv line " + r.line() + ": precision " + p);
            }
            // a class measured on fewer than MIN_ITEMS items (or not at all) makes no claim: 1.0
            int items = Integer.parseInt(r.col(2));
            precision.put(r.col(0), items < MIN_ITEMS ? 1.0 : p);
        }
    }

    /** @return the shipped table */
    public static Calibration shipped() {
        return SHIPPED;
    }

    /**
     * The rule class of an item of a record.
     *
     * @param value a symptom, finding, diagnosis, history item, allergy, medication, examination, vital
     *              sign, personal- or family-history item, or advice
     * @return the class, for example {@code symptom.patient.present}
     * @throws IllegalArgumentException for another type
     */
    public static String classOf(Object value) {
        if (value instanceof Symptom s) {
            String who = switch (s.attribution()) {
                case STATED_BY_PATIENT -> "patient";
                case ANSWER_TO_DOCTOR -> "answer";
                case STATED_BY_DOCTOR -> "doctor";
            };
            return "symptom." + who + "." + lower(s.status().name());
        }
        if (value instanceof Finding f) {
            return f.present() ? "finding.present" : "finding.absent";
        }
        if (value instanceof Diagnosis d) {
            return "diagnosis." + lower(d.certainty().name());
        }
        if (value instanceof HistoryItem h) {
            return h.present() ? "history.present" : "history.denied";
        }
        if (value instanceof Allergy a) {
            return a.present() ? "allergy.present" : "allergy.denied";
        }
        if (value instanceof Medication m) {
            return "medication." + lower(m.status().name());
        }
        if (value instanceof Examination e) {
            return "examination." + lower(e.status().name());
        }
        if (value instanceof VitalSign) {
            return "vital";
        }
        if (value instanceof PersonalHistoryItem) {
            return "personal";
        }
        if (value instanceof FamilyHistoryItem) {
            return "family";
        }
        if (value instanceof Advice) {
            return "advice";
        }
        throw new IllegalArgumentException("no rule class for " + value.getClass().getSimpleName());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The measured precision of a class.
     *
     * @param cls the class
     * @return the precision
     * @throws IllegalStateException if the table has no such class
     */
    public double precision(String cls) {
        Double p = precision.get(cls);
        if (p == null) {
            throw new IllegalStateException("rules/confidence.tsv has no class " + cls);
        }
        return p;
    }

    /**
     * The items with their class's precision as confidence.
     *
     * @param items the rules' items
     * @param <T> the item type
     * @return the same items, evidence and origin, with the measured confidence
     */
    public <T> List<Grounded<T>> apply(List<Grounded<T>> items) {
        List<Grounded<T>> out = new ArrayList<>(items.size());
        for (Grounded<T> g : items) {
            out.add(new Grounded<>(g.value(), g.evidence(), g.origin(), precision(classOf(g.value()))));
        }
        return out;
    }
}
