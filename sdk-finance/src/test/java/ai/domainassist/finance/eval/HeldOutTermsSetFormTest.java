package ai.domainassist.finance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.eval.InsQaTerms.HeldOutSet;
import ai.domainassist.finance.eval.InsQaTerms.Planted;
import ai.domainassist.finance.eval.InsQaTerms.Question;
import ai.domainassist.retrieval.DocumentLibrary;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FORM of the held-out sets of the terms Q&amp;A that run only when asked for ({@code terms-eval/fresh3-*.tsv} to
 * {@code fresh6-*.tsv}), checked without asking the claims assistant or running the answer checks (the sets are held
 * out: their figures are measured once, by {@code -Dda.eval.fresh3=true} to {@code -Dda.eval.fresh6=true}): ids and
 * questions unique, none repeating an earlier set's, the counts per kind as the file states, every product a product
 * of {@code products.tsv}, every gold quote verbatim in a passage of the question's product, every planted answer's
 * quote verbatim in the gold passage and in one chunk of the terms library (which the harness looks it up in). The
 * passage checks need the InsQABench file ({@code -Dda.eval.dir}); they are skipped with a message without it.
 */
class HeldOutTermsSetFormTest {

    static Stream<HeldOutSet> sets() {
        return Stream.of(HeldOutSet.FRESH3, HeldOutSet.FRESH4, HeldOutSet.FRESH5, HeldOutSet.FRESH6);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void questionsAreWellFormed(HeldOutSet set) {
        List<Question> questions = set.questions();
        assertThat(questions.stream().map(Question::id).collect(Collectors.toSet())).as("unique ids").hasSize(questions.size());
        assertThat(questions.stream().map(Question::text).collect(Collectors.toSet())).as("unique questions")
                .hasSize(questions.size());
        Map<String, Long> kinds = questions.stream().collect(Collectors.groupingBy(Question::kind, Collectors.counting()));
        assertThat(kinds).containsOnly(Map.entry("answerable", (long) set.answerable()),
                Map.entry("unanswerable", (long) set.unanswerable()), Map.entry("offtopic", (long) set.offTopic()));
        assertThat(questions.stream().filter(Question::ambiguous).count()).isEqualTo(set.ambiguous());
        Set<String> older = new HashSet<>();
        set.earlier().forEach(f -> InsQaTerms.questions(f).forEach(q -> older.add(q.text())));
        for (Question q : questions) {
            assertThat(older).as("a new question, not one of the earlier sets: %s", q.text()).doesNotContain(q.text());
            assertThat(q.product()).as("product of %s", q.id()).matches("p(0\\d|1\\d)");
            assertThat(q.answerable()).as("expect matches kind: %s", q.id()).isEqualTo(q.kind().equals("answerable"));
            assertThat(q.gold().isEmpty()).as("a gold quote exactly for answerable questions: %s", q.id()).isEqualTo(!q.answerable());
            assertThat(q.ambiguous() && !q.answerable()).as("only answerable questions are ambiguous: %s", q.id()).isFalse();
        }
        List<Planted> planted = set.plantedAnswers();
        assertThat(planted).hasSize(set.planted());
        assertThat(planted.stream().filter(p -> p.type().equals("TRUE")).count()).isEqualTo(set.plantedTrue());
        assertThat(planted.stream().map(Planted::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("TRUE", "NEG", "NUM", "TERM", "ADD");
        assertThat(planted.stream().map(p -> p.question().text() + "\t" + p.answer()).collect(Collectors.toSet()))
                .as("unique answers").hasSize(planted.size());
        planted.forEach(p -> {
            assertThat(p.question().answerable()).as("planted for an answerable question: %s", p.question().text()).isTrue();
            assertThat(p.answer()).as("an answer is not the bare quote").isNotEqualTo(p.quote());
        });
    }

    @ParameterizedTest
    @MethodSource("sets")
    void goldQuotesAndPlantedQuotesStandInTheProductsPassages(HeldOutSet set) throws Exception {
        Path file = InsQaTerms.file().orElse(null);
        Assumptions.assumeTrue(file != null, "evaluation data not found (da.eval.dir="
                + System.getProperty("da.eval.dir", "") + "): " + set + " gold passages NOT checked");
        Map<String, List<String>> passages = InsQaTerms.passages(file);
        for (Question q : set.questions()) {
            assertThat(passages).as("product of %s", q.id()).containsKey(q.product());
            if (q.answerable()) {
                assertThat(passages.get(q.product())).as("a passage of %s holds the gold quote of %s", q.product(), q.id())
                        .anyMatch(p -> p.contains(q.gold()));
            }
        }
        List<Planted> planted = set.plantedAnswers();
        try (DocumentLibrary library = InsQaTerms.load(file).library()) {
            for (Planted p : planted) {
                assertThat(passages.get(p.question().product()))
                        .as("the gold passage of %s holds the quote %s", p.question().text(), p.quote())
                        .anyMatch(x -> x.contains(p.quote()) && x.contains(p.question().gold()));
                assertThat(TermsAnswerSupportEvaluationTest.quotedChunk(library, p).text()).contains(p.quote());
            }
        }
    }

    /**
     * The wording groups fresh5's header lists (everyday, between, standard) are read whole by the evaluation, which
     * prints its figures per group: each group's count is the number of its ids, and together they are the answerable
     * questions, each once.
     */
    @Test
    void theWordingGroupsOfTheHeaderAreReadWhole() {
        Map<String, Set<Integer>> groups = InsQaTerms.wordingGroups(HeldOutSet.FRESH5.questionFile());
        assertThat(groups.keySet()).containsExactly("everyday", "between", "standard");
        assertThat(groups.get("everyday")).hasSize(41);
        assertThat(groups.get("between")).hasSize(21);
        assertThat(groups.get("standard")).hasSize(20);
        Set<Integer> all = new HashSet<>();
        groups.values().forEach(all::addAll);
        assertThat(all).hasSize(82).isEqualTo(HeldOutSet.FRESH5.questions().stream().filter(Question::answerable)
                .map(Question::id).collect(Collectors.toSet()));
    }
}
