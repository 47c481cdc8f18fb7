package ai.domainassist.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.report.GroundedField;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroundedFieldCollectorTest {
    private static final String TEXT = "患者：我咳嗽三天了，发热。医生：诊断为急性支气管炎。";

    private static Grounded<String> g(String value) {
        int at = TEXT.indexOf(value);
        return Grounded.byRules(value, at < 0 ? List.of() : List.of(Evidence.of("t", TEXT, at, at + value.length())));
    }

    private static List<String> paths(Object value) {
        return GroundedFieldCollector.collect(value).fields().stream().map(GroundedField::path).toList();
    }

    record Symptom(Grounded<String> name, Optional<Grounded<String>> duration) {
    }

    record Visit(Grounded<String> chiefComplaint, List<Symptom> symptoms, Map<String, Grounded<BigDecimal>> fees,
                 Grounded<String>[] diagnoses, String doctorNote, int age) {
    }

    @Test
    void walksRecordsListsOptionalsMapsAndArraysNamingEachPath() {
        Map<String, Grounded<BigDecimal>> fees = new LinkedHashMap<>();
        fees.put("药费", Grounded.byRules(new BigDecimal("12.50"), List.of()));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Grounded<String>[] diagnoses = new Grounded[] {g("急性支气管炎")};
        Visit visit = new Visit(g("咳嗽"),
                List.of(new Symptom(g("咳嗽"), Optional.of(g("三天"))), new Symptom(g("发热"), Optional.empty())),
                fees, diagnoses, "not grounded", 42);

        assertThat(paths(visit)).containsExactly("chiefComplaint", "symptoms[0].name", "symptoms[0].duration",
                "symptoms[1].name", "fees[药费]", "diagnoses[0]");
        GroundedField duration = GroundedFieldCollector.collect(visit).fields().get(2);
        assertThat(duration.grounded().value()).isEqualTo("三天");
        assertThat(duration.grounded().evidence()).singleElement().extracting(Evidence::quote).isEqualTo("三天");
    }

    record Dose(Grounded<String> amount) {
    }

    @Test
    void groundedValuesInsideAGroundedValueAreFoundToo() {
        Grounded<Dose> medication = Grounded.byModel(new Dose(g("三天")), List.of(), 0.5);
        assertThat(paths(List.of(medication))).containsExactly("[0]", "[0].amount");
    }

    @Test
    void aGroundedRootHasTheEmptyPath() {
        assertThat(paths(g("发热"))).containsExactly("");
    }

    /** An immutable class with record-style accessors (like OkHttp's Request.url()), not a record. */
    public static final class Record2 {
        private final Grounded<String> complaint = g("咳嗽");
        private final Optional<Grounded<String>> diagnosis = Optional.of(g("急性支气管炎"));

        public Grounded<String> complaint() {
            return complaint;
        }

        public Optional<Grounded<String>> diagnosis() {
            return diagnosis;
        }

        /** Not named like a field: never called. */
        public Grounded<String> summary() {
            throw new AssertionError("summary() must not be called");
        }
    }

    @Test
    void walksRecordStyleAccessorsNamedLikeFieldsAndCallsNothingElse() {
        assertThat(paths(new Record2())).containsExactly("complaint", "diagnosis");
        assertThat(GroundedFieldCollector.collect(new Record2()).unreadable()).isEmpty();
    }

    /** A JavaBean, as some applications model their values. */
    public static class Claim {
        private final Grounded<String> insured = g("患者");
        private final List<Grounded<String>> items = List.of(g("发热"));

        public Grounded<String> getInsured() {
            return insured;
        }

        public List<Grounded<String>> getItems() {
            return items;
        }

        public boolean isUrgent() {
            return true;
        }

        public Grounded<String> recompute() {
            throw new AssertionError("not a getter, must not be called");
        }
    }

    @Test
    void walksBeanGettersInNameOrderAndCallsNothingElse() {
        assertThat(paths(new Claim())).containsExactly("insured", "items[0]");
    }

    private record Hidden(Grounded<String> secretlyPublic) {
    }

    @Test
    void readsRecordsThatAreNotPublic() {
        assertThat(paths(new Hidden(g("咳嗽")))).containsExactly("secretlyPublic");
    }

    /** A bean with a getter that fails. */
    public static class Broken {
        public Grounded<String> getGood() {
            return g("咳嗽");
        }

        public Grounded<String> getBad() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aPartThatCannotBeReadIsReportedNotSkipped() {
        GroundedFieldCollector.Collected c = GroundedFieldCollector.collect(List.of(new Broken()));
        assertThat(c.fields()).extracting(GroundedField::path).containsExactly("[0].good");
        assertThat(c.unreadable()).singleElement().asString()
                .contains("[0].bad").contains("getBad()").contains("IllegalStateException");
    }

    /** A node in a cyclic graph. */
    public static class Node {
        private final List<Object> children = new ArrayList<>();

        public List<Object> getChildren() {
            return children;
        }
    }

    @Test
    void cyclesAreCut() {
        Node a = new Node();
        Node b = new Node();
        a.children.add(b);
        a.children.add(g("发热"));
        b.children.add(a);
        assertThat(paths(a)).containsExactly("children[1]");
    }

    @Test
    void valuesNestedTooDeepAreReportedAsUnreadable() {
        Object deep = g("咳嗽");
        for (int i = 0; i < GroundedFieldCollector.MAX_DEPTH + 5; i++) {
            deep = List.of(deep);
        }
        GroundedFieldCollector.Collected c = GroundedFieldCollector.collect(deep);
        assertThat(c.fields()).isEmpty();
        assertThat(c.unreadable()).singleElement().asString().contains("deeper than");
    }

    @Test
    void jdkValuesAreLeavesEvenWhenIterable() {
        assertThat(GroundedFieldCollector.collect(List.of(Path.of("a/b/c"), "text", 3, BigDecimal.ONE)).unreadable())
                .isEmpty();
        assertThat(paths(null)).isEmpty();
    }
}
