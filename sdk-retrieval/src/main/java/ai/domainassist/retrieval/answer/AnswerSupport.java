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
 *       50,000,000元), and is stated of the same thing: a sentence of the sources that states it has the words of
 *       the answer's clause around it, and they do not stand beside another figure of the same unit instead
 *       (核心区每小时不超过10元，其他区域每小时不超过6元 does not support 核心区 at 6元);</li>
 *   <li>what it says of each word agrees with what the sources say of it: 应当 against 无需 or 可以, 不得 against
 *       可以, a negation against a plain statement (不承担 against 承担) are contradictions; a word the sources state
 *       only as denied (in a clause with 不得, 无需, 免除, 除外, or as an item of a list whose header denies,
 *       下列情形…不承担…：…跳伞…) must be denied in the sentence too;</li>
 *   <li>what it gives with 默认, 为准 or 视为 a clause of the sources gives with that word (默认为年领 does not support
 *       默认为月领).</li>
 * </ul>
 * The check reads words, numbers and the markers of obligation and negation; it is not a reasoner: a
 * contradiction in other words (以内 for 以外) passes. The
 * sources are what the caller trusts, typically the library clauses an answer cites, never the question.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnswerSupport {
    /** The standard minimum share of a sentence's key terms the sources must cover. */
    public static final double MINIMUM_COVERAGE = 0.7;
    /** Words that fix one choice among several: what an answer gives with them, a clause must give with them. */
    private static final List<String> CHOICE_MARKERS = List.of("默认", "为准", "视为");
    /** The marks that end a clause (not 、, which joins the items of one). */
    private static final String CLAUSE_MARKS = "，,；;。！？!?：:\n";
    /** The character pairs a sentence of the sources must share with an answer's to be the one it restates. */
    static final int CLOSE_PAIRS = 4;
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
        int reply = offset == 0 ? replyEnd(s.text()) : 0;
        // the words that must stand in the sources: not the opening reply's, nor, in a sentence that denies (不在保险责任内,
        // 不承担…责任), a register word the sources lack; one that affirms (承担…责任) must find its words there (what the
        // sources say of every word, allowed or denied, is compared below all the same)
        boolean denies = Modality.negative(KeyTerms.tokens(s.text(), lexicon));
        List<KeyTerms.Term> counted = terms.stream().filter(t -> t.end() > reply && !(denies
                && lexicon.isRegister(t.text()) && Coverage.of(t.text(), evidence, lexicon) < 1)).toList();
        for (KeyTerms.Term t : counted) {
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
            for (KeyTerms.Term t : counted) {
                if (t.start() >= part.start() && t.end() <= part.end()) {
                    w += t.weight();
                    c += t.weight() * Coverage.of(t.text(), evidence, lexicon);
                }
            }
            unsupportedPart |= w >= 1.5 && c == 0;
        }
        List<String> numbers = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (NumberMentions.Mention m : NumberMentions.of(s.text())) {
            if (!m.once() && sourceNumbers.stream().noneMatch(m::statedBy)) {
                numbers.add(m.text());
            } else if (!m.once() && !statedOfTheSame(s.text(), m, terms, src, evidence)) {
                conflicts.add(m.text() + "（条款中这个数字说的是别的事项）");
            }
        }
        conflicts.addAll(choicesElsewhere(s.text(), terms, src));
        boolean negativeAnswer = Modality.negative(KeyTerms.tokens(s.text(), lexicon));
        for (KeyTerms.Term t : terms) {
            if (!negativeAnswer && t.weight() >= 1 && src.stream().anyMatch(x -> x.has(t.text(), lexicon))
                    && src.stream().allMatch(x -> x.onlyDenied(t.text(), lexicon))) {
                conflicts.add(t.text() + "（回答：肯定，条款：否定或除外）");
            }
        }
        List<int[]> closest = closestSentences(s.text(), src);
        for (KeyTerms.Term t : terms) {
            if (t.weight() < 1) {
                continue; // a generic word or a single character is not what a statement turns on
            }
            Modality.Kind said = answerKinds[Math.min(answerKinds.length - 1, offset + t.start())];
            Set<Modality.Kind> sourceSays = EnumSet.noneOf(Modality.Kind.class);
            // what the sentence of the sources closest to the answer's says of the word, where it has the word: a word
            // a clause allows in one case and forbids in another (可以…向承租人赔偿; 未…赔偿的，不得向被保险人赔偿) is
            // judged by the case the answer states
            for (int[] c : closest) {
                src.get(c[0]).kindsOf(t.text(), lexicon, sourceSays, c[1], c[2]);
            }
            for (int k = 0; sourceSays.isEmpty() && k < src.size(); k++) {
                src.get(k).kindsOf(t.text(), lexicon, sourceSays, 0, src.get(k).text.length());
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

    /**
     * Where the short reply an answer opens with ends (能，不报，不管用了，: at most {@link #REPLY} characters before the
     * first comma of its first sentence), or 0: a reply echoes the question's own verb, yes or no, and what it says is
     * restated by the clause after it, which is checked; its words need not stand in the sources.
     */
    static int replyEnd(String sentence) {
        for (int i = 0; i < Math.min(sentence.length(), REPLY + 1); i++) {
            char c = sentence.charAt(i);
            if (c == '，' || c == ',') {
                return i;
            }
            if (!ai.domainassist.core.text.Width.isHan(c)) {
                return 0;
            }
        }
        return 0;
    }

    /** The longest opening reply of an answer, in characters (不管用了). */
    static final int REPLY = 4;

    /**
     * The sentences of the sources closest in wording to an answer's sentence: the highest Dice coefficient of their
     * character pairs, among those that share at least {@link #CLOSE_PAIRS}, as {source, start, end}; none when no
     * sentence shares that many.
     * Wording, not key terms alone: two sentences of a clause often name the same things (可以…向承租人赔偿保险金;
     * 未向承租人赔偿的，不得向被保险人赔偿保险金), and the answer's words tell which one it restates.
     */
    private static List<int[]> closestSentences(String sentence, List<Source> src) {
        Set<String> pairs = pairs(KeyTerms.fold(sentence));
        List<int[]> out = new ArrayList<>();
        double best = 0;
        for (int k = 0; k < src.size(); k++) {
            String text = src.get(k).text;
            for (Sentences.Span sp : Sentences.split(text)) {
                Set<String> theirs = pairs(KeyTerms.fold(sp.text()));
                int size = theirs.size();
                theirs.retainAll(pairs);
                if (theirs.size() < CLOSE_PAIRS) {
                    continue;
                }
                double dice = 2.0 * theirs.size() / (size + pairs.size());
                if (dice > best + 1e-9) {
                    best = dice;
                    out.clear();
                }
                if (Math.abs(dice - best) <= 1e-9) {
                    out.add(new int[] {k, sp.start(), sp.end()});
                }
            }
        }
        return out;
    }

    private static Set<String> pairs(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            out.add(text.substring(i, i + 2));
        }
        return out;
    }

    /**
     * Whether the sources state a number of the same thing the answer states it of: some sentence of theirs that
     * states the number (with the list it opens, and the source's first sentence, its title or lead-in) has the key terms
     * of the answer's clause around it (those the sources have at all; one in four may be missing). 月领 at 10 % where the sentence with 10 % is about 年领 is not supported.
     */
    private boolean statedOfTheSame(String sentence, NumberMentions.Mention m, List<KeyTerms.Term> terms, List<Source> src,
            String evidence) {
        int from = clauseBound(sentence, m.start(), -1);
        int to = clauseBound(sentence, m.end(), 1);
        List<String> around = new ArrayList<>();
        for (KeyTerms.Term t : terms) {
            if (t.start() >= from && t.end() <= to && t.weight() >= 1 && Coverage.of(t.text(), evidence, lexicon) >= 1) {
                around.add(t.text());
            }
        }
        int allowed = around.size() / 4;
        for (Source x : src) {
            List<Sentences.Span> sentences = Sentences.split(x.text);
            for (Sentences.Span sp : sentences) {
                boolean states = NumberMentions.of(sp.text()).stream().anyMatch(m::statedBy);
                if (!states) {
                    continue;
                }
                // the source's first sentence (its title or heading) is read with every sentence, unless it is this one
                // or gives a figure of the same kind itself
                String first = sentences.get(0).text();
                String lead = sp == sentences.get(0) || NumberMentions.of(first).stream().anyMatch(o -> o.unit().equals(m.unit()))
                        ? "" : first;
                String whole = x.text.substring(sp.start(), listEnd(x.text, sp));
                String folded = KeyTerms.fold(lead + " " + whole);
                long missing = around.stream().filter(w -> Coverage.of(w, folded, lexicon) < 1).count();
                if (missing <= allowed && !givenOfAnother(whole, lead, m, around)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words an answer's clause gives with a word that fixes one choice among several (默认为年领, 以附加合同的条款为准,
     * 视为未指定) and that no clause of the sources gives with that word: the sources name them, but not as the choice
     * (默认为月领 where 月领 is only the other way the clause names). Every key term of the clause counts here, single
     * characters too (主 of 主合同).
     */
    private List<String> choicesElsewhere(String sentence, List<KeyTerms.Term> terms, List<Source> src) {
        List<String> out = new ArrayList<>();
        for (String marker : CHOICE_MARKERS) {
            for (int at = sentence.indexOf(marker); at >= 0; at = sentence.indexOf(marker, at + 1)) {
                int from = clauseBound(sentence, at, -1);
                int to = clauseBound(sentence, at, 1);
                List<String> given = new ArrayList<>();
                for (KeyTerms.Term t : terms) {
                    if (t.start() >= from && t.end() <= to && !t.text().contains(marker) && !marker.contains(t.text())) {
                        given.add(t.text());
                    }
                }
                if (given.isEmpty()) {
                    continue;
                }
                boolean found = false;
                for (Source x : src) {
                    for (String clause : x.clauses) {
                        if (clause.contains(marker)) {
                            String folded = KeyTerms.fold(clause);
                            found |= given.stream().allMatch(w -> Coverage.of(w, folded, lexicon) >= 1);
                        }
                    }
                }
                if (!found && src.stream().anyMatch(x -> x.text.contains(marker))) {
                    out.add(String.join("", given) + "（条款中“" + marker + "”说的不是它）");
                }
            }
        }
        return out;
    }

    /**
     * Whether a sentence that states the number states it of something else than the answer's words: one of them stands
     * not in the number's own clause (nor in the sentence's first clause, its subject, nor in the source's lead) but in
     * another clause with another number of the same unit (核心区每小时不超过10元，其他区域每小时不超过6元: 6元 is not
     * 核心区's). A number without a unit is not checked so (2至10级, 见8.3).
     */
    private boolean givenOfAnother(String sentence, String lead, NumberMentions.Mention m, List<String> around) {
        List<String> clauses = clauseSpans(sentence).stream().map(c -> sentence.substring(c[0], c[1])).toList();
        if (clauses.size() < 2 || m.unit().isEmpty()) {
            return false;
        }
        // the sentence's first clause is its lead-in (收费标准如下, 核心区…) unless it gives a figure of the same kind itself:
        // then it is a sibling statement (男性…不得早于60周岁，女性…不得早于55周岁), read like the others
        String first = clauses.get(0);
        boolean firstIsLead = NumberMentions.of(first).stream().noneMatch(o -> o.unit().equals(m.unit()));
        StringBuilder near = new StringBuilder(lead).append(' ').append(firstIsLead ? first : "");
        List<String> others = new ArrayList<>();
        for (String c : clauses) {
            List<NumberMentions.Mention> ns = NumberMentions.of(c);
            if (ns.stream().anyMatch(m::statedBy)) {
                near.append(' ').append(c);
            } else if (ns.stream().anyMatch(o -> o.unit().equals(m.unit()))) {
                others.add(KeyTerms.fold(c));
            }
        }
        String nearFolded = KeyTerms.fold(near.toString());
        for (String w : around) {
            if (Coverage.of(w, nearFolded, lexicon) < 1 && others.stream().anyMatch(o -> Coverage.of(w, o, lexicon) >= 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a sentence of a source, or of the list it opens: 可选择以下5类交通工具…：A类…；B类…。 states 5类 of the
     * whole list, whose items the sentences after it (up to the full stop) are.
     */
    private static int listEnd(String text, Sentences.Span sp) {
        if (sp.text().indexOf('：') < 0 && sp.text().indexOf(':') < 0 || sp.text().endsWith("。")) {
            return sp.end();
        }
        int stop = text.indexOf('。', sp.end());
        return stop < 0 ? text.length() : stop + 1;
    }

    /** The clauses of a text as {start, end} pairs: between commas, semicolons, colons and sentence ends, none empty. */
    private static List<int[]> clauseSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The start (direction -1) or end (+1) of the clause around an offset: commas, semicolons and sentence ends. */
    private static int clauseBound(String text, int at, int direction) {
        if (direction < 0) {
            for (int i = at - 1; i >= 0; i--) {
                if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
            return 0;
        }
        for (int i = at; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
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
        /** Whether each character stands in a denied part: a clause with a negation, or an item of a negated list. */
        final boolean[] denied;
        /** Its clauses, between commas, semicolons, colons and sentence ends. */
        final List<String> clauses;

        Source(String text, AnswerLexicon lexicon) {
            this.text = text;
            this.kinds = kinds(text, lexicon);
            this.denied = denied(text, lexicon);
            this.clauses = clauseSpans(text).stream().map(c -> text.substring(c[0], c[1])).toList();
        }

        /** Whether the source has the word or one of its synonyms. */
        boolean has(String word, AnswerLexicon lexicon) {
            return forms(word, lexicon).stream().anyMatch(text::contains);
        }

        /** Whether every occurrence of the word (and its synonyms) stands in a denied part; true when there is none. */
        boolean onlyDenied(String word, AnswerLexicon lexicon) {
            for (String f : forms(word, lexicon)) {
                for (int at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
                    if (!denied[at]) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static List<String> forms(String word, AnswerLexicon lexicon) {
            List<String> forms = new ArrayList<>();
            forms.add(word);
            forms.addAll(lexicon.synonyms(word));
            return forms;
        }

        /**
         * The denied parts of a text: the words a negation governs, each clause (between commas, semicolons, colons and
         * sentence ends) with a prohibition or an exclusion of its own (宠物…机构所有或管理的宠物不得作为被保险宠物: what
         * stands before 不得 is denied too), and every item of a list whose header (the text before a colon) denies (因下列情形之一…的，我们不承担…：
         * 8.1.1 …；8.1.9 …跳伞…。): what it lists is excluded, however plainly each item is written.
         */
        private static boolean[] denied(String text, AnswerLexicon lexicon) {
            boolean[] out = new boolean[text.length() + 1];
            Modality.Kind[] kinds = kinds(text, lexicon);
            for (int i = 0; i < text.length(); i++) {
                out[i] = kinds[i] == Modality.Kind.NEGATED || kinds[i] == Modality.Kind.FORBIDDEN
                        || kinds[i] == Modality.Kind.NOT_REQUIRED;
            }
            List<int[]> spans = clauseSpans(text);
            for (int k = 0; k < spans.size(); k++) {
                int[] c = spans.get(k);
                if (Modality.prohibits(KeyTerms.tokens(text.substring(c[0], c[1]), lexicon))) {
                    java.util.Arrays.fill(out, c[0], c[1], true);
                    // X的宠物，以及Y的宠物不得作为被保险宠物: a prohibition whose clause begins with a conjunction has the
                    // clauses before it, in the same sentence and joined the same way, for subject too
                    for (int j = k; j > 0 && coordinated(text, spans.get(j)) && sameSentence(text, spans.get(j - 1), spans.get(j)); j--) {
                        java.util.Arrays.fill(out, spans.get(j - 1)[0], spans.get(j - 1)[1], true);
                    }
                }
            }
            for (int colon = indexOfColon(text, 0); colon >= 0; colon = indexOfColon(text, colon + 1)) {
                int head = Math.max(text.lastIndexOf('。', colon), text.lastIndexOf('\n', colon)) + 1;
                if (!Modality.negative(KeyTerms.tokens(text.substring(head, colon), lexicon))) {
                    continue;
                }
                int end = text.indexOf('。', colon);
                java.util.Arrays.fill(out, colon, end < 0 ? text.length() : end, true);
            }
            return out;
        }

        /** Whether a clause begins with a conjunction that joins it to the one before (以及, 及, 和, 或者, 与). */
        private static boolean coordinated(String text, int[] clause) {
            String c = text.substring(clause[0], clause[1]).strip();
            return c.startsWith("以及") || c.startsWith("及") || c.startsWith("和") || c.startsWith("或者")
                    || c.startsWith("或") || c.startsWith("与") || c.startsWith("并且");
        }

        /** Whether two clauses, one after the other, stand in one sentence (no 。 or line break between them). */
        private static boolean sameSentence(String text, int[] before, int[] after) {
            for (int i = before[1]; i < after[0]; i++) {
                if ("。！？!?\n".indexOf(text.charAt(i)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        private static int indexOfColon(String text, int from) {
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == '：' || text.charAt(i) == ':') {
                    return i;
                }
            }
            return -1;
        }

        /** Adds what the source says of each occurrence of a word or its synonyms within [from, to). */
        void kindsOf(String word, AnswerLexicon lexicon, Set<Modality.Kind> out, int from, int to) {
            for (String f : forms(word, lexicon)) {
                for (int at = text.indexOf(f, from); at >= 0 && at + f.length() <= to; at = text.indexOf(f, at + 1)) {
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
