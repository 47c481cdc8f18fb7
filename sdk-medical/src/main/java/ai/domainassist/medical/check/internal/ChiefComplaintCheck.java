package ai.domainassist.medical.check.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.check.RecordCheck;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.internal.Lexicons;
import ai.domainassist.medical.rules.internal.OnsetParser;
import ai.domainassist.medical.rules.internal.TermMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 主诉 rule of 《病历书写基本规范》 practice: the main symptom(s) and their duration, at most 20
 * characters, not a diagnosis or a test result unless the patient has no symptom. Thread-safe.
 */
public final class ChiefComplaintCheck implements RecordCheck {
    /** The longest 主诉 allowed. */
    public static final int MAX_CHARS = 20;

    private final Lexicons lexicons;
    private final OnsetParser onsets = new OnsetParser();

    /**
     * @param lexicon the lexicon that tells diagnoses and tests
     */
    public ChiefComplaintCheck(TermLexicon lexicon) {
        this.lexicons = new Lexicons(lexicon);
    }

    @Override
    public List<ReviewFlag> check(OutpatientRecord record, Transcript transcript) {
        List<ReviewFlag> out = new ArrayList<>();
        Optional<Grounded<String>> cc = record.chiefComplaint();
        if (cc.isEmpty()) {
            return out;
        }
        String text = cc.get().value().strip();
        String field = Section.CHIEF_COMPLAINT.key();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CHARS) {
            out.add(ReviewFlag.of(ReviewFlag.Kind.POLICY, field, "主诉" + length + "字，超过" + MAX_CHARS + "字",
                    cc.get().evidence()));
        }
        String folded = TermMatcher.fold(text);
        if (onsets.find(folded, 0, folded.length()).isEmpty()) {
            out.add(ReviewFlag.of(ReviewFlag.Kind.POLICY, field, "主诉缺少症状持续时间", cc.get().evidence()));
        }
        boolean hasSymptoms = record.symptoms().stream().anyMatch(s -> s.value().status() == SymptomStatus.PRESENT
                || s.value().status() == SymptomStatus.RESOLVED);
        boolean symptomInText = false;
        for (TermMatcher.Match m : lexicons.main().find(folded, 0, folded.length())) {
            Category c = m.entry().category();
            if (c == Category.SYMPTOM || c == Category.SIGN) {
                symptomInText = true;
            }
            if (hasSymptoms && c == Category.DISEASE) {
                out.add(ReviewFlag.of(ReviewFlag.Kind.POLICY, field, "主诉应写症状及持续时间，不应写诊断名称“"
                        + text.substring(m.start(), m.end()) + "”", cc.get().evidence()));
            }
            if (hasSymptoms && c == Category.EXAM) {
                out.add(ReviewFlag.of(ReviewFlag.Kind.POLICY, field, "主诉不应写检查结果“"
                        + text.substring(m.start(), m.end()) + "”", cc.get().evidence()));
            }
        }
        if (hasSymptoms && !symptomInText && !mentionsRecordedSymptom(text, record)) {
            out.add(ReviewFlag.of(ReviewFlag.Kind.POLICY, field, "主诉未包含记录中的主要症状", cc.get().evidence()));
        }
        return out;
    }

    private static boolean mentionsRecordedSymptom(String text, OutpatientRecord record) {
        for (Grounded<Symptom> s : record.symptoms()) {
            if ((s.value().status() == SymptomStatus.PRESENT || s.value().status() == SymptomStatus.RESOLVED)
                    && text.contains(s.value().term())) {
                return true;
            }
        }
        return false;
    }
}
