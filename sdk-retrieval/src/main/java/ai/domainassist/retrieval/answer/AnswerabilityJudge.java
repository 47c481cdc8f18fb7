package ai.domainassist.retrieval.answer;

import ai.domainassist.core.text.Sentences;
import ai.domainassist.core.text.Width;
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
 * {@link Answerability.Verdict#WEAK}, else {@link Answerability.Verdict#NOT_ANSWERED}. What the question asks must
 * stand there too: the act after the modal of a yes-no question (可以开发票吗), the thing measured by a question of
 * quantity (每年上涨多少) with a number; a part without them gets one grade lower (a weak verdict only when it rests on
 * the count of covered terms, not on their share), unless a part with them answers as well. A verb with another complement of result (分成, 分为) and two words contracted to their heads (收集…运输 as
 * 收运) count as covered. A light word of the lexicon (an adverb, pronoun, conjunction, measure word: 直接, 随便, 每年,
 * 这笔) weighs {@link #LIGHT}: everyday questions are full of them, and they say how something is asked, not what
 * about. A question of quantity that names the unit of its answer (几次, 罚款多少, 多少比例, 占多少分) is answered only
 * by a part that states a number in that unit; when no clause states one at all, the verdict is
 * {@link Answerability.Verdict#NOT_ANSWERED}. The standard thresholds
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
    /**
     * The coverage from which the clauses are on the question's subject though they do not answer it in its words: where
     * the verdict is {@link Answerability.Verdict#NOT_ANSWERED} but the coverage reaches this, a model's answer that says
     * the clauses answer the question, and whose every sentence its cited clauses support, may stand, flagged as resting
     * on the model's reading (埋掉 for 填埋, 泔水 for 餐厨垃圾). Below it (off-topic questions are, nearly all) the question
     * is declined whatever a model says. Chosen on the development questions of sdk-gov (docs/gov.md).
     */
    public static final double MODEL_JUDGED_FROM = 0.3;
    /** How many consecutive sentences of a clause the question's terms must meet in. */
    static final int WINDOW = 2;
    /** The weight of a light word (an adverb, pronoun, conjunction: 直接, 每年, 以外), below a generic word's 0.5. */
    static final double LIGHT = 0.25;
    /** The modals a yes-no question asks with (可以…吗, 能否, 是否需要). */
    private static final java.util.Set<String> ASKING_MODALS = java.util.Set.of("可以", "可不可以", "能不能", "能否",
            "可否", "能", "能够", "允许", "是否", "要不要", "需不需要", "会不会", "会");
    /** The modals that ask by themselves, without 吗 at the end. */
    private static final java.util.Set<String> INHERENT_YES_NO = java.util.Set.of("可不可以", "能不能", "能否", "可否",
            "是否", "要不要", "需不需要", "会不会");
    /** The question words of a quantity. */
    private static final java.util.Set<String> ASKING_QUANTITY = java.util.Set.of("多少", "多少钱", "几", "多久", "多长",
            "多长时间");
    private static final java.util.regex.Pattern YES_NO_END = java.util.regex.Pattern.compile("[吗么][？?。！!\\s]*$");
    private static final java.util.Set<String> QUANTITY_WORDS = java.util.Set.of("金额", "数额", "数量", "比例", "额度",
            "上限", "下限", "幅度", "标准");
    private static final String CLAUSE_ENDS = "，,。？?；;！!：:";
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
        List<KeyTerms.Term> focus = focus(question, terms, lexicon);
        boolean quantity = asksQuantity(question, lexicon);
        java.util.Set<String> unitsAsked = quantity ? expectedUnits(question) : java.util.Set.of();
        if (!unitsAsked.isEmpty() && clauses.stream().noneMatch(c -> states(c.quote(), unitsAsked))) {
            // a question of a quantity whose unit it names (罚款多少元, 占多少分, 比例是多少) that no clause states a number
            // of: the clauses name its things without the figure it asks for
            return new Answerability(Answerability.Verdict.NOT_ANSWERED, 0, 0, words, List.of(unitsNamed(unitsAsked)),
                    clauses.stream().map(c -> 0.0).toList());
        }
        List<Double> coverages = new ArrayList<>();
        int bestUnits = 0;
        boolean bestFocused = false;
        // the best part that also covers what the question asks (its focus), and its verdict
        double focused = -1;
        int focusedUnits = 0;
        int focusedClause = -1;
        List<String> focusedMissing = words;
        for (int i = 0; i < clauses.size(); i++) {
            Citation clause = clauses.get(i);
            double clauseBest = 0;
            String head = clause.title() + " " + String.join(" ", clause.headingPath()) + " ";
            for (String window : windows(clause.quote())) {
                String context = KeyTerms.fold(head + window);
                boolean asked = focus.stream().allMatch(t -> Coverage.of(t.text(), context, lexicon) >= 1)
                        && (!quantity || (unitsAsked.isEmpty() ? NumberMentions.of(window).stream().anyMatch(m -> !m.once())
                                : states(window, unitsAsked)));
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
                        bestFocused = asked;
                    }
                    if (asked && c > focused) {
                        focused = c;
                        focusedUnits = units[0];
                        focusedClause = i;
                        focusedMissing = missing;
                    }
                }
            }
            coverages.add(Math.min(1, clauseBest));
        }
        Answerability.Verdict v = verdict(best, bestUnits);
        if (!bestFocused) {
            // the best part names the question's things but not what it asks of them (可以开发票吗 against a clause
            // on 保险费 and 增值税): one grade lower, unless a part that has the asked words answers as well; a weak
            // verdict the share of covered terms carries (≥ weakAt) stays weak: only one that rests on the count of
            // covered terms alone falls (the asked act paraphrased, 赔偿 for 给付, must not silence a clause that
            // covers most of the question)
            Answerability.Verdict capped = v == Answerability.Verdict.ANSWERED ? Answerability.Verdict.WEAK
                    : v == Answerability.Verdict.WEAK && best >= weakAt ? Answerability.Verdict.WEAK
                    : Answerability.Verdict.NOT_ANSWERED;
            Answerability.Verdict other = focusedClause < 0 ? Answerability.Verdict.NOT_ANSWERED
                    : verdict(focused, focusedUnits);
            if (!unitsAsked.isEmpty()) {
                // the figure asked in a unit it names (罚款多少钱) must be stated where the question's words are: a
                // part without it does not answer, however many of the words it has
                capped = Answerability.Verdict.NOT_ANSWERED;
            }
            if (other.compareTo(capped) < 0) {
                return new Answerability(other, Math.min(1, Math.max(0, focused)), focusedClause, words, focusedMissing,
                        coverages);
            }
            v = capped;
        }
        return new Answerability(v, Math.min(1, Math.max(0, best)), bestClause, words, bestMissing, coverages);
    }

    private Answerability.Verdict verdict(double coverage, int units) {
        return coverage >= answeredAt ? Answerability.Verdict.ANSWERED
                : coverage >= weakAt || weakFromTerms > 0 && units >= weakFromTerms ? Answerability.Verdict.WEAK
                : Answerability.Verdict.NOT_ANSWERED;
    }

    /**
     * What a question asks, as against what it names: for a yes-no question on a modal (可以开发票吗, 能转为个人保单吗,
     * 是否需要备案) the key terms after the modal in its clause, the act asked about; for a question of quantity
     * (每年上涨多少, 手续费是多少) the key term right before the question word, the thing measured. Generic words
     * and single characters are left out (they name no act of their own). A clause that has the question's other
     * words but not these names the same things without answering the question.
     */
    static List<KeyTerms.Term> focus(String question, List<KeyTerms.Term> terms, AnswerLexicon lexicon) {
        List<KeyTerms.Token> tokens = KeyTerms.questionWordsApart(KeyTerms.tokens(question, lexicon), lexicon);
        List<KeyTerms.Term> out = new ArrayList<>();
        boolean yesNo = YES_NO_END.matcher(question).find();
        for (KeyTerms.Token t : tokens) {
            if (ASKING_MODALS.contains(t.text()) && (yesNo || INHERENT_YES_NO.contains(t.text()))) {
                int end = clauseEnd(question, t.end());
                for (KeyTerms.Term term : terms) {
                    if (term.start() >= t.end() && term.end() <= end && term.weight() >= 1
                            && !lexicon.isLight(term.text())) {
                        out.add(term);
                    }
                }
                return out;
            }
            if (ASKING_QUANTITY.contains(t.text())) {
                int start = clauseStart(question, t.start());
                KeyTerms.Term before = null;
                for (KeyTerms.Term term : terms) {
                    if (term.end() <= t.start() && term.start() >= start && !quantityWord(term.text())
                            && !lexicon.isLight(term.text())) {
                        before = term;
                    }
                }
                if (before != null && before.weight() >= 1) {
                    out.add(before);
                }
                return out;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern MEASURED = java.util.regex.Pattern.compile(
            "(?<!哪)(?:几|多少)[十百千万]*(个月|个工作日|工作日|小时|分钟|钟头|块钱|块|元|钱|次|趟|回|遍|天|日|年|月|周|岁|人|名|户|项|类|种|级|倍|度|分|点|米|公里)");
    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile(
            "(罚款|罚|费|钱|价|金额|保额|工资|补贴|资金|经费|津贴|保险金|赔偿金)[^，,。？?；;]{0,6}(几|多少)");
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile("比例|比率|百分之(?:几|多少)|百分比|百分点|几成");

    /**
     * The units a question of quantity asks its number in, from the measure word after its question word (几次, 多少元,
     * 几个月, 占多少分), a word of a share (比例, 百分之几) or of money before it (罚款多少, 服务费最多收多少: an amount or
     * a share of one): the answer states a number in one of them. Empty when the question does not say (多久 is
     * answered by 及时 or 以保险单载明为准 as well as by a number; 哪几种 asks which ones, not how many).
     */
    static java.util.Set<String> expectedUnits(String question) {
        java.util.regex.Matcher m = MEASURED.matcher(question);
        if (m.find()) {
            return switch (m.group(1)) {
                case "个月", "月" -> java.util.Set.of("个月", "月");
                case "个工作日", "工作日" -> java.util.Set.of("个工作日", "工作日");
                case "小时", "钟头" -> java.util.Set.of("小时");
                case "块钱", "块", "元", "钱" -> java.util.Set.of("元");
                case "次", "趟", "回", "遍" -> java.util.Set.of("次");
                case "天", "日" -> java.util.Set.of("日", "工作日", "个工作日");
                case "岁" -> java.util.Set.of("周岁");
                case "人", "名" -> java.util.Set.of("人");
                case "类", "种" -> java.util.Set.of("类");
                default -> java.util.Set.of(m.group(1));
            };
        }
        if (SHARE.matcher(question).find()) {
            return java.util.Set.of("%");
        }
        if (MONEY.matcher(question).find()) {
            return java.util.Set.of("元", "%"); // 每年领多少钱: 账户价值的10%
        }
        return java.util.Set.of();
    }

    /** Whether a text states a number in one of the units. */
    private static boolean states(String text, java.util.Set<String> units) {
        return NumberMentions.of(text).stream().anyMatch(n -> units.contains(n.unit()));
    }

    private static String unitsNamed(java.util.Set<String> units) {
        return units.contains("元") ? "金额" : units.contains("%") ? "比例" : "以" + units.iterator().next() + "计的数字";
    }

    /** Whether a question asks for a quantity (多少, 几, 多久, 多长): its answer states a number. */
    static boolean asksQuantity(String question, AnswerLexicon lexicon) {
        return KeyTerms.questionWordsApart(KeyTerms.tokens(question, lexicon), lexicon).stream()
                .anyMatch(t -> ASKING_QUANTITY.contains(t.text()));
    }

    /** A word that says which figure is asked (最高, 最早, 金额), not what is measured: 服务费最高多少 asks of 服务费. */
    private static boolean quantityWord(String w) {
        return w.length() == 2 && w.charAt(0) == '最' || QUANTITY_WORDS.contains(w);
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int clauseStart(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
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
        boolean[] abbreviated = abbreviated(terms, context);
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
            double m = abbreviated[i] ? 1 : Coverage.of(t.text(), context, lexicon);
            double w = (lexicon.isLight(t.text()) ? Math.min(LIGHT, t.weight()) : t.weight()) * specificity[all.indexOf(t)];
            covered += w * m;
            total += w;
            if (m < 1) {
                if (!lexicon.isLight(t.text())) {
                    missing.add(t.text()); // what the clauses lack; a light word (一点, 每个) is weighed, not named
                }
            } else if (t.weight() >= 1 && !lexicon.isLight(t.text())) {
                units[0]++;
            }
            i++;
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * The terms the text has in a contracted form: two terms of the question, of two or more characters each and at
     * most one term apart, whose first characters stand together in the text (收集…运输 as 收运, 医疗保险 as 医保,
     * 混装…混运 as 混运): Chinese shortens a pair of words to their heads.
     */
    private boolean[] abbreviated(List<KeyTerms.Term> terms, String context) {
        boolean[] out = new boolean[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            String a = terms.get(i).text();
            for (int j = i + 1; j < Math.min(terms.size(), i + 3); j++) {
                String b = terms.get(j).text();
                if (a.length() >= 2 && b.length() >= 2 && Width.isHan(a.charAt(0)) && Width.isHan(b.charAt(0))
                        && Coverage.of(a, context, lexicon) < 1 && Coverage.of(b, context, lexicon) < 1
                        && context.contains(KeyTerms.fold(a.substring(0, 1) + b.charAt(0)))) {
                    out[i] = true;
                    out[j] = true;
                }
            }
        }
        return out;
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
