package ai.domainassist.gov;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.gov.AnswerEvaluation.HeldOutSet;
import ai.domainassist.gov.AnswerEvaluation.Planted;
import ai.domainassist.gov.AnswerEvaluation.Question;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.Clause;
import ai.domainassist.gov.model.PolicyRecord;
import ai.domainassist.retrieval.Validity;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FORM of the held-out sets that run only when asked for ({@code answers/fresh3-*.tsv} to {@code fresh6-*.tsv}),
 * checked without asking the assistant or running the answer checks (the sets are held out: their figures are measured
 * once, by {@code -Dda.eval.fresh3=true} to {@code -Dda.eval.fresh6=true}): ids and questions unique, none repeating
 * an earlier set's, the counts per kind as the file states, every gold clause a clause of a policy in force of the
 * library, every planted answer's quote verbatim in its gold clause.
 */
class HeldOutSetFormTest {

    static Stream<HeldOutSet> sets() {
        return Stream.of(HeldOutSet.FRESH3, HeldOutSet.FRESH4, HeldOutSet.FRESH5, HeldOutSet.FRESH6);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void questionsAreWellFormedAndTheirGoldClausesExist(HeldOutSet set) {
        List<Question> questions = set.questions();
        assertThat(questions.stream().map(Question::id).collect(Collectors.toSet())).as("unique ids").hasSize(questions.size());
        assertThat(questions.stream().map(Question::text).collect(Collectors.toSet())).as("unique questions")
                .hasSize(questions.size());
        Map<String, Long> kinds = questions.stream().collect(Collectors.groupingBy(Question::kind, Collectors.counting()));
        assertThat(kinds).containsOnly(Map.entry("answerable", (long) set.answerable()),
                Map.entry("unanswerable", (long) set.unanswerable()), Map.entry("offtopic", (long) set.offTopic()));
        Set<String> older = new HashSet<>();
        set.earlier().forEach(f -> AnswerEvaluation.questions(f).forEach(q -> older.add(q.text())));
        try (PolicyLibrary library = AnswerEvaluation.library()) {
            for (Question q : questions) {
                assertThat(older).as("a new question, not one of the earlier sets: %s", q.text()).doesNotContain(q.text());
                assertThat(q.answerable()).as("expect matches kind: %s", q.id()).isEqualTo(q.kind().equals("answerable"));
                if (!q.answerable()) {
                    assertThat(q.goldPolicy() + q.goldQuote()).as("no gold for %s", q.id()).isEmpty();
                    continue;
                }
                PolicyRecord policy = library.get(q.goldPolicy()).orElse(null);
                assertThat(policy).as("gold policy of %s in the library", q.id()).isNotNull();
                assertThat(policy.validity()).as("gold policy of %s in force", q.id()).isEqualTo(Validity.IN_FORCE);
                assertThat(q.goldQuote()).as("gold quote of %s", q.id()).isNotBlank();
                assertThat(clauses(library, q.goldPolicy())).as("a clause of %s holds the gold quote of %s", q.goldPolicy(), q.id())
                        .anyMatch(c -> c.text().contains(q.goldQuote()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void plantedAnswersQuoteTheirGoldClauseVerbatim(HeldOutSet set) {
        List<Planted> planted = set.plantedAnswers();
        assertThat(planted).hasSize(set.planted());
        assertThat(planted.stream().filter(p -> p.type().equals("TRUE")).count()).isEqualTo(set.plantedTrue());
        assertThat(planted.stream().map(Planted::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("TRUE", "NEG", "NUM", "TERM", "ADD");
        assertThat(planted.stream().map(p -> p.question().text() + "\t" + p.answer()).collect(Collectors.toSet()))
                .as("unique answers").hasSize(planted.size());
        try (PolicyLibrary library = AnswerEvaluation.library()) {
            for (Planted p : planted) {
                assertThat(p.question().answerable()).as("planted for an answerable question: %s", p.question().text()).isTrue();
                assertThat(p.answer()).isNotBlank();
                // the harness takes the first clause holding the quote as the gold clause: it must hold the gold quote too
                Clause cited = clauses(library, p.question().goldPolicy()).stream().filter(c -> c.text().contains(p.quote()))
                        .findFirst().orElse(null);
                assertThat(cited).as("quote verbatim in a clause of %s: %s", p.question().goldPolicy(), p.quote()).isNotNull();
                assertThat(cited.text()).as("the quoted clause is the gold clause: %s", p.quote())
                        .contains(p.question().goldQuote());
                assertThat(p.answer()).as("an answer is not the bare quote").isNotEqualTo(p.quote());
            }
        }
    }

    /**
     * The wording groups a set's header lists (fresh5 on: everyday, between, standard) are read by the evaluation, which
     * prints its figures per group: each group's count is the number of its ids, and the groups share no id and name
     * only answerable questions.
     */
    @Test
    void theWordingGroupsOfTheHeaderAreReadWhole() {
        java.util.Map<String, java.util.Set<Integer>> groups = AnswerEvaluation.wordingGroups(HeldOutSet.FRESH5.questionFile());
        assertThat(groups.keySet()).containsExactly("everyday", "between", "standard");
        assertThat(groups.get("everyday")).hasSize(28);
        assertThat(groups.get("between")).hasSize(12);
        assertThat(groups.get("standard")).hasSize(11);
        java.util.Set<Integer> answerable = HeldOutSet.FRESH5.questions().stream().filter(Question::answerable)
                .map(Question::id).collect(Collectors.toSet());
        java.util.Set<Integer> all = new java.util.HashSet<>();
        groups.values().forEach(all::addAll);
        assertThat(all).isEqualTo(answerable);
        assertThat(ai.domainassist.core.testing.WordingGroups.read(List.of("#   everyday (2): 电驴,", "#     交警): ids 3, 7",
                "#   standard (1): ids 9"))).containsExactly(java.util.Map.entry("everyday", java.util.Set.of(3, 7)),
                        java.util.Map.entry("standard", java.util.Set.of(9)));
    }

    private static List<Clause> clauses(PolicyLibrary library, String policy) {
        return library.document(policy).orElseThrow(() -> new AssertionError("no document " + policy)).clauses();
    }
}
