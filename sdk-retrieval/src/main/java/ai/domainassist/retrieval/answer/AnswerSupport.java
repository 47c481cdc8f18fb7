package ai.domainassist.retrieval.answer;

import ai.domainassist.core.text.Sentences;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks that an answer follows from the sources it cites, sentence by sentence: a verified quote shows only
 * that the cited clause exists, not that the answer says what the clause says. A sentence is supported when
 * <ul>
 *   <li>its key terms stand in the sources (or their synonyms do): at least {@link Builder#minimumCoverage} of
 *       them by weight, and all but {@link Builder#allowedMissingTerms} of the terms that are neither generic nor
 *       single characters (an item of an enumeration, 猫、犬、兔, counts however short), and no part of it between commas whose key terms are all absent ("当场即可办结"
 *       added to a true statement);</li>
 *   <li>every number it states, with its unit, stands in the sources (30日 is 三十日 and 30天; 5000万元 is
 *       50,000,000元);</li>
 *   <li>what it says of each word agrees with what the sources say of it: 应当 against 无需 or 可以, 不得 against
 *       可以, a negation against a plain statement (不承担 against 承担) are contradictions.</li>
 * </ul>
 * The check reads words, numbers and the markers of obligation and negation; it is not a reasoner: a
 * contradiction in other words (以内 for 以外, one figure of a clause given for another) passes. The
 * sources are what the caller trusts, typically the library clauses an answer cites, never the question.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnswerSupport {
    /** The standard minimum share of a sentence's key terms the sources must cover. */
    public static final double MINIMUM_COVERAGE = 0.7;
    /** The standard number of key terms a supported sentence may have that the sources lack. */
    public static final int ALLOWED_MISSING_TERMS = 0;
    private final AnswerLexicon lexicon;
    private final double minimumCoverage;
    private final int allowedMissingTerms;

    private AnswerSupport(Builder b) {
        this.lexicon = b.lexicon;
        this.minimumCoverage = b.minimumCoverage;
        this.allowedMissingTerms = b.allowedMissingTerms;
    }

    /** @return a checker with the standard lexicon and threshold */
    public static AnswerSupport standard() {
        return builder().build();
    }

    /** @return a builder: the standard lexicon and threshold */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks an answer against its sources.
     *
     * @param answer the answer
     * @param sources the texts it may rest on (the cited clauses, whole)
     * @return one entry per sentence of the answer; an empty answer gives an empty, unsupported report
     * @throws NullPointerException if an argument or source is {@code null}
     */
    public SupportReport check(String answer, List<String> sources) {
        Objects.requireNonNull(answer, "answer");
        List<Source> src = new ArrayList<>();
        for (String s : Objects.requireNonNull(sources, "sources")) {
            src.add(new Source(Objects.requireNonNull(s, "source"), lexicon));
        }
        String evidence = KeyTerms.fold(String.join("\n", sources));
        List<NumberMentions.Mention> sourceNumbers = new ArrayList<>();
        src.forEach(s -> sourceNumbers.addAll(NumberMentions.of(s.text)));
        Modality.Kind[] answerKinds = kinds(answer, lexicon);
        List<SentenceSupport> out = new ArrayList<>();
        for (Sentences.Span sentence : Sentences.split(answer)) {
            out.add(sentence(answer, sentence, answerKinds, src, evidence, sourceNumbers));
        }
        return new SupportReport(out);
    }

    private SentenceSupport sentence(String answer, Sentences.Span s, Modality.Kind[] answerKinds, List<Source> src,
            String evidence, List<NumberMentions.Mention> sourceNumbers) {
        int offset = answer.indexOf(s.text(), s.start());
        offset = offset < 0 ? s.start() : offset;
        List<KeyTerms.Term> terms = KeyTerms.of(s.text(), lexicon);
        Set<String> missing = new LinkedHashSet<>();
        double covered = 0;
        double total = 0;
        int missingKeyTerms = 0;
        for (KeyTerms.Term t : terms) {
            double m = Coverage.of(t.text(), evidence, lexicon);
            covered += t.weight() * m;
            total += t.weight();
            if (m < 1) {
                missing.add(t.text());
                missingKeyTerms += t.weight() >= 1 || enumerated(s.text(), t) ? 1 : 0;
            }
        }
        double coverage = total == 0 ? 1 : covered / total;
        boolean unsupportedPart = false;
        for (Sentences.Span part : Sentences.clauses(s.text())) {
            double w = 0;
            double c = 0;
            for (KeyTerms.Term t : terms) {
                if (t.start() >= part.start() && t.end() <= part.end()) {
                    w += t.weight();
                    c += t.weight() * Coverage.of(t.text(), evidence, lexicon);
                }
            }
            unsupportedPart |= w >= 1.5 && c == 0;
        }
        List<String> numbers = new ArrayList<>();
        for (NumberMentions.Mention m : NumberMentions.of(s.text())) {
            if (!m.once() && sourceNumbers.stream().noneMatch(m::statedBy)) {
                numbers.add(m.text());
            }
        }
        List<String> conflicts = new ArrayList<>();
        for (KeyTerms.Term t : terms) {
            if (t.weight() < 1) {
                continue; // a generic word or a single character is not what a statement turns on
            }
            Modality.Kind said = answerKinds[Math.min(answerKinds.length - 1, offset + t.start())];
            Set<Modality.Kind> sourceSays = EnumSet.noneOf(Modality.Kind.class);
            for (Source x : src) {
                x.kindsOf(t.text(), lexicon, sourceSays);
            }
            if (!sourceSays.isEmpty() && sourceSays.stream().noneMatch(k -> Modality.agree(said, k))) {
                List<String> labels = sourceSays.stream().map(Modality::label).toList();
                conflicts.add(t.text() + "（回答：" + Modality.label(said) + "，条款：" + String.join("/", labels) + "）");
            }
        }
        boolean supported = coverage >= minimumCoverage && missingKeyTerms <= allowedMissingTerms && !unsupportedPart
                && numbers.isEmpty() && conflicts.isEmpty();
        return new SentenceSupport(s.text(), offset, offset + s.text().length(), supported, Math.min(1, coverage),
                List.copyOf(missing), numbers, conflicts);
    }

    /** Whether a term is an item of an enumeration (猫、犬、兔): an item is what is said, however short. */
    private static boolean enumerated(String sentence, KeyTerms.Term t) {
        return t.start() > 0 && sentence.charAt(t.start() - 1) == '、'
                || t.end() < sentence.length() && sentence.charAt(t.end()) == '、';
    }

    /** The class of statement at every character of a text (that of the word standing there). */
    private static Modality.Kind[] kinds(String text, AnswerLexicon lexicon) {
        Modality.Kind[] at = new Modality.Kind[text.length() + 1];
        java.util.Arrays.fill(at, Modality.Kind.POSITIVE);
        for (Modality.Governed g : Modality.of(text, KeyTerms.tokens(text, lexicon), lexicon)) {
            for (int i = g.start(); i < g.end(); i++) {
                at[i] = g.kind();
            }
        }
        return at;
    }

    /** A source with the class of statement at each character. */
    private static final class Source {
        final String text;
        final Modality.Kind[] kinds;

        Source(String text, AnswerLexicon lexicon) {
            this.text = text;
            this.kinds = kinds(text, lexicon);
        }

        /** Adds what the source says of each occurrence of a word or its synonyms. */
        void kindsOf(String word, AnswerLexicon lexicon, Set<Modality.Kind> out) {
            List<String> forms = new ArrayList<>();
            forms.add(word);
            forms.addAll(lexicon.synonyms(word));
            for (String f : forms) {
                for (int at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
                    out.add(kinds[at]);
                }
            }
        }
    }

    /** Configures an {@link AnswerSupport}. Not thread-safe. */
    public static final class Builder {
        private AnswerLexicon lexicon = AnswerLexicon.standard();
        private double minimumCoverage = MINIMUM_COVERAGE;
        private int allowedMissingTerms = ALLOWED_MISSING_TERMS;

        private Builder() {
        }

        /**
         * @param terms how many key terms of a sentence (words that are neither generic nor single characters) the
         *     sources may lack and the sentence still be supported
         * @return this
         * @throws IllegalArgumentException if negative
         */
        public Builder allowedMissingTerms(int terms) {
            if (terms < 0) {
                throw new IllegalArgumentException("negative number of terms " + terms);
            }
            this.allowedMissingTerms = terms;
            return this;
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
         * @param share the least weighted share of a sentence's key terms the sources must cover, 0 to 1
         * @return this
         */
        public Builder minimumCoverage(double share) {
            this.minimumCoverage = share;
            return this;
        }

        /**
         * @return the checker
         * @throws IllegalArgumentException if the share is not within 0 to 1
         */
        public AnswerSupport build() {
            if (!(minimumCoverage >= 0 && minimumCoverage <= 1)) {
                throw new IllegalArgumentException("minimum coverage must be within 0..1, was " + minimumCoverage);
            }
            return new AnswerSupport(this);
        }
    }
}
