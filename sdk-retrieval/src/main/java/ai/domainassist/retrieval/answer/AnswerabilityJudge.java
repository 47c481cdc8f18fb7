package ai.domainassist.retrieval.answer;

import ai.domainassist.core.text.Sentences;
import ai.domainassist.retrieval.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether the clauses a search found answer a question, from the question's key terms and how
 * many of them each clause covers (its text, its heading path and its document's title): a question
 * whose words are mostly absent from every clause is about something the library does not say, however
 * well the clauses ranked. It works on any {@link ai.domainassist.retrieval.Retriever}'s citations: the
 * retrieval score is not used, because scores compare only within one result list.
 *
 * <p>Key terms are the words of the question (cut with a word-frequency list, the lexicon's words read whole)
 * without the lexicon's stop words; a term counts as covered when it stands in the clause, or one of its
 * synonyms does; a term of three or more characters of which only some two-character parts stand there counts
 * in part; adjacent terms the clause repeats together count once, as one phrase. Generic words and single
 * characters weigh half, and every term weighs more the fewer of the judged clauses have it (1 + ln((n+1)/(f+1))
 * for f of n clauses): what all of them share is what brought them up, what none has is what the question asks
 * and they lack. A word right after an interrogative (什么时间, 如何计算, 有什么区别) names the kind of answer
 * wanted, not its subject: it weighs 0.5 whatever the clauses have. A clause is read in parts of two consecutive sentences with its first sentence, so that the
 * question's terms must meet in one place. The coverage is that of the best part of the best clause; at or above
 * {@link Builder#answeredAt} the verdict is {@link Answerability.Verdict#ANSWERED}, at or above
 * {@link Builder#weakAt} (or when at least {@link Builder#weakFromTerms} key terms are covered)
 * {@link Answerability.Verdict#WEAK}, else {@link Answerability.Verdict#NOT_ANSWERED}. The standard thresholds
 * were chosen on the development questions of sdk-gov and sdk-finance (their {@code docs} give the protocol and
 * the figures).
 *
 * <p>Immutable and thread-safe.
 */
public final class AnswerabilityJudge {
    /** The standard threshold for an answer. */
    public static final double ANSWERED_AT = 0.75;
    /** The standard threshold for a weak answer. */
    public static final double WEAK_AT = 0.6;
    /** The standard number of covered key terms from which a clause answers a question at least weakly. */
    public static final int WEAK_FROM_TERMS = 4;
    /** How many consecutive sentences of a clause the question's terms must meet in. */
    static final int WINDOW = 2;
    private final AnswerLexicon lexicon;
    private final double answeredAt;
    private final double weakAt;
    private final int weakFromTerms;

    private AnswerabilityJudge(Builder b) {
        this.lexicon = b.lexicon;
        this.answeredAt = b.answeredAt;
        this.weakAt = b.weakAt;
        this.weakFromTerms = b.weakFromTerms;
    }

    /** @return a judge with the standard lexicon and thresholds */
    public static AnswerabilityJudge standard() {
        return builder().build();
    }

    /** @return a builder: the standard lexicon and thresholds */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Judges the clauses found for a question.
     *
     * @param question the question
     * @param clauses the clauses found, best first (typically the top 3 to 5)
     * @return the verdict; {@code NOT_ANSWERED} with coverage 0 when there is no clause
     * @throws NullPointerException if an argument is {@code null}
     */
    public Answerability judge(String question, List<Citation> clauses) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(clauses, "clauses");
        List<KeyTerms.Term> terms = KeyTerms.of(question, lexicon);
        List<String> words = terms.stream().map(KeyTerms.Term::text).toList();
        if (clauses.isEmpty()) {
            return new Answerability(Answerability.Verdict.NOT_ANSWERED, 0, -1, words, words, List.of());
        }
        if (terms.isEmpty()) {
            // nothing to look for (a question of stop words only): the clauses cannot be judged; weak
            return new Answerability(Answerability.Verdict.WEAK, 0, 0, words, List.of(),
                    clauses.stream().map(c -> 0.0).toList());
        }
        double best = -1;
        int bestClause = 0;
        List<String> bestMissing = words;
        List<List<KeyTerms.Term>> variants = alternatives(question, terms);
        double[] specificity = specificity(terms, clauses);
        List<Double> coverages = new ArrayList<>();
        int bestUnits = 0;
        for (int i = 0; i < clauses.size(); i++) {
            Citation clause = clauses.get(i);
            double clauseBest = 0;
            String head = clause.title() + " " + String.join(" ", clause.headingPath()) + " ";
            for (String window : windows(clause.quote())) {
                String context = KeyTerms.fold(head + window);
                for (List<KeyTerms.Term> variant : variants) {
                    List<String> missing = new ArrayList<>();
                    int[] units = new int[1];
                    double c = coverage(variant, terms, specificity, context, missing, units);
                    clauseBest = Math.max(clauseBest, c);
                    if (c > best) {
                        bestUnits = units[0];
                        best = c;
                        bestClause = i;
                        bestMissing = missing;
                    }
                }
            }
            coverages.add(Math.min(1, clauseBest));
        }
        Answerability.Verdict v = best >= answeredAt ? Answerability.Verdict.ANSWERED
                : best >= weakAt || weakFromTerms > 0 && bestUnits >= weakFromTerms ? Answerability.Verdict.WEAK
                : Answerability.Verdict.NOT_ANSWERED;
        return new Answerability(v, Math.min(1, Math.max(0, best)), bestClause, words, bestMissing, coverages);
    }

    /**
     * The question with the synonyms of its key terms added (电瓶车 also as 电动自行车; generic words not), for a
     * keyword search that should find clauses written in the library's words rather than the asker's.
     *
     * @param question the question
     * @return the question, then the synonyms not already in it, separated by spaces
     * @throws NullPointerException if the question is {@code null}
     */
    public String expand(String question) {
        StringBuilder sb = new StringBuilder(question);
        for (KeyTerms.Term t : KeyTerms.of(question, lexicon)) {
            if (lexicon.isGeneric(t.text())) {
                continue; // 合同 for 保险合同 would find every clause
            }
            for (String s : lexicon.synonyms(t.text())) {
                if (sb.indexOf(s) < 0) {
                    sb.append(' ').append(s);
                }
            }
        }
        return sb.toString();
    }

    /**
     * The weighted share of the terms a clause covers. Adjacent terms of the question that stand together in
     * the clause count once, as one phrase (政务/服务/事项 is one thing, not three), so that a long name
     * the clause repeats does not outweigh what the question asks about it.
     */
    private double coverage(List<KeyTerms.Term> terms, List<KeyTerms.Term> all, double[] specificity, String context,
            List<String> missing, int[] units) {
        units[0] = 0;
        double covered = 0;
        double total = 0;
        int i = 0;
        while (i < terms.size()) {
            int j = i + 1;
            int run = i + 1;
            StringBuilder phrase = new StringBuilder(KeyTerms.fold(terms.get(i).text()));
            while (j < terms.size() && terms.get(j).start() == terms.get(j - 1).end()) {
                phrase.append(KeyTerms.fold(terms.get(j).text()));
                if (context.contains(phrase)) {
                    run = j + 1;
                }
                j++;
            }
            if (run > i + 1) {
                double w = 0;
                for (int k = i; k < run; k++) {
                    w = Math.max(w, terms.get(k).weight() * specificity[all.indexOf(terms.get(k))]);
                }
                covered += w;
                total += w;
                units[0]++;
                i = run;
                continue;
            }
            KeyTerms.Term t = terms.get(i);
            double m = Coverage.of(t.text(), context, lexicon);
            double w = t.weight() * specificity[all.indexOf(t)];
            covered += w * m;
            total += w;
            if (m < 1) {
                missing.add(t.text());
            } else if (t.weight() >= 1) {
                units[0]++;
            }
            i++;
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * The readings of a question: itself, and for an alternative question (A还是B) each alternative alone:
     * the clause needs to cover only one of them.
     */
    private static List<List<KeyTerms.Term>> alternatives(String question, List<KeyTerms.Term> terms) {
        int or = question.indexOf("还是");
        if (or < 0) {
            return List.of(terms);
        }
        List<KeyTerms.Term> left = terms.stream().filter(t -> t.end() <= or).toList();
        List<KeyTerms.Term> right = terms.stream().filter(t -> t.start() >= or + 2).toList();
        if (left.isEmpty() || right.isEmpty()) {
            return List.of(terms);
        }
        List<KeyTerms.Term> swapped = new ArrayList<>(left.subList(0, Math.max(0, left.size() - right.size())));
        swapped.addAll(right);
        return List.of(terms, left, swapped);
    }

    /**
     * How much each term tells the clauses found apart: 1 + ln((n + 1) / (f + 1)) for a term that f of the n
     * clauses cover. A term every clause has (the product's name, the topic that brought them all up) says
     * little about which one answers; a term none has is what the question asks and the clauses lack.
     */
    private double[] specificity(List<KeyTerms.Term> terms, List<Citation> clauses) {
        List<String> folded = new ArrayList<>();
        for (Citation c : clauses) {
            folded.add(KeyTerms.fold(c.title() + " " + String.join(" ", c.headingPath()) + " " + c.quote()));
        }
        double[] out = new double[terms.size()];
        int n = clauses.size();
        for (int i = 0; i < terms.size(); i++) {
            int f = 0;
            for (String c : folded) {
                f += Coverage.of(terms.get(i).text(), c, lexicon) >= 1 ? 1 : 0;
            }
            out[i] = terms.get(i).frame() ? 0.5 : 1 + Math.log((n + 1.0) / (f + 1.0));
        }
        return out;
    }

    /**
     * The parts of a clause an answer can stand in: every two consecutive sentences, each with the clause's
     * first sentence (its lead-in: a list's header, a definition's subject); a clause of up to three sentences is
     * one part. The question's terms must meet in one part, not be scattered over a long clause.
     */
    static List<String> windows(String clause) {
        List<Sentences.Span> sentences = Sentences.split(clause);
        if (sentences.size() <= WINDOW + 1) {
            return List.of(clause);
        }
        String lead = sentences.get(0).text();
        List<String> out = new ArrayList<>();
        for (int i = 0; i + WINDOW <= sentences.size(); i++) {
            String part = clause.substring(sentences.get(i).start(), sentences.get(i + WINDOW - 1).end());
            out.add(i == 0 ? part : lead + " " + part);
        }
        return out;
    }

    /** Configures an {@link AnswerabilityJudge}. Not thread-safe. */
    public static final class Builder {
        private AnswerLexicon lexicon = AnswerLexicon.standard();
        private double answeredAt = ANSWERED_AT;
        private double weakAt = WEAK_AT;
        private int weakFromTerms = WEAK_FROM_TERMS;

        private Builder() {
        }

        /**
         * @param l the lexicon (the standard one with the domain's words added, typically)
         * @return this
         */
        public Builder lexicon(AnswerLexicon l) {
            this.lexicon = Objects.requireNonNull(l, "lexicon");
            return this;
        }

        /**
         * @param coverage the coverage from which the clauses answer the question, 0 to 1
         * @return this
         */
        public Builder answeredAt(double coverage) {
            this.answeredAt = coverage;
            return this;
        }

        /**
         * @param coverage the coverage from which they answer it weakly, 0 to {@code answeredAt}
         * @return this
         */
        public Builder weakAt(double coverage) {
            this.weakAt = coverage;
            return this;
        }

        /**
         * @param terms the number of the question's key terms (a phrase the clause repeats counts once) from which a
         *     clause that covers them answers the question at least weakly, whatever share of the question they are:
         *     a long question that tells a case (承租人因为不小心操作电器导致房屋起火…) has words no clause repeats;
         *     0 for none
         * @return this
         * @throws IllegalArgumentException if negative
         */
        public Builder weakFromTerms(int terms) {
            if (terms < 0) {
                throw new IllegalArgumentException("negative number of terms " + terms);
            }
            this.weakFromTerms = terms;
            return this;
        }

        /**
         * @return the judge
         * @throws IllegalArgumentException if the thresholds are not {@code 0 <= weakAt <= answeredAt <= 1}
         */
        public AnswerabilityJudge build() {
            if (!(weakAt >= 0 && weakAt <= answeredAt && answeredAt <= 1)) {
                throw new IllegalArgumentException("thresholds must be 0 <= weakAt <= answeredAt <= 1, were " + weakAt
                        + " and " + answeredAt);
            }
            return new AnswerabilityJudge(this);
        }
    }
}
