package ai.domainassist.medical.llm.internal;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.check.RecordChecks;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.internal.Dialogue;
import ai.domainassist.medical.rules.internal.Lexicons;
import ai.domainassist.medical.rules.internal.TermMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Combines the offline engine's record with a verified model draft, as ARCHITECTURE.md says: the
 * rules first, the model fills and improves, the checks judge both.
 * <ul>
 *   <li>A model section is taken only when every quote it gave is in the dialogue, every medical
 *       term it writes is said in its quotes or found by the rules, it does not deny what the patient
 *       reported (or the reverse), and the record checks raise nothing new against it (主诉 rule,
 *       diagnosis never said, contradictions). Otherwise it is flagged and the rules' section stands
 *       (hybrid: also where the model wrote nothing; model mode: only where the model's failed).</li>
 *   <li>Model symptoms and diagnoses whose quote is in the dialogue (and, for a diagnosis, that was
 *       said) are added to the rules' lists; others are flagged and left out.</li>
 * </ul>
 * Nothing the dialogue does not support enters the record. Thread-safe.
 */
public final class RecordMerger {
    private static final Set<Category> CHECKED_TERMS = EnumSet.of(Category.SYMPTOM, Category.SIGN, Category.DISEASE,
            Category.DRUG, Category.DRUG_CLASS, Category.EXAM);
    /** Not a measurement: the model's items have no measured precision (OutpatientRecord's class comment). */
    private static final double MODEL_CONFIDENCE = 0.5;

    private final Lexicons lexicons;
    private final RecordChecks checks;

    /**
     * @param lexicons the matchers that recognise medical terms in the model's text
     * @param checks the checks that judge candidate sections
     */
    public RecordMerger(Lexicons lexicons, RecordChecks checks) {
        this.lexicons = lexicons;
        this.checks = checks;
    }

    /**
     * The merged record and the flags about what of the model's answer was not used.
     *
     * @param record the record
     * @param flags the flags
     */
    public record Merged(OutpatientRecord record, List<ReviewFlag> flags) {
    }

    /**
     * Merges.
     *
     * @param mode HYBRID or MODEL
     * @param rules the offline record
     * @param draft the model's draft
     * @param verified the draft's quotes checked
     * @param transcript the dialogue
     * @param dialogue the dialogue as the rules prepared it (the assertion layer reads the quotes there)
     * @return the merged record and flags
     */
    public Merged merge(Mode mode, OutpatientRecord rules, RecordDraft draft, DraftVerifier.Verified verified,
                        Transcript transcript, Dialogue dialogue) {
        List<ReviewFlag> flags = new ArrayList<>();
        QuoteSupport support = new QuoteSupport(dialogue, rules);
        OutpatientRecord.Builder b = rules.toBuilder();
        if (mode == Mode.MODEL) {
            for (Section s : Section.values()) {
                if (!verified.sections().containsKey(s)) {
                    b.section(s, null);
                }
            }
        }
        Set<String> supported = supportedTerms(rules);
        Set<String> rulesFlags = new HashSet<>();
        for (ReviewFlag f : checks.check(rules, transcript)) {
            rulesFlags.add(key(f));
        }
        for (Map.Entry<Section, DraftVerifier.Checked> e : verified.sections().entrySet()) {
            Section s = e.getKey();
            DraftVerifier.Checked c = e.getValue();
            List<String> problems = problems(s, c, rules, rulesFlags, supported, transcript, support);
            if (problems.isEmpty()) {
                b.section(s, Grounded.byModel(c.text(), c.evidence(), MODEL_CONFIDENCE));
                continue;
            }
            boolean rulesStand = rules.section(s).isPresent();
            b.section(s, rules.section(s).orElse(null));
            flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.WARNING, s.key(), "模型写的" + s.title()
                    + "未通过核验（" + String.join("；", problems) + "），" + (rulesStand ? "已保留规则引擎的结果" : "未采用"),
                    c.evidence()));
        }
        b.symptoms(symptoms(draft, verified, rules, flags, support));
        b.diagnoses(diagnoses(draft, verified, rules, transcript, flags, support));
        return new Merged(b.build(), flags);
    }

    private static String key(ReviewFlag f) {
        return f.kind() + "|" + f.field() + "|" + f.message();
    }

    private List<String> problems(Section s, DraftVerifier.Checked c, OutpatientRecord rules, Set<String> rulesFlags,
                                  Set<String> supported, Transcript transcript, QuoteSupport support) {
        List<String> problems = new ArrayList<>();
        support.section(c.evidence()).ifPresent(problems::add);
        if (s == Section.DIAGNOSIS && !c.evidence().isEmpty()) {
            for (TermMatcher.Match m : matches(c.text())) {
                if (m.entry().category() == Category.DISEASE) {
                    support.diagnosis(m.entry().standards().get(0), c.evidence()).ifPresent(problems::add);
                }
            }
        }
        if ((s == Section.CHIEF_COMPLAINT || s == Section.PRESENT_ILLNESS) && !c.evidence().isEmpty()) {
            problems.addAll(unsupportedSymptoms(c, rules, support));
        }
        if (c.evidence().isEmpty() && c.missing().isEmpty()) {
            problems.add("没有给出对话原文");
        }
        for (String q : c.missing()) {
            problems.add(q.isBlank() ? "没有给出对话原文" : "引用“" + shorten(q) + "”不在对话中");
        }
        Set<String> quoted = new HashSet<>(supported);
        for (Evidence ev : c.evidence()) {
            transcript.utterance(ev.sourceId()).ifPresent(u -> quoted.addAll(terms(u.text())));
        }
        Set<String> unsupported = new LinkedHashSet<>();
        for (TermMatcher.Match m : matches(c.text())) {
            for (String t : m.entry().standards()) {
                if (!quoted.contains(t)) {
                    unsupported.add(c.text().substring(m.start(), m.end()));
                }
            }
        }
        for (String t : unsupported) {
            problems.add("“" + t + "”在对话中没有依据");
        }
        if (s == Section.CHIEF_COMPLAINT || s == Section.PRESENT_ILLNESS) {
            problems.addAll(statusConflicts(c.text(), rules));
        }
        OutpatientRecord candidate = rules.toBuilder().section(s, Grounded.byModel(c.text(), c.evidence(), MODEL_CONFIDENCE))
                .build();
        for (ReviewFlag f : checks.check(candidate, transcript)) {
            boolean about = f.field().equals(s.key());
            boolean judged = f.kind() == ReviewFlag.Kind.UNGROUNDED || f.kind() == ReviewFlag.Kind.POLICY
                    || f.kind() == ReviewFlag.Kind.CONFLICT || f.kind() == ReviewFlag.Kind.OUT_OF_RANGE;
            if (about && judged && !rulesFlags.contains(key(f)) && !f.message().startsWith("引用的证据")
                    && !f.message().startsWith("模型生成的内容")) { // both already said by the quote problems above
                problems.add(f.message());
            }
        }
        return problems;
    }

    /** The symptoms a 主诉 or 现病史 writes that neither the rules nor the section's quotes support (as written, or as denied). */
    private List<String> unsupportedSymptoms(DraftVerifier.Checked c, OutpatientRecord rules, QuoteSupport support) {
        List<String> out = new ArrayList<>();
        String folded = TermMatcher.fold(c.text());
        for (TermMatcher.Match m : matches(c.text())) {
            if (m.entry().category() != Category.SYMPTOM) {
                continue;
            }
            SymptomStatus status = deniedInText(folded, m.start()) ? SymptomStatus.ABSENT : SymptomStatus.PRESENT;
            for (String t : m.entry().standards()) {
                boolean rulesHave = rules.symptoms().stream().anyMatch(g -> (g.value().status() == status
                        || g.value().status() == SymptomStatus.RESOLVED) // had and over: said present, and absent now
                        && (g.value().term().equals(t) || g.value().term().contains(t) || t.contains(g.value().term())));
                if (!rulesHave) {
                    support.symptom(t, status, "", c.evidence()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** 无发热 written while the patient reported fever, or the reverse. */
    private List<String> statusConflicts(String text, OutpatientRecord rules) {
        Set<String> present = new HashSet<>();
        Set<String> absent = new HashSet<>();
        for (Grounded<Symptom> g : rules.symptoms()) {
            (g.value().status() == SymptomStatus.PRESENT ? present : g.value().status() == SymptomStatus.ABSENT ? absent
                    : new HashSet<String>()).add(g.value().term());
        }
        List<String> out = new ArrayList<>();
        String folded = TermMatcher.fold(text);
        for (TermMatcher.Match m : matches(text)) {
            if (m.entry().category() != Category.SYMPTOM) {
                continue;
            }
            boolean denied = deniedInText(folded, m.start());
            for (String t : m.entry().standards()) {
                if (denied && present.contains(t) && !absent.contains(t)) {
                    out.add("写为无“" + t + "”，但患者述有");
                } else if (!denied && absent.contains(t) && !present.contains(t)) {
                    out.add("写为有“" + t + "”，但患者否认");
                }
            }
        }
        return out;
    }

    private static boolean deniedInText(String folded, int at) {
        int clauseStart = at;
        while (clauseStart > 0 && "，。；;,.!！？?".indexOf(folded.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        String before = folded.substring(clauseStart, at);
        return before.startsWith("无") || before.startsWith("否认") || before.startsWith("未") || before.startsWith("没有")
                || before.startsWith("不伴") || before.endsWith("无") || before.endsWith("否认");
    }

    private List<Grounded<Symptom>> symptoms(RecordDraft draft, DraftVerifier.Verified verified, OutpatientRecord rules,
                                            List<ReviewFlag> flags, QuoteSupport support) {
        List<Grounded<Symptom>> out = new ArrayList<>(rules.symptoms());
        Set<String> known = new HashSet<>();
        for (Grounded<Symptom> g : rules.symptoms()) {
            known.add(g.value().term() + "|" + g.value().status());
        }
        for (int i = 0; i < draft.symptoms().size(); i++) {
            RecordDraft.SymptomDraft s = draft.symptoms().get(i);
            DraftVerifier.Checked c = verified.symptoms().get(i);
            String term = standard(s.term());
            if (term.isEmpty() || s.status() == null) {
                continue;
            }
            if (!c.verified()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.WARNING, "symptoms", "模型列出的症状“" + term
                        + "”在对话中找不到原文，未采用", List.of()));
                continue;
            }
            Optional<String> unsupported = support.symptom(term, s.status(), s.duration(), c.evidence());
            if (unsupported.isPresent()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.WARNING, "symptoms", "模型列出的症状“" + term
                        + "”：" + unsupported.get() + "，未采用", c.evidence()));
                continue;
            }
            if (known.add(term + "|" + s.status())) {
                Onset onset = s.duration() == null || s.duration().isBlank() ? Onset.UNKNOWN
                        : new Onset(s.duration().strip(), s.duration().strip(), 0);
                Symptom sym = new Symptom(term, c.evidence().get(0).quote(), s.status(), Attribution.STATED_BY_PATIENT, onset,
                        "", "", "");
                out.add(Grounded.byModel(sym, c.evidence(), MODEL_CONFIDENCE));
            }
        }
        return out;
    }

    private List<Grounded<Diagnosis>> diagnoses(RecordDraft draft, DraftVerifier.Verified verified, OutpatientRecord rules,
                                               Transcript transcript, List<ReviewFlag> flags, QuoteSupport support) {
        List<Grounded<Diagnosis>> out = new ArrayList<>(rules.diagnoses());
        Set<String> known = new HashSet<>();
        for (Grounded<Diagnosis> g : rules.diagnoses()) {
            known.add(g.value().term());
        }
        for (int i = 0; i < draft.diagnoses().size(); i++) {
            RecordDraft.DiagnosisDraft dx = draft.diagnoses().get(i);
            DraftVerifier.Checked c = verified.diagnoses().get(i);
            String term = standard(dx.term());
            if (term.isEmpty() || known.contains(term)) {
                continue;
            }
            boolean said = c.verified() && saidByQuote(term, c);
            if (!said) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, "diagnoses", "模型给出的诊断“" + term
                        + "”在对话中没有依据，未采用；医生未作此诊断", c.evidence()));
                continue;
            }
            Optional<String> unsupported = support.diagnosis(term, c.evidence());
            if (unsupported.isPresent()) {
                flags.add(new ReviewFlag(ReviewFlag.Kind.UNGROUNDED, Severity.ERROR, "diagnoses", "模型给出的诊断“" + term
                        + "”：" + unsupported.get() + "，未采用", c.evidence()));
                continue;
            }
            known.add(term);
            out.add(Grounded.byModel(new Diagnosis(term, dx.suspected() ? Diagnosis.Certainty.SUSPECTED
                    : Diagnosis.Certainty.CONFIRMED), c.evidence(), MODEL_CONFIDENCE));
        }
        return out;
    }

    /** The diagnosis term itself, or a spoken form of it, is in the quoted words. */
    private boolean saidByQuote(String term, DraftVerifier.Checked c) {
        for (Evidence e : c.evidence()) {
            if (e.quote().contains(term) || terms(e.quote()).contains(term)) {
                return true;
            }
        }
        return false;
    }

    private String standard(String term) {
        if (term == null || term.isBlank()) {
            return "";
        }
        String t = term.strip();
        return lexicons.lexicon().lookup(t).filter(e -> e.category() != Category.IGNORE).map(e -> e.standards().get(0))
                .orElse(t);
    }

    private List<TermMatcher.Match> matches(String text) {
        String folded = TermMatcher.fold(text);
        List<TermMatcher.Match> out = new ArrayList<>();
        for (TermMatcher.Match m : lexicons.main().find(folded, 0, folded.length())) {
            if (CHECKED_TERMS.contains(m.entry().category())) {
                out.add(m);
            }
        }
        return out;
    }

    private Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        for (TermMatcher.Match m : matches(text)) {
            out.addAll(m.entry().standards());
        }
        return out;
    }

    private Set<String> supportedTerms(OutpatientRecord r) {
        Set<String> out = new HashSet<>();
        r.symptoms().forEach(g -> out.add(g.value().term()));
        r.findings().forEach(g -> out.add(g.value().term()));
        r.medications().forEach(g -> {
            out.add(g.value().name());
            out.addAll(terms(g.value().mention()));
        });
        r.history().forEach(g -> out.add(g.value().condition()));
        r.familyHistory().forEach(g -> out.add(g.value().condition()));
        r.examinations().forEach(g -> out.add(g.value().name()));
        r.diagnoses().forEach(g -> out.add(g.value().term()));
        r.allergies().forEach(g -> out.add(g.value().substance()));
        for (Grounded<String> s : r.sections().values()) {
            out.addAll(terms(s.value()));
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
