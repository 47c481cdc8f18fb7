package ai.domainassist.finance.eval;

import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.retrieval.Document;
import ai.domainassist.retrieval.DocumentLibrary;
import ai.domainassist.retrieval.DocumentMetadata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The terms library of InsQABench's clause subjective set ({@code insqa-clause-subjective.json}, 20
 * products): every distinct clause passage is one document titled with its product's name and tagged
 * with its product ({@code product:p00} ... {@code product:p19}, the codes of
 * {@code terms-eval/products.tsv}); and the questions written for this project
 * ({@code terms-eval/questions.tsv}, {@code planted-answers.tsv}).
 */
final class InsQaTerms {
    private InsQaTerms() {
    }

    /**
     * One InsQABench question.
     *
     * @param text the question
     * @param goldDocument the document id of its evidence passage
     * @param product its product's code
     * @param answer the reference answer
     */
    record BenchQuestion(String text, String goldDocument, String product, String answer) {
    }

    /**
     * One question of {@code terms-eval/questions.tsv}.
     *
     * @param id its number
     * @param kind answerable, unanswerable or offtopic
     * @param answerable whether an answer is expected
     * @param product the product it is asked about
     * @param ambiguous whether several products' passages answer it
     * @param gold a quote of the answering passage (answerable only)
     * @param text the question
     */
    record Question(int id, String kind, boolean answerable, String product, boolean ambiguous, String gold, String text) {
        boolean heldOut() {
            return id % 3 == 0;
        }
    }

    /**
     * A model answer of {@code terms-eval/planted-answers.tsv}.
     *
     * @param question the question
     * @param type TRUE, or the planted contradiction's kind (NEG, NUM, TERM, ADD)
     * @param quote the citation's quote, an exact piece of the gold passage
     * @param answer the answer
     */
    record Planted(Question question, String type, String quote, String answer) {
    }

    /**
     * The library and InsQABench's own questions.
     *
     * @param library the terms library (close it)
     * @param questions the 100 InsQABench questions
     */
    record Terms(DocumentLibrary library, List<BenchQuestion> questions) {
    }

    /** @return the InsQABench file, if the evaluation data is present */
    static Optional<Path> file() {
        String evalDir = System.getProperty("da.eval.dir", "");
        Path file = Path.of(evalDir, "finance", "insqa-clause-subjective.json");
        return !evalDir.isBlank() && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** @return the product tag of a product code */
    static String tag(String code) {
        return ClaimsAssistant.productTag(code);
    }

    static Terms load(Path file) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String l : lines("products.tsv")) {
            String[] c = l.split("\t", -1);
            codes.put(c[1], c[0]);
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        DocumentLibrary lib = DocumentLibrary.builder().inMemory().build();
        List<BenchQuestion> questions = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> product = it.next();
            String code = codes.get(product.getKey());
            if (code == null) {
                throw new IllegalStateException("product not in products.tsv: " + product.getKey());
            }
            for (Iterator<Map.Entry<String, JsonNode>> qs = product.getValue().fields(); qs.hasNext();) {
                Map.Entry<String, JsonNode> q = qs.next();
                String passage = q.getValue().get("p").asText();
                String id = ids.computeIfAbsent(product.getKey() + "\n" + passage, k -> "clause-" + ids.size());
                if (lib.get(id).isEmpty()) {
                    lib.add(new Document(id, product.getKey(), passage, DocumentMetadata.builder().tags(tag(code)).build()));
                }
                questions.add(new BenchQuestion(q.getKey(), id, code, q.getValue().get("answer").asText()));
            }
        }
        return new Terms(lib, questions);
    }

    /**
     * @param file the InsQABench file
     * @return the distinct clause passages of each product, by product code
     */
    static Map<String, List<String>> passages(Path file) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String l : lines("products.tsv")) {
            String[] c = l.split("\t", -1);
            codes.put(c[1], c[0]);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> product = it.next();
            List<String> ps = out.computeIfAbsent(codes.get(product.getKey()), k -> new ArrayList<>());
            product.getValue().forEach(q -> {
                if (!ps.contains(q.get("p").asText())) {
                    ps.add(q.get("p").asText());
                }
            });
        }
        return out;
    }

    /**
     * A held-out set that is run only when asked for ({@code -Dda.eval.<name>=true}), once, by the lead on a frozen
     * engine, with the counts its files' headers state (checked by {@link HeldOutTermsSetFormTest} in every build).
     *
     * @param name the set's name, also the name of its flag ({@code fresh3} to {@code fresh6})
     * @param questionFile its question file
     * @param plantedFile its planted-answer file
     * @param answerable answerable questions
     * @param ambiguous ambiguous ones among them
     * @param unanswerable unanswerable (on-topic) questions
     * @param offTopic off-topic questions
     * @param planted model answers of the planted file
     * @param plantedTrue true ones among them
     * @param earlier the question files written before it, none of whose questions it may repeat
     */
    record HeldOutSet(String name, String questionFile, String plantedFile, int answerable, int ambiguous, int unanswerable,
            int offTopic, int planted, int plantedTrue, List<String> earlier) {
        /** The third held-out set (issue 17): run once on the frozen engine {@code 4d59caf}, docs/finance-answers-evaluation.md. */
        static final HeldOutSet FRESH3 = new HeldOutSet("fresh3", "fresh3-questions.tsv", "fresh3-planted-answers.tsv", 43,
                12, 24, 20, 67, 24, List.of("questions.tsv", "fresh-questions.tsv"));
        /** The fourth held-out set (issue 17), in everyday words none of the earlier sets use: run once, docs/finance-answers-evaluation.md. */
        static final HeldOutSet FRESH4 = new HeldOutSet("fresh4", "fresh4-questions.tsv", "fresh4-planted-answers.tsv", 63,
                17, 29, 20, 122, 57, List.of("questions.tsv", "fresh-questions.tsv", "fresh3-questions.tsv"));
        /** The fifth held-out set (issue 17), a mix of everyday, in-between and standard wordings: not yet run. */
        static final HeldOutSet FRESH5 = new HeldOutSet("fresh5", "fresh5-questions.tsv", "fresh5-planted-answers.tsv", 82,
                30, 27, 20, 160, 82, List.of("questions.tsv", "fresh-questions.tsv", "fresh3-questions.tsv",
                        "fresh4-questions.tsv"));
        /** The sixth held-out set (issue 17), a mix of everyday, in-between and standard wordings: not yet run. */
        static final HeldOutSet FRESH6 = new HeldOutSet("fresh6", "fresh6-questions.tsv", "fresh6-planted-answers.tsv", 92,
                33, 27, 20, 190, 92, List.of("questions.tsv", "fresh-questions.tsv", "fresh3-questions.tsv",
                        "fresh4-questions.tsv", "fresh5-questions.tsv"));

        /** Skips the calling test with a clear message unless {@code -Dda.eval.<name>=true} is given. */
        void assumeAskedFor(String what) {
            Assumptions.assumeTrue(Boolean.getBoolean("da.eval." + name), "the " + name + " " + what + " only with"
                    + " -Dda.eval." + name + "=true (once, by the lead, on the frozen engine): NOT measured");
        }

        List<Question> questions() {
            return InsQaTerms.questions(questionFile);
        }

        List<Planted> plantedAnswers() {
            return InsQaTerms.planted(plantedFile, questionFile);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Question> questions() {
        return questions("questions.tsv");
    }

    /**
     * @param file a question file of {@code terms-eval} ({@code questions.tsv}, or {@code fresh-questions.tsv}: the
     *     round-2 fresh held-out set, or {@code fresh3-questions.tsv} to
     *     {@code fresh6-questions.tsv}: the third to sixth, all of each held out)
     * @return its questions
     */
    static List<Question> questions(String file) {
        List<Question> out = new ArrayList<>();
        for (String l : lines(file)) {
            String[] c = l.split("\t", -1);
            out.add(new Question(Integer.parseInt(c[0]), c[1], c[2].equals("ANSWER"), c[3], c[4].equals("Y"), c[5], c[6]));
        }
        return out;
    }

    static List<Planted> planted() {
        return planted("planted-answers.tsv", "questions.tsv");
    }

    /**
     * @param file a planted-answer file of {@code terms-eval} ({@code planted-answers.tsv}, or
     *     {@code fresh3-planted-answers.tsv} to {@code fresh6-planted-answers.tsv}: the fresh3 to fresh6
     *     held-out sets)
     * @param questionFile the question file its first column quotes
     * @return its model answers, each with its question
     */
    static List<Planted> planted(String file, String questionFile) {
        List<Question> qs = questions(questionFile);
        List<Planted> out = new ArrayList<>();
        for (String l : lines(file)) {
            String[] c = l.split("\t", -1);
            Question q = qs.stream().filter(x -> x.text().equals(c[0])).findFirst()
                    .orElseThrow(() -> new IllegalStateException("planted answer for an unknown question: " + c[0]));
            out.add(new Planted(q, c[1], c[2], c[3]));
        }
        return out;
    }

    private static List<String> lines(String name) {
        return text(name).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static String text(String name) {
        try (InputStream in = InsQaTerms.class.getResourceAsStream("/terms-eval/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource terms-eval/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a question file of {@code src/test/resources/terms-eval}
     * @return the wording groups its header lists ({@link ai.domainassist.core.testing.WordingGroups}), in order
     */
    static java.util.Map<String, java.util.Set<Integer>> wordingGroups(String file) {
        return ai.domainassist.core.testing.WordingGroups.read(text(file).lines().toList());
    }
}
