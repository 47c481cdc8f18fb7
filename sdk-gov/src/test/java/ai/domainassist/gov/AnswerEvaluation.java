package ai.domainassist.gov;

import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.retrieval.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * The Q&amp;A evaluation data of {@code src/test/resources/answers}: the questions, the planted model answers,
 * and the library they are asked of (the development set's library and the examples' sample library).
 */
final class AnswerEvaluation {
    /** The examples' sample policy library, read from the examples module of this repository. */
    static final Path EXAMPLES_LIBRARY = Path.of("../examples/src/main/resources/samples/gov/library");

    private AnswerEvaluation() {
    }

    /**
     * One question.
     *
     * @param id its number in the file
     * @param kind answerable, unanswerable or offtopic
     * @param answerable whether an answer is expected
     * @param goldPolicy the policy that answers it (answerable only)
     * @param goldQuote a quote of the clause that answers it (answerable only)
     * @param text the question
     */
    record Question(int id, String kind, boolean answerable, String goldPolicy, String goldQuote, String text) {
        /** @return whether the question is in the held-out part (id % 3 == 0) */
        boolean heldOut() {
            return id % 3 == 0;
        }
    }

    /**
     * One model answer of the support evaluation.
     *
     * @param question the question it answers
     * @param type TRUE, or the kind of planted contradiction (NEG, NUM, TERM, ADD)
     * @param quote the citation's quote (an exact piece of the gold clause)
     * @param answer the answer text
     */
    record Planted(Question question, String type, String quote, String answer) {
    }

    /**
     * A held-out set that is run only when asked for ({@code -Dda.eval.<name>=true}), once, by the lead on a frozen
     * engine, with the counts its files' headers state (checked by {@link HeldOutSetFormTest} in every build).
     *
     * @param name the set's name, also the name of its flag ({@code fresh3} to {@code fresh6})
     * @param questionFile its question file
     * @param plantedFile its planted-answer file
     * @param answerable answerable questions
     * @param unanswerable unanswerable (on-topic) questions
     * @param offTopic off-topic questions
     * @param planted model answers of the planted file
     * @param plantedTrue true ones among them
     * @param earlier the question files written before it, none of whose questions it may repeat
     */
    record HeldOutSet(String name, String questionFile, String plantedFile, int answerable, int unanswerable, int offTopic,
            int planted, int plantedTrue, List<String> earlier) {
        /** The third held-out set (issue 17): run once on the frozen engine {@code 4d59caf}, docs/gov-answers-evaluation.md. */
        static final HeldOutSet FRESH3 = new HeldOutSet("fresh3", "fresh3-questions.tsv", "fresh3-planted-answers.tsv", 42,
                24, 20, 45, 17, List.of("questions.tsv", "fresh-questions.tsv"));
        /** The fourth held-out set (issue 17), in everyday words none of the earlier sets use: run once, docs/gov-answers-evaluation.md. */
        static final HeldOutSet FRESH4 = new HeldOutSet("fresh4", "fresh4-questions.tsv", "fresh4-planted-answers.tsv", 42,
                27, 20, 60, 25, List.of("questions.tsv", "fresh-questions.tsv", "fresh3-questions.tsv"));
        /** The fifth held-out set (issue 17), a mix of everyday, in-between and standard wordings: not yet run. */
        static final HeldOutSet FRESH5 = new HeldOutSet("fresh5", "fresh5-questions.tsv", "fresh5-planted-answers.tsv", 51,
                25, 20, 66, 30, List.of("questions.tsv", "fresh-questions.tsv", "fresh3-questions.tsv", "fresh4-questions.tsv"));
        /** The sixth held-out set (issue 17), a mix of everyday, in-between and standard wordings: not yet run. */
        static final HeldOutSet FRESH6 = new HeldOutSet("fresh6", "fresh6-questions.tsv", "fresh6-planted-answers.tsv", 52,
                25, 20, 75, 33, List.of("questions.tsv", "fresh-questions.tsv", "fresh3-questions.tsv", "fresh4-questions.tsv",
                        "fresh5-questions.tsv"));

        /** Skips the calling test with a clear message unless {@code -Dda.eval.<name>=true} is given. */
        void assumeAskedFor(String what) {
            Assumptions.assumeTrue(Boolean.getBoolean("da.eval." + name), "the " + name + " " + what + " only with"
                    + " -Dda.eval." + name + "=true (once, by the lead, on the frozen engine): NOT measured");
        }

        List<Question> questions() {
            return AnswerEvaluation.questions(questionFile);
        }

        List<Planted> plantedAnswers() {
            return AnswerEvaluation.planted(plantedFile, questionFile);
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
     * @param file a question file of {@code src/test/resources/answers} ({@code questions.tsv}, or
     *     {@code fresh-questions.tsv}: the round-2 fresh held-out set, or {@code fresh3-questions.tsv} to
     *     {@code fresh6-questions.tsv}: the third to sixth, all of each held out)
     * @return its questions
     */
    static List<Question> questions(String file) {
        List<Question> out = new ArrayList<>();
        for (String l : lines(file)) {
            String[] c = l.split("\t", -1);
            String[] gold = c[3].isEmpty() ? new String[] {"", ""} : c[3].split("\\|", 2);
            out.add(new Question(Integer.parseInt(c[0]), c[1], c[2].equals("ANSWER"), gold[0], gold[1], c[4]));
        }
        return out;
    }

    static List<Planted> planted() {
        return planted("planted-answers.tsv", "questions.tsv");
    }

    /**
     * @param file a planted-answer file of {@code src/test/resources/answers} ({@code planted-answers.tsv}, or
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

    /** @return the library: 11 policies, 3 of them repealed */
    static PolicyLibrary library() {
        if (!Files.isRegularFile(EXAMPLES_LIBRARY.resolve("library.tsv"))) {
            throw new IllegalStateException("the examples' sample library is missing: " + EXAMPLES_LIBRARY.toAbsolutePath());
        }
        Set<String> sources = new LinkedHashSet<>();
        List<String[]> devset = new ArrayList<>();
        for (String l : lines("/devset/library.tsv", true)) {
            devset.add(l.split("\t", -1));
        }
        List<String[]> examples = new ArrayList<>();
        for (String l : read(EXAMPLES_LIBRARY.resolve("library.tsv")).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList()) {
            examples.add(l.split("\t", -1));
        }
        devset.forEach(c -> sources.add(c[4]));
        examples.forEach(c -> sources.add(c[4]));
        PolicyLibrary lib = PolicyLibrary.whitelisting(sources.toArray(new String[0]));
        for (String[] c : devset) {
            lib.addText(resource("/devset/library/" + c[0]), new PolicyMetadata(c[1], c[4], Validity.valueOf(c[2]), c[3]));
        }
        for (String[] c : examples) {
            lib.addText(read(EXAMPLES_LIBRARY.resolve(c[0])), new PolicyMetadata(c[1], c[4], Validity.valueOf(c[2]), c[3]));
        }
        return lib;
    }

    private static List<String> lines(String name) {
        return lines("/answers/" + name, true);
    }

    /**
     * @param file a question file of {@code src/test/resources/answers}
     * @return the wording groups its header lists ({@link ai.domainassist.core.testing.WordingGroups}), in order
     */
    static java.util.Map<String, java.util.Set<Integer>> wordingGroups(String file) {
        return ai.domainassist.core.testing.WordingGroups.read(resource("/answers/" + file).lines().toList());
    }

    private static List<String> lines(String resource, boolean skipComments) {
        return resource(resource).lines().filter(l -> !l.isBlank() && !(skipComments && l.startsWith("#"))).toList();
    }

    private static String resource(String path) {
        try (InputStream in = AnswerEvaluation.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
