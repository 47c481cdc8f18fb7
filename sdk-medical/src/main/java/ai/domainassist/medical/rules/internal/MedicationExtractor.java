package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.assertion.internal.Segmenter;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds medicines (names and classes from the lexicon), with dose and frequency where said, and
 * whether the patient took them before the visit (吃了布洛芬), takes them long-term (一直吃氨氯地平) or
 * the doctor prescribes them now (给你开点阿莫西林，一次一片，一天两次). Negated mentions (没吃药, 别吃
 * 布洛芬了) are not medications. Thread-safe.
 */
public final class MedicationExtractor {
    private static final String N = Numbers.NUMBER;
    private static final Pattern DOSE = Pattern.compile("(?:每次|一次)?\\s*(" + N + "|半)\\s*(MG|毫克|G|克|ML|毫升|片|粒|袋|包|支|丸|滴|喷|揿|单位|勺|瓶|颗|格)(?![A-Z])");
    private static final Pattern TIMES = Pattern.compile("(?:一天|每天|一日|每日)\\s*(" + N + ")\\s*次|早晚各(一)次|(BID|TID|QD|QID|QN)");
    private static final Pattern WHEN = Pattern.compile("必要时|需要的时候|烧的时候|疼的时候|睡前|每晚|饭前|饭后|餐前|餐后|空腹");
    private static final Pattern NEGATED_BY_DOCTOR = Pattern.compile("别|不要|不用|停|先不");
    private static final Pattern REGULAR_QUESTION = Pattern.compile("现在|平时|长期|一直|每天|规律");

    private final Cues cues;

    /**
     * @param cues the cue table
     */
    public MedicationExtractor(Cues cues) {
        this.cues = cues;
    }

    /**
     * Extracts the medicines, one entry per name and status, in order of first mention.
     *
     * @param d the dialogue
     * @return the medicines
     */
    public List<Grounded<Medication>> extract(Dialogue d) {
        Map<String, Grounded<Medication>> out = new LinkedHashMap<>();
        for (Turn t : d.turns()) {
            if (!t.kept) {
                continue;
            }
            List<TermMatcher.Match> drugs = Dialogue.matches(t, Category.DRUG, Category.DRUG_CLASS);
            for (int i = 0; i < drugs.size(); i++) {
                TermMatcher.Match m = drugs.get(i);
                if (inAllergyContext(t, m)) {
                    continue;
                }
                Medication.Status status;
                if (t.isDoctor()) {
                    if (t.isQuestionAt(m.start()) || !prescribes(t, m)) {
                        continue;
                    }
                    status = Medication.Status.PRESCRIBED;
                } else if (t.isPatientSide()) {
                    Assertion a = t.assertion(m);
                    if (a.negation() != Assertion.Negation.AFFIRMED || !a.stated() || !a.aboutPatient() || requested(t, m)) {
                        continue;
                    }
                    Turn q = d.question(t);
                    status = longTerm(t) || q != null && REGULAR_QUESTION.matcher(q.folded).find()
                            ? Medication.Status.LONG_TERM : Medication.Status.TAKEN_BEFORE_VISIT;
                } else {
                    continue;
                }
                int to = i + 1 < drugs.size() ? drugs.get(i + 1).start() : sentenceEnd(t, m.end());
                String dose = dose(t.folded, m.end(), to);
                String freq = frequency(t, m, to);
                List<Evidence> ev = new ArrayList<>();
                ev.add(t.evidence(m.start(), m.end()));
                Medication med = new Medication(m.entry().standard(), t.text.substring(m.start(), m.end()),
                        m.entry().extra(), dose, freq, status);
                String key = med.name() + "|" + status;
                Grounded<Medication> prev = out.get(key);
                if (prev == null) {
                    out.put(key, new Grounded<>(med, ev, Origin.RULES, t.roleConfidence));
                } else {
                    List<Evidence> merged = new ArrayList<>(prev.evidence());
                    merged.addAll(ev);
                    Medication p = prev.value();
                    Medication m2 = new Medication(p.name(), p.mention(), p.drugClass(), p.dose().isEmpty() ? dose : p.dose(),
                            p.frequency().isEmpty() ? freq : p.frequency(), status);
                    out.put(key, new Grounded<>(m2, merged, Origin.RULES, prev.confidence()));
                }
            }
        }
        return dropGenericDuplicates(new ArrayList<>(out.values()));
    }

    /** 吃了头孢 … 头孢克肟: the class word and the named drug are one medicine; the named one stays. */
    private static List<Grounded<Medication>> dropGenericDuplicates(List<Grounded<Medication>> meds) {
        List<Grounded<Medication>> out = new ArrayList<>();
        for (Grounded<Medication> g : meds) {
            Medication m = g.value();
            boolean generic = false;
            for (Grounded<Medication> o : meds) {
                Medication x = o.value();
                if (o != g && x.status() == m.status() && x.drugClass().equals(m.drugClass())
                        && x.name().length() > m.mention().length() && x.name().startsWith(m.mention())) {
                    generic = true;
                }
            }
            if (!generic) {
                out.add(g);
            }
        }
        return out;
    }

    /** 来开降压药: the patient asks for a prescription; that is not a medicine taken. */
    private static boolean requested(Turn t, TermMatcher.Match m) {
        String before = t.folded.substring(Math.max(t.clauseAt(m.start()).start(), m.start() - 3), m.start());
        return before.contains("开");
    }

    private boolean prescribes(Turn t, TermMatcher.Match m) {
        Segment c = t.clauseAt(m.start());
        int sentenceStart = c.start();
        int ci = t.clauses.indexOf(c);
        if (ci > 0) {
            sentenceStart = t.clauses.get(ci - 1).start();
        }
        String before = t.folded.substring(sentenceStart, m.start());
        if (NEGATED_BY_DOCTOR.matcher(t.folded.substring(c.start(), m.start())).find()) {
            return false;
        }
        if (cues.any(t.folded, sentenceStart, m.start(), Type.PRESCRIBE)) {
            return true;
        }
        String after = t.folded.substring(m.end(), sentenceEnd(t, m.end()));
        String clauseAfter = t.folded.substring(m.end(), c.end());
        return DOSE.matcher(after).find() || TIMES.matcher(after).find() || cues.any(clauseAfter, 0, clauseAfter.length(), Type.PRESCRIBE)
                || before.endsWith("用") || before.endsWith("吃");
    }

    private boolean longTerm(Turn t) {
        for (Cues.Hit h : cues.find(t.folded, 0, t.folded.length(), Type.TAKEN)) {
            if (h.value().equals("LONG_TERM")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAllergyContext(Turn t, TermMatcher.Match m) {
        Segment c = t.clauseAt(m.start());
        return t.folded.substring(c.start(), Math.min(t.folded.length(), c.end())).contains("过敏");
    }

    private static int sentenceEnd(Turn t, int from) {
        int ci = Segmenter.indexOf(t.clauses, Math.max(0, from - 1));
        if (ci < 0) {
            return t.folded.length();
        }
        // the dosing instruction usually follows in the next clause or two: 一次一片，一天两次
        int end = t.clauses.get(ci).end();
        for (int k = ci + 1; k < Math.min(t.clauses.size(), ci + 4); k++) {
            String next = t.folded.substring(t.clauses.get(k).start(), t.clauses.get(k).end());
            if (DOSE.matcher(next).find() || TIMES.matcher(next).find() || WHEN.matcher(next).find()) {
                end = t.clauses.get(k).end();
            } else {
                break;
            }
        }
        return end;
    }

    private static String dose(String s, int from, int to) {
        Matcher m = DOSE.matcher(s);
        m.region(from, Math.max(from, to));
        if (!m.find()) {
            return "";
        }
        String n = m.group(1).equals("半") ? "0.5" : Numbers.parse(m.group(1)).map(Numbers::plain).orElse(m.group(1));
        String unit = switch (m.group(2)) {
            case "毫克" -> "mg";
            case "克" -> "g";
            case "毫升" -> "ml";
            default -> m.group(2).toLowerCase(java.util.Locale.ROOT);
        };
        return n + unit;
    }

    private String frequency(Turn t, TermMatcher.Match m, int to) {
        String s = t.folded;
        String out = "";
        Matcher f = TIMES.matcher(s);
        f.region(m.end(), Math.max(m.end(), to));
        if (f.find()) {
            if (f.group(1) != null) {
                out = "每日" + Numbers.parse(f.group(1)).map(Numbers::plain).orElse(f.group(1)) + "次";
            } else if (f.group(2) != null) {
                out = "每日2次";
            } else {
                out = switch (f.group(3)) {
                    case "QD" -> "每日1次";
                    case "BID" -> "每日2次";
                    case "TID" -> "每日3次";
                    case "QID" -> "每日4次";
                    default -> "每晚1次";
                };
            }
        }
        Matcher w = WHEN.matcher(s);
        w.region(Math.max(0, t.clauseAt(m.start()).start()), Math.max(m.end(), to));
        if (w.find()) {
            String when = switch (w.group()) {
                case "需要的时候", "烧的时候", "疼的时候" -> "必要时";
                case "饭前" -> "餐前";
                case "饭后" -> "餐后";
                default -> w.group();
            };
            out = out.isEmpty() ? when : out + "，" + when;
        } else if (cues.any(s, t.clauseAt(m.start()).start(), m.start(), Type.CONDITIONAL)) {
            out = out.isEmpty() ? "必要时" : out + "，必要时";
        }
        return out;
    }
}
