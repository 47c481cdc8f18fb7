package ai.domainassist.finance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.Filter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence recall@k of the offline policy-terms Q&A on InsQABench's clause-based subjective set
 * ({@code insqa-clause-subjective.json}: 20 products, 100 questions, each with the clause passage
 * that answers it and the answer's quoted evidence). Every distinct passage is one document of the
 * terms library, tagged with its product; a question is answered over all 20 products, and over its own
 * product only. Two readings: the clauses given as the answer (an abstention or a request for the product
 * gives none), and the clauses shown to the reviewer (the citations, the candidate products' clauses, or the
 * NO_ANSWER flag's nearest clauses), which is what the search found and compares with the engine before
 * abstention.
 */
class TermsQaEvaluationTest {
    private static final Pattern QUOTED = Pattern.compile("“([^”]+)”");

    @TempDir
    Path dir;

    /** One answer as measured: the clauses shown and how the engine answered. */
    private record Shown(List<Shown.Clause> clauses, boolean abstained, boolean candidates, boolean answered) {
        record Clause(String documentId, String quote) {
        }
    }

    @Test
    void evidenceRecallAtKOnInsQaClauseQuestions() throws Exception {
        Path file = InsQaTerms.file().orElse(null);
        Assumptions.assumeTrue(file != null, "evaluation data not found (da.eval.dir=" + System.getProperty("da.eval.dir", "")
                + "): terms Q&A recall NOT measured");
        InsQaTerms.Terms t = InsQaTerms.load(file);
        try (DocumentLibrary lib = t.library();
                ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).termsLibrary(lib).build()) {
            List<InsQaTerms.BenchQuestion> questions = t.questions();
            int inGold = 0;
            int allQuotes = 0;
            for (InsQaTerms.BenchQuestion q : questions) {
                String gold = NormalizedText.of(lib.get(q.goldDocument()).orElseThrow().text()).folded();
                for (String e : evidence(q.answer())) {
                    allQuotes++;
                    inGold += gold.contains(e) ? 1 : 0;
                }
            }
            System.out.printf("terms Q&A (offline) on %d InsQA questions, %d clause passages of 20 products;"
                    + " %d of %d quoted evidence sentences occur verbatim in their gold passage:%n", questions.size(),
                    lib.count(), inGold, allQuotes);
            // one question at k = 10 each way; recall@k is read from the ranked prefix of what is shown
            List<Shown> all = new ArrayList<>();
            List<Shown> own = new ArrayList<>();
            int ownAtFive = 0;
            for (InsQaTerms.BenchQuestion q : questions) {
                Result<TermsAnswer> a = assistant.answerTerms(q.text(), 10);
                assertThat(a.mode()).isEqualTo(Mode.OFFLINE);
                all.add(shown(a));
                own.add(shown(assistant.answerTerms(q.text(), 10,
                        Filter.builder().tags(ClaimsAssistant.productTag(q.product())).build())));
                Result<TermsAnswer> product = assistant.answerTerms(q.product(), q.text());
                boolean cited = product.value().citations().stream().anyMatch(c -> c.documentId().equals(q.goldDocument()));
                ownAtFive += cited ? 1 : 0;
                if (!cited && !product.flags(ai.domainassist.core.ReviewFlag.Kind.NO_ANSWER).isEmpty()) {
                    System.out.println("  abstained with the product: " + q.text() + " | "
                            + product.flags(ai.domainassist.core.ReviewFlag.Kind.NO_ANSWER).get(0).message());
                }
            }
            System.out.printf("  asked with the product (answerTerms(product, question), 5 clauses): gold passage cited"
                    + " for %d of %d; abstained on %d%n", ownAtFive, questions.size(), own.stream().filter(Shown::abstained).count());
            System.out.printf("  asked without a product: answered %d, candidate products %d, abstained %d%n",
                    all.stream().filter(Shown::answered).count(), all.stream().filter(Shown::candidates).count(),
                    all.stream().filter(Shown::abstained).count());
            Map<Integer, double[]> at = new LinkedHashMap<>();
            for (int k : new int[] {1, 3, 5, 10}) {
                double[] r = new double[6];
                int quotes = 0;
                for (int i = 0; i < questions.size(); i++) {
                    InsQaTerms.BenchQuestion q = questions.get(i);
                    r[0] += hit(given(all.get(i), k), q.goldDocument()) ? 1 : 0;
                    r[1] += hit(given(own.get(i), k), q.goldDocument()) ? 1 : 0;
                    r[4] += hit(top(all.get(i).clauses(), k), q.goldDocument()) ? 1 : 0;
                    r[5] += hit(top(own.get(i).clauses(), k), q.goldDocument()) ? 1 : 0;
                    for (String e : evidence(q.answer())) {
                        quotes++;
                        r[2] += covers(top(all.get(i).clauses(), k), e) ? 1 : 0;
                        r[3] += covers(top(own.get(i).clauses(), k), e) ? 1 : 0;
                    }
                }
                double n = questions.size();
                at.put(k, new double[] {r[0] / n, r[1] / n, r[2] / quotes, r[3] / quotes, r[4] / n, r[5] / n});
                System.out.printf("  recall@%-2d clause given as the answer: all products %.3f, own product %.3f | clause"
                        + " shown (cited, candidate or nearest): all %.3f, own %.3f | quoted evidence shown (%d quotes):"
                        + " all %.3f, own %.3f%n", k, r[0] / n, r[1] / n, r[4] / n, r[5] / n, quotes, r[2] / quotes,
                        r[3] / quotes);
            }
            assertThat(questions).hasSize(100);
            assertThat((double) ownAtFive / questions.size()).as("gold passage cited, asked with the product")
                    .isGreaterThanOrEqualTo(0.90);
            assertThat(at.get(5)[4]).as("clause shown recall@5, all products").isGreaterThanOrEqualTo(0.90);
            assertThat(at.get(5)[5]).as("clause shown recall@5, own product").isGreaterThanOrEqualTo(0.98);
            assertThat(at.get(1)[5]).as("clause shown recall@1, own product").isGreaterThanOrEqualTo(0.90);
            assertThat(at.get(5)[2]).as("quoted-evidence recall@5, all products").isGreaterThanOrEqualTo(0.80);
        }
    }

    /**
     * The clauses the answer shows: its citations; or, asking for the product, the clauses found (the evidence of
     * the MISSING product flag, each candidate's best clause among them); or the NO_ANSWER flag's nearest clauses.
     */
    private static Shown shown(Result<TermsAnswer> r) {
        boolean abstained = !r.flags(ReviewFlag.Kind.NO_ANSWER).isEmpty();
        List<Shown.Clause> clauses = new ArrayList<>();
        if (abstained) {
            r.flags(ReviewFlag.Kind.NO_ANSWER).get(0).evidence().forEach(e -> clauses.add(new Shown.Clause(e.sourceId(), e.quote())));
        } else if (r.value().needsProduct()) {
            r.flags(ReviewFlag.Kind.MISSING).get(0).evidence().forEach(e -> clauses.add(new Shown.Clause(e.sourceId(), e.quote())));
        } else {
            r.value().citations().forEach(c -> clauses.add(new Shown.Clause(c.documentId(), c.quote())));
        }
        return new Shown(clauses, abstained, r.value().needsProduct(), !abstained && !r.value().needsProduct());
    }

    /** The clauses given as the answer (none when the engine abstained or asked for the product). */
    private static List<Shown.Clause> given(Shown s, int k) {
        return s.answered() ? top(s.clauses(), k) : List.of();
    }

    /** The quoted sentences of the answer's [证据] section, split at ellipses, at least 8 characters. */
    static List<String> evidence(String answer) {
        int s = answer.indexOf("[证据]");
        if (s < 0) {
            return List.of();
        }
        int e = answer.indexOf("\n[", s + 4);
        String section = answer.substring(s, e < 0 ? answer.length() : e);
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(section);
        while (m.find()) {
            for (String part : m.group(1).split("\\.{3,}|…+")) {
                String f = NormalizedText.of(part).folded();
                if (f.length() >= 8) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<Shown.Clause> top(List<Shown.Clause> ranked, int k) {
        return ranked.size() > k ? ranked.subList(0, k) : ranked;
    }

    private static boolean hit(List<Shown.Clause> clauses, String doc) {
        return clauses.stream().anyMatch(c -> c.documentId().equals(doc));
    }

    private static boolean covers(List<Shown.Clause> clauses, String foldedQuote) {
        return clauses.stream().anyMatch(c -> NormalizedText.of(c.quote()).folded().contains(foldedQuote));
    }
}
