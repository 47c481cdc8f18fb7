package ai.domainassist.finance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.model.TermsAnswer;
import ai.domainassist.retrieval.Citation;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.Filter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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
 * terms library; a question is answered over all 20 products, and over its own product only.
 */
class TermsQaEvaluationTest {
    private static final Pattern QUOTED = Pattern.compile("“([^”]+)”");

    @TempDir
    Path dir;

    private record Question(String text, String goldDocument, String product, List<String> evidence) {
    }

    @Test
    void evidenceRecallAtKOnInsQaClauseQuestions() throws Exception {
        String evalDir = System.getProperty("da.eval.dir", "");
        Path file = Path.of(evalDir, "finance", "insqa-clause-subjective.json");
        Assumptions.assumeTrue(!evalDir.isBlank() && Files.isRegularFile(file),
                "evaluation data not found (da.eval.dir=" + evalDir + "): terms Q&A recall NOT measured");
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Question> questions = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        try (DocumentLibrary lib = DocumentLibrary.builder().inMemory().build()) {
            int productNo = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> product = it.next();
                String tag = "product-" + productNo++;
                for (Iterator<Map.Entry<String, JsonNode>> qs = product.getValue().fields(); qs.hasNext();) {
                    Map.Entry<String, JsonNode> q = qs.next();
                    String passage = q.getValue().get("p").asText();
                    String id = ids.computeIfAbsent(product.getKey() + "\n" + passage, k -> "clause-" + ids.size());
                    if (lib.get(id).isEmpty()) {
                        lib.add(new Document(id, product.getKey(), passage, DocumentMetadata.builder().tags(tag).build()));
                    }
                    questions.add(new Question(q.getKey(), id, tag, evidence(q.getValue().get("answer").asText())));
                }
            }
            try (ClaimsAssistant assistant = ClaimsAssistant.builder().registryDirectory(dir).termsLibrary(lib).build()) {
                int inGold = 0;
                int allQuotes = 0;
                for (Question q : questions) {
                    String gold = NormalizedText.of(lib.get(q.goldDocument()).orElseThrow().text()).folded();
                    for (String e : q.evidence()) {
                        allQuotes++;
                        inGold += gold.contains(e) ? 1 : 0;
                    }
                }
                System.out.printf("terms Q&A (offline, BM25) on %d InsQA questions, %d clause passages of 20 products;"
                        + " %d of %d quoted evidence sentences occur verbatim in their gold passage:%n", questions.size(),
                        lib.count(), inGold, allQuotes);
                // one search per question at k = 10; recall@k is read from the ranked prefix
                List<List<Citation>> all = new ArrayList<>();
                List<List<Citation>> own = new ArrayList<>();
                for (Question q : questions) {
                    Result<TermsAnswer> a = assistant.answerTerms(q.text(), 10);
                    assertThat(a.mode()).isEqualTo(Mode.OFFLINE);
                    assertThat(a.value().extractive()).isTrue();
                    all.add(a.value().citations());
                    own.add(assistant.answerTerms(q.text(), 10, Filter.builder().tags(q.product()).build()).value().citations());
                }
                Map<Integer, double[]> at = new LinkedHashMap<>();
                for (int k : new int[] {1, 3, 5, 10}) {
                    double[] r = new double[4];
                    int quotes = 0;
                    for (int i = 0; i < questions.size(); i++) {
                        Question q = questions.get(i);
                        List<Citation> a = top(all.get(i), k);
                        List<Citation> o = top(own.get(i), k);
                        r[0] += hit(a, q.goldDocument()) ? 1 : 0;
                        r[1] += hit(o, q.goldDocument()) ? 1 : 0;
                        for (String e : q.evidence()) {
                            quotes++;
                            r[2] += covers(a, e) ? 1 : 0;
                            r[3] += covers(o, e) ? 1 : 0;
                        }
                    }
                    double n = questions.size();
                    at.put(k, new double[] {r[0] / n, r[1] / n, r[2] / quotes, r[3] / quotes});
                    System.out.printf("  recall@%-2d clause: all products %.3f, own product %.3f | quoted evidence"
                            + " (%d quotes): all %.3f, own %.3f%n", k, r[0] / n, r[1] / n, quotes, r[2] / quotes,
                            r[3] / quotes);
                }
                assertThat(questions).hasSize(100);
                assertThat(at.get(5)[0]).as("clause recall@5, all products").isGreaterThanOrEqualTo(0.90);
                assertThat(at.get(5)[1]).as("clause recall@5, own product").isGreaterThanOrEqualTo(0.98);
                assertThat(at.get(1)[1]).as("clause recall@1, own product").isGreaterThanOrEqualTo(0.90);
                assertThat(at.get(5)[2]).as("quoted-evidence recall@5, all products").isGreaterThanOrEqualTo(0.80);
            }
        }
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

    private static List<Citation> top(List<Citation> ranked, int k) {
        return ranked.size() > k ? ranked.subList(0, k) : ranked;
    }

    private static boolean hit(List<Citation> citations, String doc) {
        return citations.stream().anyMatch(c -> c.documentId().equals(doc));
    }

    private static boolean covers(List<Citation> citations, String foldedQuote) {
        return citations.stream().anyMatch(c -> NormalizedText.of(c.quote()).folded().contains(foldedQuote));
    }
}
