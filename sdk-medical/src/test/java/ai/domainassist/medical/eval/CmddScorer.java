package ai.domainassist.medical.eval;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Allergy;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Finding;
import ai.domainassist.medical.model.HistoryItem;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a record against CMDD's gold, per consultation, as issue 12 describes: the set of
 * (normalised name, present | absent) pairs of the consultation; CMDD's type 3 (uncertain, or not the
 * patient) is left out of the gold and the record's uncertain and suspected items out of the prediction.
 * Micro-averaged over the consultations.
 *
 * <p>The record's side: symptoms (present / absent), the doctor's findings (present / absent), confirmed
 * diagnoses and those the patient's side reports (present; since issue 12 phase c the record holds those), past-history items (present / denied), and allergies (as CMDD's 过敏, present /
 * denied), their terms mapped to CMDD names by {@code cmdd/concepts.tsv} (its header says how the table was
 * made); items outside CMDD's vocabulary are not scored. {@link #strict()} leaves out the MERGE lines.
 */
final class CmddScorer {
    private final Map<String, String> fold = new HashMap<>();
    private final Map<String, String> terms = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final boolean merge;

    private CmddScorer(boolean merge) {
        this.merge = merge;
        for (String line : read("/cmdd/concepts.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            switch (p[0]) {
                case "SPELLING" -> fold.put(p[1], p[2]);
                case "MERGE" -> {
                    if (merge) {
                        fold.put(p[1], p[2]);
                    }
                }
                case "TERM" -> terms.put(p[1], p[2]);
                default -> throw new IllegalStateException("concepts.tsv: " + line);
            }
        }
    }

    /** @return the scorer of issue 12's figures (spelling variants and MERGE classes folded) */
    static CmddScorer standard() {
        return new CmddScorer(true);
    }

    /** @return the scorer that folds spelling variants only (fever grades and the cold family kept apart) */
    static CmddScorer strict() {
        return new CmddScorer(false);
    }

    /**
     * Registers the gold names of a set, so that predictions outside CMDD's vocabulary are not scored.
     *
     * @param set the consultations
     */
    void vocabulary(List<Cmdd.Dialogue> set) {
        for (Cmdd.Dialogue d : set) {
            for (Cmdd.Turn t : d.turns()) {
                for (Cmdd.Mention m : t.mentions()) {
                    vocabulary.add(canonical(m.name()));
                }
            }
        }
    }

    String canonical(String cmddName) {
        String n = fold.getOrDefault(cmddName, cmddName);
        return fold.getOrDefault(n, n);
    }

    /**
     * The gold pairs of a consultation.
     *
     * @param d the consultation
     * @return {@code name=present} / {@code name=absent}
     */
    Set<String> gold(Cmdd.Dialogue d) {
        Set<String> out = new LinkedHashSet<>();
        for (Cmdd.Turn t : d.turns()) {
            for (Cmdd.Mention m : t.mentions()) {
                if (m.type() == 1 || m.type() == 2) {
                    out.add(canonical(m.name()) + (m.type() == 1 ? "=present" : "=absent"));
                }
            }
        }
        return out;
    }

    /**
     * The pairs a record asserts, in CMDD's names.
     *
     * @param r the record
     * @return {@code name=present} / {@code name=absent}
     */
    Set<String> predicted(OutpatientRecord r) {
        Set<String> out = new LinkedHashSet<>();
        for (Grounded<Symptom> g : r.symptoms()) {
            switch (g.value().status()) {
                case PRESENT -> add(out, g.value().term(), true);
                case ABSENT -> add(out, g.value().term(), false);
                case RESOLVED -> { // had in this illness, over now: CMDD annotates both the mention and the stop
                    add(out, g.value().term(), true);
                    add(out, g.value().term(), false);
                }
                default -> {
                }
            }
        }
        for (Grounded<Finding> g : r.findings()) {
            add(out, g.value().term(), g.value().present());
        }
        for (Grounded<Diagnosis> g : r.diagnoses()) {
            if (g.value().certainty() != Diagnosis.Certainty.SUSPECTED) { // the doctor's, or reported by the family
                add(out, g.value().term(), true);
            }
        }
        for (Grounded<HistoryItem> g : r.history()) {
            add(out, g.value().condition(), g.value().present());
        }
        for (Grounded<Allergy> g : r.allergies()) {
            add(out, "过敏", g.value().present());
        }
        return out;
    }

    /**
     * Where a record's pairs come from, for reading misses: pair -> field, term and the evidence quotes.
     *
     * @param r the record
     * @return one line per item
     */
    Map<String, String> sources(OutpatientRecord r) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Grounded<Symptom> g : r.symptoms()) {
            source(out, "symptom", g.value().term(), g.value().status().name(), g);
        }
        for (Grounded<Finding> g : r.findings()) {
            source(out, "finding", g.value().term(), g.value().present() ? "PRESENT" : "ABSENT", g);
        }
        for (Grounded<Diagnosis> g : r.diagnoses()) {
            source(out, "diagnosis", g.value().term(), g.value().certainty().name(), g);
        }
        for (Grounded<HistoryItem> g : r.history()) {
            source(out, "history", g.value().condition(), g.value().present() ? "PRESENT" : "ABSENT", g);
        }
        return out;
    }

    private void source(Map<String, String> out, String field, String term, String status, Grounded<?> g) {
        String name = canonical(terms.getOrDefault(term, term));
        StringBuilder q = new StringBuilder();
        g.evidence().forEach(e -> q.append(" «").append(e.quote()).append("»#").append(e.sourceId()));
        out.merge(name + (status.equals("ABSENT") ? "=absent" : "=present"), field + " " + term + " " + status + q,
                (a, b) -> a + " | " + b);
    }

    private void add(Set<String> out, String term, boolean present) {
        String p = pair(term, present);
        if (p != null) {
            out.add(p);
        }
    }

    /**
     * The CMDD pair a record item stands for.
     *
     * @param term the record term
     * @param present present or denied
     * @return {@code name=present} / {@code name=absent}, or {@code null} outside CMDD's vocabulary
     */
    String pair(String term, boolean present) {
        String name = canonical(terms.getOrDefault(term, term));
        return vocabulary.contains(name) ? name + (present ? "=present" : "=absent") : null;
    }

    /** Micro counts with per-name misses for the verbose listing. */
    static final class Counts {
        int tp;
        int fp;
        int fn;
        final Map<String, int[]> byName = new TreeMap<>();

        void add(Set<String> gold, Set<String> pred) {
            for (String p : pred) {
                if (gold.contains(p)) {
                    tp++;
                    name(p)[0]++;
                } else {
                    fp++;
                    name(p)[1]++;
                }
            }
            for (String g : gold) {
                if (!pred.contains(g)) {
                    fn++;
                    name(g)[2]++;
                }
            }
        }

        private int[] name(String pair) {
            return byName.computeIfAbsent(pair, k -> new int[3]);
        }

        double p() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-34s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", name, p(), r(), f1(),
                    tp, fp, fn);
        }
    }

    private static String read(String path) {
        try (InputStream in = CmddScorer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
