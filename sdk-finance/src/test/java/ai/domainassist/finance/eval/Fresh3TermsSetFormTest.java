package ai.domainassist.finance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.finance.eval.InsQaTerms.Planted;
import ai.domainassist.finance.eval.InsQaTerms.Question;
import ai.domainassist.retrieval.DocumentLibrary;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The FORM of the fresh3 held-out set of the terms Q&amp;A ({@code terms-eval/fresh3-questions.tsv},
 * {@code fresh3-planted-answers.tsv}), checked without asking the claims assistant or running the answer checks (the
 * set is held out: its figures are measured once, by {@code -Dda.eval.fresh3=true}): ids and questions unique, the
 * counts per kind as the file states, every product a product of {@code products.tsv}, every gold quote verbatim in a
 * passage of the question's product, every planted answer's quote verbatim in the gold passage and in one chunk of
 * the terms library (which the harness looks it up in). The passage checks need the InsQABench file
 * ({@code -Dda.eval.dir}); they are skipped with a message without it.
 */
class Fresh3TermsSetFormTest {
    static final int ANSWERABLE = 43;
    static final int AMBIGUOUS = 12;
    static final int UNANSWERABLE = 24;
    static final int OFF_TOPIC = 20;
    static final int PLANTED = 67;
    static final int PLANTED_TRUE = 24;

    @Test
    void questionsAreWellFormed() {
        List<Question> questions = InsQaTerms.questions("fresh3-questions.tsv");
        assertThat(questions.stream().map(Question::id).collect(Collectors.toSet())).as("unique ids").hasSize(questions.size());
        assertThat(questions.stream().map(Question::text).collect(Collectors.toSet())).as("unique questions")
                .hasSize(questions.size());
        Map<String, Long> kinds = questions.stream().collect(Collectors.groupingBy(Question::kind, Collectors.counting()));
        assertThat(kinds).containsOnly(Map.entry("answerable", (long) ANSWERABLE), Map.entry("unanswerable", (long) UNANSWERABLE),
                Map.entry("offtopic", (long) OFF_TOPIC));
        assertThat(questions.stream().filter(Question::ambiguous).count()).isEqualTo(AMBIGUOUS);
        Set<String> older = new HashSet<>();
        InsQaTerms.questions().forEach(q -> older.add(q.text()));
        InsQaTerms.questions("fresh-questions.tsv").forEach(q -> older.add(q.text()));
        for (Question q : questions) {
            assertThat(older).as("a new question, not one of the earlier sets: %s", q.text()).doesNotContain(q.text());
            assertThat(q.product()).as("product of %s", q.id()).matches("p(0\\d|1\\d)");
            assertThat(q.answerable()).as("expect matches kind: %s", q.id()).isEqualTo(q.kind().equals("answerable"));
            assertThat(q.gold().isEmpty()).as("a gold quote exactly for answerable questions: %s", q.id()).isEqualTo(!q.answerable());
            assertThat(q.ambiguous() && !q.answerable()).as("only answerable questions are ambiguous: %s", q.id()).isFalse();
        }
        List<Planted> planted = InsQaTerms.planted("fresh3-planted-answers.tsv", "fresh3-questions.tsv");
        assertThat(planted).hasSize(PLANTED);
        assertThat(planted.stream().filter(p -> p.type().equals("TRUE")).count()).isEqualTo(PLANTED_TRUE);
        assertThat(planted.stream().map(Planted::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("TRUE", "NEG", "NUM", "TERM", "ADD");
        assertThat(planted.stream().map(p -> p.question().text() + "\t" + p.answer()).collect(Collectors.toSet()))
                .as("unique answers").hasSize(planted.size());
        planted.forEach(p -> assertThat(p.question().answerable()).as("planted for an answerable question: %s",
                p.question().text()).isTrue());
    }

    @Test
    void goldQuotesAndPlantedQuotesStandInTheProductsPassages() throws Exception {
        Path file = InsQaTerms.file().orElse(null);
        Assumptions.assumeTrue(file != null, "evaluation data not found (da.eval.dir="
                + System.getProperty("da.eval.dir", "") + "): fresh3 gold passages NOT checked");
        Map<String, List<String>> passages = InsQaTerms.passages(file);
        for (Question q : InsQaTerms.questions("fresh3-questions.tsv")) {
            assertThat(passages).as("product of %s", q.id()).containsKey(q.product());
            if (q.answerable()) {
                assertThat(passages.get(q.product())).as("a passage of %s holds the gold quote of %s", q.product(), q.id())
                        .anyMatch(p -> p.contains(q.gold()));
            }
        }
        List<Planted> planted = InsQaTerms.planted("fresh3-planted-answers.tsv", "fresh3-questions.tsv");
        try (DocumentLibrary library = InsQaTerms.load(file).library()) {
            for (Planted p : planted) {
                assertThat(passages.get(p.question().product()))
                        .as("the gold passage of %s holds the quote %s", p.question().text(), p.quote())
                        .anyMatch(x -> x.contains(p.quote()) && x.contains(p.question().gold()));
                assertThat(TermsAnswerSupportEvaluationTest.quotedChunk(library, p).text()).contains(p.quote());
            }
        }
    }
}
