package ai.domainassist.finance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Result;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.DevSet;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.RiskAlert;
import ai.domainassist.finance.registry.InvoiceRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the offline engine over the development set (src/test/resources/devset, 64 synthetic bundles)
 * and measures document classification, field accuracy and alert precision/recall against the gold.
 */
class OfflineEngineEvaluationTest {

    @TempDir
    Path registryDir;

    @Test
    void offlineEngineReachesItsFloorsOnTheDevelopmentSet() {
        List<DevSet.Case> cases = DevSet.load();
        int docs = 0;
        int classified = 0;
        int fields = 0;
        int fieldsRight = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int cleanFalse = 0;
        int evidenceChecked = 0;
        List<String> misses = new ArrayList<>();
        Map<String, int[]> perRule = new TreeMap<>();
        try (InvoiceRegistry registry = InvoiceRegistry.inDirectory(registryDir);
                ClaimsAssistant assistant = ClaimsAssistant.builder().invoiceRegistry(registry).build()) {
            for (DevSet.Case c : cases) {
                Result<ClaimAssessment> r = assistant.assess(c.bundle(), c.policy());
                ClaimAssessment a = r.value();
                for (DevSet.GoldDocument g : c.documents()) {
                    docs++;
                    ClaimMaterial m = a.materials().documents().stream().filter(x -> x.documentId().equals(g.id()))
                            .findFirst().orElseThrow();
                    if (m.type() == g.type()) {
                        classified++;
                    } else {
                        misses.add(c.id() + "/" + g.id() + " type " + m.type() + " != " + g.type());
                    }
                    Map<String, Grounded<?>> got = m.fields();
                    for (Map.Entry<String, String> f : g.fields().entrySet()) {
                        fields++;
                        Grounded<?> v = got.get(f.getKey());
                        if (v != null && same(v.value(), f.getValue())) {
                            fieldsRight++;
                        } else {
                            misses.add(c.id() + "/" + g.id() + "." + f.getKey() + " = " + (v == null ? "<none>" : v.value())
                                    + " != " + f.getValue());
                        }
                        if (v != null) {
                            evidenceChecked += checkEvidence(v, c);
                        }
                    }
                }
                Set<String> predicted = a.alerts().stream().map(RiskAlert::ruleId).collect(Collectors.toCollection(TreeSet::new));
                for (String p : predicted) {
                    if (c.goldAlerts().contains(p)) {
                        tp++;
                        perRule.computeIfAbsent(p, k -> new int[3])[0]++;
                    } else {
                        fp++;
                        perRule.computeIfAbsent(p, k -> new int[3])[1]++;
                        misses.add(c.id() + " (" + c.seed() + ") false alert " + p + ": " + a.alerts().stream()
                                .filter(x -> x.ruleId().equals(p)).map(RiskAlert::message).toList());
                        if (c.goldAlerts().isEmpty()) {
                            cleanFalse++;
                        }
                    }
                }
                for (String gAlert : c.goldAlerts()) {
                    if (!predicted.contains(gAlert)) {
                        fn++;
                        perRule.computeIfAbsent(gAlert, k -> new int[3])[2]++;
                        misses.add(c.id() + " (" + c.seed() + ") missed " + gAlert);
                    }
                }
            }
        }
        double classification = (double) classified / docs;
        double fieldAccuracy = (double) fieldsRight / fields;
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        System.out.printf("finance offline engine on %d bundles, %d documents:%n", cases.size(), docs);
        System.out.printf("  classification accuracy %.4f (%d/%d)%n", classification, classified, docs);
        System.out.printf("  field accuracy          %.4f (%d/%d), %d evidence spans verified%n", fieldAccuracy, fieldsRight,
                fields, evidenceChecked);
        System.out.printf("  alert precision         %.4f, recall %.4f (tp %d, fp %d, fn %d); false alerts on clean bundles: %d%n",
                precision, recall, tp, fp, fn, cleanFalse);
        perRule.forEach((k, v) -> System.out.printf("    %-26s tp %d fp %d fn %d%n", k, v[0], v[1], v[2]));
        misses.forEach(m -> System.out.println("  - " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(classification).isEqualTo(1.0);
        assertThat(fieldAccuracy).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("every seeded alert found").isEqualTo(1.0);
        assertThat(cleanFalse).as("false alerts on clean bundles").isZero();
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
    }

    private static int checkEvidence(Grounded<?> v, DevSet.Case c) {
        int n = 0;
        for (Evidence e : v.evidence()) {
            String content = c.bundle().documents().stream().filter(d -> d.id().equals(e.sourceId())).findFirst()
                    .orElseThrow().content();
            assertThat(content.substring(e.start(), e.end())).isEqualTo(e.quote());
            n++;
        }
        return n;
    }

    private static boolean same(Object value, String gold) {
        if (value instanceof BigDecimal bd) {
            try {
                return bd.compareTo(new BigDecimal(gold)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return value.toString().replaceAll("\\s+", "").equals(gold.replaceAll("\\s+", ""));
    }
}
