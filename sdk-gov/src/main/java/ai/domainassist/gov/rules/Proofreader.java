package ai.domainassist.gov.rules;

import ai.domainassist.core.grounding.Origin;
import ai.domainassist.gov.model.ProofreadSuggestion;
import ai.domainassist.gov.rules.internal.CharNgramModel;
import ai.domainassist.gov.rules.internal.CompletionIndex;
import ai.domainassist.gov.rules.internal.ConfusionCorrector;
import ai.domainassist.gov.rules.internal.ConfusionSets;
import ai.domainassist.gov.rules.internal.ContextRules;
import ai.domainassist.gov.rules.internal.DataFiles;
import ai.domainassist.gov.rules.internal.DomainDetector;
import ai.domainassist.gov.rules.internal.PinyinWords;
import ai.domainassist.gov.rules.internal.ScoringWeights;
import ai.domainassist.gov.rules.internal.TermList;
import ai.domainassist.gov.rules.internal.WordFrequencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds wrong characters and words (错别字) in Chinese text and proposes corrections with positions.
 *
 * <p>What it may suggest depends on the text's {@link TextDomain}, stated by the caller or told by
 * {@link #detect(String)}. Three sources of suggestions:
 * <ol>
 *   <li>a word-pair lexicon of wrong forms matched exactly (异形词, from {@code proofreading/word-pairs.tsv}
 *       plus the caller's pairs), in every domain;</li>
 *   <li>context rules for real-word confusions (截止/截至, 以至/以致, 权利/权力 ...,
 *       {@code proofreading/context-rules.tsv}), each in the domains it is safe in;</li>
 *   <li>for official and legal text only, a statistical corrector: for each character the candidates are its homophones, fuzzy
 *       homophones and look-alikes ({@code proofreading/pinyin.tsv}, {@code fuzzy-pinyin.tsv},
 *       {@code visual.tsv}) and the confusions seen in official documents
 *       ({@code proofreading/confusions.tsv}); for each span of two to four characters, the words of
 *       {@code proofreading/words.tsv} with the same pinyin. Each candidate is judged in context by a
 *       character 4-gram language model of official text (Kneser-Ney, estimated when the data load
 *       from {@code proofreading/lm-sentences.txt}, {@code lm-titles.txt} and {@code lm-phrases.txt})
 *       and by the best word segmentation of its window; it is proposed when its weighted gain
 *       ({@code proofreading/scoring.tsv}, tuned by cross-validation on the training part of
 *       csc-odw-train) passes the threshold. It never changes a legal term
 *       ({@code proofreading/terms-legal.txt}) or a medical term of three or more characters
 *       ({@code proofreading/terms-medical.txt}).</li>
 * </ol>
 * The text is read line by line; suggestions never overlap and never change the text.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the data once per JVM (about 100,000 words
 * and the language model's tables: some two seconds and 90 MB of heap on a 2-core machine).
 */
public final class Proofreader {
    private static volatile Proofreader standard;

    /** Medical terms shorter than this are not protected in official text (they cost recall there). */
    private static final int PROTECTED_MEDICAL_LENGTH = 3;

    private final ConfusionCorrector corrector;
    private final Map<String, String> wordPairs;
    private final ContextRules contextRules;
    private final TermList protectedTerms;
    private final DomainDetector detector;

    private Proofreader(ConfusionCorrector corrector, Map<String, String> wordPairs, ContextRules contextRules,
            TermList protectedTerms, DomainDetector detector) {
        this.corrector = corrector;
        this.wordPairs = wordPairs;
        this.contextRules = contextRules;
        this.protectedTerms = protectedTerms;
        this.detector = detector;
    }

    /**
     * The proofreader built from the shipped data files.
     *
     * @return the shared instance
     * @throws IllegalStateException if a data file is missing or malformed (a packaging error)
     */
    public static Proofreader standard() {
        Proofreader p = standard;
        if (p == null) {
            synchronized (Proofreader.class) {
                p = standard;
                if (p == null) {
                    p = load();
                    standard = p;
                }
            }
        }
        return p;
    }

    /**
     * A proofreader with the shipped data plus the caller's own wrong-to-right word pairs (an
     * office's list of frequent mistakes), which take precedence.
     *
     * @param extraPairs wrong form to right form
     * @return a new proofreader
     * @throws NullPointerException if the map is {@code null}
     */
    public Proofreader withWordPairs(Map<String, String> extraPairs) {
        Objects.requireNonNull(extraPairs, "extraPairs");
        Map<String, String> m = new LinkedHashMap<>(wordPairs);
        m.putAll(extraPairs);
        return new Proofreader(corrector, Map.copyOf(m), contextRules, protectedTerms, detector);
    }

    private static Proofreader load() {
        List<String> wl = new ArrayList<>();
        List<String> lines = DataFiles.lines("proofreading/words.tsv");
        int[] f = new int[lines.size()];
        Map<Character, Integer> single = new HashMap<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("words.tsv: bad line " + line);
            }
            String w = line.substring(0, tab);
            int v = Integer.parseInt(line.substring(tab + 1).strip());
            f[wl.size()] = v;
            wl.add(w);
            if (w.length() == 1) {
                single.put(w.charAt(0), v);
            }
        }
        List<String> pinyin = DataFiles.lines("proofreading/pinyin.tsv");
        ConfusionSets sets = ConfusionSets.build(pinyin, DataFiles.lines("proofreading/fuzzy-pinyin.tsv"),
                DataFiles.lines("proofreading/visual.tsv"), DataFiles.lines("proofreading/confusions.tsv"),
                ch -> single.getOrDefault(ch, 0));
        List<String> corpus = new ArrayList<>(DataFiles.lines("proofreading/lm-sentences.txt"));
        corpus.addAll(DataFiles.lines("proofreading/lm-titles.txt"));
        corpus.addAll(DataFiles.lines("proofreading/lm-phrases.txt"));
        List<String> common = new ArrayList<>();
        for (int k = 0; k < wl.size(); k++) {
            if (f[k] >= ConfusionCorrector.COMMON_WORD) {
                common.add(wl.get(k));
            }
        }
        ConfusionCorrector corrector = new ConfusionCorrector(new WordFrequencies(wl, f), new CompletionIndex(wl),
                new CompletionIndex(common), CharNgramModel.estimate(corpus), sets, new PinyinWords(pinyin, wl),
                ScoringWeights.parse(DataFiles.lines("proofreading/scoring.tsv")));
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : DataFiles.lines("proofreading/word-pairs.tsv")) {
            String[] c = line.split("\t");
            pairs.put(c[0], c[1]);
        }
        List<String> medicalLines = DataFiles.lines("proofreading/terms-medical.txt");
        List<String> legalLines = DataFiles.lines("proofreading/terms-legal.txt");
        TermList legal = TermList.parse(legalLines, 2);
        TermList protectedTerms = legal.and(TermList.parse(medicalLines, PROTECTED_MEDICAL_LENGTH));
        DomainDetector detector = new DomainDetector(DataFiles.lines("proofreading/domain-medical.txt"), corpus,
                legal, DataFiles.lines("proofreading/legal-markers.txt"));
        return new Proofreader(corrector, Map.copyOf(pairs),
                ContextRules.parse(DataFiles.lines("proofreading/context-rules.tsv")), protectedTerms, detector);
    }

    /**
     * Tells the domain of a text: {@link TextDomain#MEDICAL} when its character pairs are much likelier
     * in medical sentences than in official documents, {@link TextDomain#LEGAL} when it has legal
     * terms or marks (article numbers, 本法, 人民法院 ...), otherwise {@link TextDomain#OFFICIAL}.
     * {@link TextDomain#GENERAL} is never detected; a caller states it.
     *
     * @param text the text
     * @return its domain
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public TextDomain detect(String text) {
        Objects.requireNonNull(text, "text");
        return TextDomain.valueOf(detector.detect(text));
    }

    /**
     * Checks a text of the domain {@link #detect(String)} tells.
     *
     * @param text the text
     * @return the suggestions in text order; each replaces exactly {@code [start, end)} of the text
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public List<ProofreadSuggestion> check(String text) {
        return check(text, detect(text));
    }

    /**
     * Checks a text of a known domain with what is safe there (see {@link TextDomain}).
     *
     * @param text the text
     * @param domain what the text is
     * @return the suggestions in text order; each replaces exactly {@code [start, end)} of the text
     * @throws NullPointerException if an argument is {@code null}
     */
    public List<ProofreadSuggestion> check(String text, TextDomain domain) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(domain, "domain");
        List<ProofreadSuggestion> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Map.Entry<String, String> e : wordPairs.entrySet()) {
            int at = text.indexOf(e.getKey());
            while (at >= 0) {
                int end = at + e.getKey().length();
                out.add(new ProofreadSuggestion(at, end, e.getKey(), e.getValue(), "异形词或易错词，规范写法为“"
                        + e.getValue() + "”", 0.95, Origin.RULES));
                for (int k = at; k < end; k++) {
                    taken[k] = true;
                }
                at = text.indexOf(e.getKey(), end);
            }
        }
        contextRules(text, domain, taken, out);
        if (domain.usesOfficialModel()) {
            correct(text, taken, out);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The context rules safe in the domain, on positions no word pair took; marks theirs taken. */
    private void contextRules(String text, TextDomain domain, boolean[] taken, List<ProofreadSuggestion> out) {
        for (ContextRules.Match m : contextRules.find(text, domain.name())) {
            boolean free = true;
            for (int k = m.start(); k < m.end() && free; k++) {
                free = !taken[k];
            }
            if (!free) {
                continue;
            }
            // the changed characters only (截止 -> 截至 suggests 止 -> 至), as the corrector's suggestions
            int a = m.start();
            int b = m.end();
            String rep = m.rule().replacement();
            if (rep.length() == b - a) {
                while (a < b && text.charAt(a) == rep.charAt(a - m.start())) {
                    a++;
                }
                while (b > a && text.charAt(b - 1) == rep.charAt(b - 1 - m.start())) {
                    b--;
                }
                rep = rep.substring(a - m.start(), b - m.start());
            }
            if (a == b) {
                continue;
            }
            out.add(new ProofreadSuggestion(a, b, text.substring(a, b), rep, m.rule().reason(), 0.9, Origin.RULES));
            for (int k = m.start(); k < m.end(); k++) {
                taken[k] = true;
            }
        }
    }

    /** The statistical corrector, line by line, never touching a taken position or a protected term. */
    private void correct(String text, boolean[] taken, List<ProofreadSuggestion> out) {
        boolean[] blocked = taken.clone();
        protectedTerms.cover(text, 0, text.length(), blocked);
        int from = 0;
        while (from < text.length()) {
            int to = from;
            while (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
                to++;
            }
            if (to > from) {
                for (ConfusionCorrector.Edit e : corrector.correct(text, from, to, blocked)) {
                    suggest(e, out);
                }
            }
            from = to + 1;
        }
    }

    /** One suggestion per run of changed characters of an edit (a word edit may keep some). */
    private void suggest(ConfusionCorrector.Edit e, List<ProofreadSuggestion> out) {
        String reason;
        if (e.kind() == null) {
            reason = "同音词，疑为“" + e.replacement() + "”";
        } else if (e.learned() > 0) {
            reason = "公文常见错字，疑为“" + e.replacement() + "”";
        } else {
            reason = switch (e.kind()) {
                case HOMOPHONE -> "同音字";
                case FUZZY -> "近音字";
                case VISUAL1, VISUAL2 -> "形近字";
                case CONFUSION -> "公文常见错字";
                case COMPLETION -> "错字";
            } + "，疑为“" + e.replacement() + "”";
        }
        double confidence = Math.min(0.99, 0.5 + e.margin() / 20);
        String o = e.original();
        String r = e.replacement();
        int k = 0;
        while (k < o.length()) {
            if (o.charAt(k) == r.charAt(k)) {
                k++;
                continue;
            }
            int end = k;
            while (end < o.length() && o.charAt(end) != r.charAt(end)) {
                end++;
            }
            out.add(new ProofreadSuggestion(e.start() + k, e.start() + end, o.substring(k, end), r.substring(k, end),
                    reason, confidence, Origin.RULES));
            k = end;
        }
    }
}
