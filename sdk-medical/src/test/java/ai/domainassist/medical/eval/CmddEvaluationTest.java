package ai.domainassist.medical.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the offline engine over CMDD (real paediatric online consultations; {@link Cmdd}) and scores it
 * with {@link CmddScorer}: per consultation, normalised name + present/absent, micro-averaged. The train
 * split is the tuning data, dev the check; the test split is held out and runs only with
 * {@code -Dda.eval.cmdd.test=true} (docs/medical-evaluation.md says when it was run). Skips with a message when
 * {@code ../shared/eval} is absent. {@code -Dda.eval.verbose=true} prints the names most often missed or
 * extra.
 */
class CmddEvaluationTest {
    private static final boolean VERBOSE = Boolean.getBoolean("da.eval.verbose");
    /** {@code -Dda.eval.explain=发热}: prints where the record's extra pairs of that name come from and the gold's missed ones. */
    private static final String EXPLAIN = System.getProperty("da.eval.explain", "");
    private static final Map<String, int[]> BY_FIELD = new java.util.TreeMap<>();

    /** The figures of one split. */
    record Figures(CmddScorer.Counts standard, CmddScorer.Counts strict, List<String> failures) {
    }

    @Test
    void trainSplit() {
        Figures f = evaluate("train");
        // the tuning data. Baseline before issue 12 (commit 61e3154): P 0.698 R 0.540 F1 0.609, strict F1 0.574
        // After the assertion layer (phase b): P 0.711 R 0.547 F1 0.618; with the data-derived vocabulary, reported illnesses, open questions: 0.684
        // Second round (miss analysis, subtype terms, listed questions, the doctor's statements, vocabulary):
        // P 0.727 R 0.730 F1 0.729 (engine frozen for held-out run 3)
        // Third round (the doctor's questions linked to more answers, the stool topic): P 0.726 R 0.750 F1 0.737
        // Fourth round (still-questions, the stool topic spoken of last, crying, reported signs, answers): P 0.732 R 0.774 F1 0.753
        // Fifth round (the doctor's sentence that is the symptom, what a result shows): P 0.730 R 0.779 F1 0.754
        // Sixth round (a later no replaces a presumption, 就/也 end a negation, comparisons): P 0.734 R 0.782 F1 0.757
        // Days since a recovery, a resolution after a list: P 0.734 R 0.781 F1 0.757 (tp 4,761 -> 4,759, fp 1,725)
        // No examination without one (去医院看一下 no exam context, a sign warned of no sign seen): P 0.736 R 0.780
        // F1 0.757 (tp 4,749, fp 1,706): the doctor's summaries of a symptom were 体格检查 findings; 10 of them
        // were CMDD pairs nothing else gave
        // 既往史 read as a doctor (a vaccine planned or asked about, this illness's 之前有点感冒, the family's
        // 家里的大人有没有呼吸道感染？ 没有, the patient's questions): P 0.738 R 0.779 F1 0.758 (tp 4,749 -> 4,742,
        // fp 1,701 -> 1,684; R 0.7787, under the old floor): CMDD labels the illnesses of those sentences the patient's
        assertThat(f.standard().f1()).isGreaterThanOrEqualTo(0.755);
        assertThat(f.standard().r()).isGreaterThanOrEqualTo(0.778);
        assertThat(f.failures()).isEmpty();
    }

    @Test
    void devSplit() {
        Figures f = evaluate("dev");
        // Baseline before issue 12 (commit 61e3154): P 0.734 R 0.565 F1 0.638, strict F1 0.600, 2 engine failures
        // After the assertion layer (phase b): P 0.746 R 0.589 F1 0.658, no failures; phase c: P 0.746 R 0.672 F1 0.707
        // Second round: P 0.739 R 0.743 F1 0.741 (dev's misses were read for the miss breakdown: optimistic)
        // Third round: P 0.735 R 0.753 F1 0.744 (checked on, not tuned on)
        // Fourth round: P 0.745 R 0.773 F1 0.759 (checked on after each change; its miss list not read)
        // Fifth round: P 0.744 R 0.779 F1 0.761 (figures only)
        // Sixth round: P 0.746 R 0.781 F1 0.763 (figures only)
        // Days since a recovery (刚好了四天) and a resolution after a list (发烧咳嗽，现在好了): P 0.746 R 0.780
        // F1 0.763 (tp 1,489 -> 1,487, fp 506): an earlier episode over before this one (上吐下泻发烧，住院7天基本好了), which
        // CMDD labels present, is no current complaint now; read for this note, not tuned on
        // No examination without one: P 0.746 R 0.779 F1 0.762 (tp 1,486, fp 506)
        // 既往史 read as a doctor: P 0.749 R 0.778 F1 0.764 (tp 1,486 -> 1,484, fp 504 -> 496)
        assertThat(f.standard().f1()).isGreaterThanOrEqualTo(0.761);
        assertThat(f.standard().r()).isGreaterThanOrEqualTo(0.778);
        assertThat(f.failures()).isEmpty();
    }

    @Test
    void testSplitHeldOut() {
        Assumptions.assumeTrue(Boolean.getBoolean("da.eval.cmdd.test"),
                "CMDD test split is held out: run only on a frozen engine with -Dda.eval.cmdd.test=true");
        Figures f = evaluate("test");
        // Baseline before issue 12 (commit 61e3154), run once: P 0.695 R 0.551 F1 0.615, strict F1 0.585.
        // Frozen engine of issue 12 (commit 7e61673), run once: P 0.708 R 0.660 F1 0.683, strict F1 0.639
        // (the aims, F1 >= 0.80 and recall >= 0.85, are not met; docs/medical.md)
        // Held-out run 3, second round of issue 12 (frozen at commit 716d5ef), run once: P 0.700 R 0.746 F1 0.722,
        // strict F1 0.680 (P 0.671 R 0.690); the aims are still not met
        // Runs 4-8 in docs/medical-evaluation.md (run 8: P 0.712 R 0.793 F1 0.750). Held-out run 9 (frozen at 0a6292d,
        // round 9 and the read-as-a-doctor fixes), run once: P 0.714 R 0.793 F1 0.751 (tp 1,471 fp 589 fn 384), strict
        // F1 0.710; names, status aside: P 0.757 R 0.830 F1 0.792. Held-out run 10 (frozen at 167adec, + the history and
        // allergy reading), run once: P 0.717 R 0.794 F1 0.754 (tp 1,472 fp 580 fn 383), names R 0.830. Aims not met.
        assertThat(f.standard().f1()).isGreaterThanOrEqualTo(0.745);
        assertThat(f.standard().r()).isGreaterThanOrEqualTo(0.785);
        assertThat(f.failures()).isEmpty();
    }

    /** The utterances (u3 …) a source line quotes, for reading misses. */
    private static String utterances(Cmdd.Dialogue d, String source) {
        String[] lines = d.inputText().split("\n");
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#(u\\d+)").matcher(source == null ? "" : source);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1).substring(1)) - 1;
            if (seen.add(m.group(1)) && i < lines.length) {
                sb.append(" ").append(m.group(1)).append(" ").append(lines[i], 0, Math.min(90, lines[i].length()));
            }
        }
        return sb.toString();
    }

    private static String cues(Cmdd.Dialogue d, String pair) {
        StringBuilder sb = new StringBuilder();
        String name = pair.substring(0, pair.indexOf('='));
        for (Cmdd.Turn t : d.turns()) {
            for (Cmdd.Mention m : t.mentions()) {
                if (CmddScorer.standard().canonical(m.name()).equals(name) && m.type() != 3) {
                    sb.append(" «").append(t.doctor() ? "医生：" : "患者：").append(t.text(), 0, Math.min(60, t.text().length()))
                            .append("» [").append(m.surface()).append(" ").append(m.type()).append("]");
                }
            }
        }
        return sb.toString();
    }

    /** The names of a set of pairs, status aside ({@code 发热=present} -> {@code 发热}). */
    private static Set<String> names(Set<String> pairs) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String p : pairs) {
            out.add(p.substring(0, p.indexOf('=')));
        }
        return out;
    }

    static Figures evaluate(String split) {
        List<Cmdd.Dialogue> set = Cmdd.load(split);
        List<Cmdd.Dialogue> names = Cmdd.namesFor(split, set);
        CmddScorer standard = CmddScorer.standard();
        CmddScorer strict = CmddScorer.strict();
        standard.vocabulary(names);
        strict.vocabulary(names);
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();
        CmddScorer.Counts cs = new CmddScorer.Counts();
        CmddScorer.Counts ct = new CmddScorer.Counts();
        CmddScorer.Counts cn = new CmddScorer.Counts();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (Cmdd.Dialogue d : set) {
            OutpatientRecord r;
            try {
                r = assistant.structure(Transcript.parse(d.inputText())).value();
            } catch (RuntimeException e) {
                // counted as a record with nothing in it, and reported: the engine must not fail on real text
                failures.add(d.id() + " " + e);
                r = OutpatientRecord.builder().build();
            }
            Set<String> gs = standard.gold(d);
            Set<String> ps = standard.predicted(r);
            cs.add(gs, ps);
            ct.add(strict.gold(d), strict.predicted(r));
            cn.add(names(gs), names(ps));
            if (VERBOSE && !gs.equals(ps)) {
                System.out.println("  [" + d.id() + "] gold " + gs + "\n      pred " + ps);
            }
            if (VERBOSE) {
                Map<String, String> src = standard.sources(r);
                for (String p : ps) {
                    String field = src.getOrDefault(p, "allergy");
                    String[] fields = field.split(" \\| ");
                    java.util.Set<String> kinds = new java.util.TreeSet<>();
                    for (String x : fields) {
                        kinds.add(x.split(" ")[0]);
                    }
                    BY_FIELD.computeIfAbsent(String.join("+", kinds), k -> new int[2])[gs.contains(p) ? 0 : 1]++;
                }
            }
            if (!EXPLAIN.isEmpty()) {
                Map<String, String> src = standard.sources(r);
                for (String p : ps) {
                    if (p.startsWith(EXPLAIN + "=") && !gs.contains(p)) {
                        System.out.println("  FP [" + d.id() + "] " + p + ": " + src.get(p) + "\n        " + utterances(d, src.get(p)));
                    }
                }
                for (String g : gs) {
                    if (g.startsWith(EXPLAIN + "=") && !ps.contains(g)) {
                        System.out.println("  FN [" + d.id() + "] " + g + ": " + cues(d, g));
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("== sdk-medical offline engine, CMDD " + split + ": " + set.size() + " consultations ("
                + String.format(Locale.ROOT, "%.2f", seconds) + " s)");
        System.out.println(cs.row("name+status (issue 12 scorer)"));
        System.out.println(ct.row("name+status (strict: no MERGE)"));
        // issue 12's "symptom recall": whether the record names the symptom at all, its status aside (a name
        // both present and absent in the gold counts once)
        System.out.println(cn.row("names, status aside"));
        System.out.println("engine failures: " + failures.size() + (failures.isEmpty() ? "" : " " + failures));
        if (VERBOSE) {
            BY_FIELD.forEach((k, v) -> System.out.println("  from " + k + ": tp " + v[0] + " fp " + v[1]));
            BY_FIELD.clear();
            System.out.println("  per name+status: tp fp fn");
            cs.byName.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getValue()[1] + b.getValue()[2], a.getValue()[1] + a.getValue()[2]))
                    .limit(60)
                    .forEach((Map.Entry<String, int[]> e) -> System.out.println(String.format(Locale.ROOT,
                            "  %-16s %5d %5d %5d", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])));
        }
        return new Figures(cs, ct, failures);
    }
}
