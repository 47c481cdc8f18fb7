package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.medical.internal.DataFile;
import ai.domainassist.medical.model.Medication;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.assertion.AssertionTriggers;
import ai.domainassist.medical.rules.assertion.internal.Assertion;
import ai.domainassist.medical.rules.assertion.internal.AssertionLayer;
import ai.domainassist.medical.rules.assertion.internal.Segment;
import ai.domainassist.medical.rules.assertion.internal.Segmenter;
import ai.domainassist.medical.rules.internal.Cues.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern NOT_GIVEN = Pattern.compile("不用|不要|不需要|没有必要|没必要|不必|不能|不可以|别|停");
    private static final Pattern DENIED_GIVING = Pattern.compile("^(?:有必要|必要|需要|可以|建议|主张|应该|能|要|用)");
    private static final Pattern GIVING = Pattern.compile("可以|应该|需要|建议|得用|得吃");
    private static final Pattern LIST_ITEM = Pattern.compile("[\\s，,、]*(?:和|或|或者|或者是|及|以及|还有)?");
    private static final Pattern EXAMPLE = Pattern.compile("比如|比如说|例如");
    private static final Pattern KEEP_ON = Pattern.compile("^[^，,]{0,3}(?:不要|不能|别)(?:断|停)");
    private static final String IF_NEEDED = "必要时";
    private static final Pattern NOW = Pattern.compile("可以|建议|继续|需要|再|先|接着|最好");
    private static final Pattern NOW_QUESTION = Pattern.compile("现在|一直");
    private static final Pattern LONG_TERM_QUESTION = Pattern.compile("平时|长期|规律|每天");
    private static final Pattern MAY_QUESTION = Pattern.compile("能|可以");
    private static final Map<String, Boolean> ACUTE = acuteClasses();

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
        Set<String> unconditional = new HashSet<>();
        Set<String> saidIfNeeded = new HashSet<>();
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
                boolean conditional = false;
                if (t.isDoctor()) {
                    if (t.isQuestionAt(m.start()) || !prescribes(t, m)) {
                        continue;
                    }
                    int next = i + 1 < drugs.size() ? drugs.get(i + 1).start() : t.folded.length();
                    Assertion a = t.assertion(m);
                    if (notPrescribed(t, m, a, next)) {
                        continue;
                    }
                    // 如果是细菌感染，需要加用抗生素: the assertion layer reads 如果是 as teaching; it is a condition here
                    conditional = (a.context() == Assertion.Context.HYPOTHETICAL || a.context() == Assertion.Context.TEACHING)
                            && onCondition(t, m);
                    status = alreadyGiven(t, m) ? Medication.Status.TAKEN_BEFORE_VISIT : Medication.Status.PRESCRIBED;
                } else if (t.isPatientSide()) {
                    Assertion a = t.assertion(m);
                    if (a.negation() != Assertion.Negation.AFFIRMED || !a.stated() || !a.aboutPatient() || requested(t, m)) {
                        continue;
                    }
                    status = longTerm(t, d.question(t), m.entry())
                            ? Medication.Status.LONG_TERM : Medication.Status.TAKEN_BEFORE_VISIT;
                } else {
                    continue;
                }
                int to = i + 1 < drugs.size() ? drugs.get(i + 1).start() : sentenceEnd(t, m.end());
                String dose = dose(t.folded, m.end(), to);
                String freq = frequency(t, m, to);
                String key = m.entry().standard() + "|" + status;
                if (freq.contains(IF_NEEDED)) {
                    saidIfNeeded.add(key);
                } else if (conditional && status == Medication.Status.PRESCRIBED) {
                    freq = freq.isEmpty() ? IF_NEEDED : freq + "，" + IF_NEEDED;
                } else {
                    unconditional.add(key);
                }
                List<Evidence> ev = new ArrayList<>();
                ev.add(t.evidence(m.start(), m.end()));
                Medication med = new Medication(m.entry().standard(), t.text.substring(m.start(), m.end()),
                        m.entry().extra(), dose, freq, status);
                Grounded<Medication> prev = out.get(key);
                if (prev == null) {
                    out.put(key, new Grounded<>(med, ev, Origin.RULES, t.roleConfidence));
                } else {
                    List<Evidence> merged = new ArrayList<>(prev.evidence());
                    merged.addAll(ev);
                    Medication p = prev.value();
                    Medication m2 = new Medication(p.name(), p.mention(), p.drugClass(), p.dose().isEmpty() ? dose : p.dose(),
                            mergedFrequency(p.frequency(), freq), status);
                    out.put(key, new Grounded<>(m2, merged, Origin.RULES, prev.confidence()));
                }
            }
        }
        for (Map.Entry<String, Grounded<Medication>> e : out.entrySet()) {
            Medication p = e.getValue().value();
            if (unconditional.contains(e.getKey()) && !saidIfNeeded.contains(e.getKey()) && p.frequency().endsWith(IF_NEEDED)) {
                // 可以口服妈咪爱 … 如果还拉，再吃妈咪爱: given outright once, the condition said later is no 必要时
                String f = p.frequency().substring(0, p.frequency().length() - IF_NEEDED.length()).replaceAll("，$", "");
                Medication m2 = new Medication(p.name(), p.mention(), p.drugClass(), p.dose(), f, p.status());
                e.setValue(new Grounded<>(m2, e.getValue().evidence(), Origin.RULES, e.getValue().confidence()));
            }
        }
        return dropGenericDuplicates(new ArrayList<>(out.values()));
    }

    /** 如果很稀加上蒙脱石散 … 蒙脱石散空腹吃: the frequency said later joins a bare 必要时. */
    private static String mergedFrequency(String first, String later) {
        if (first.isEmpty()) {
            return later;
        }
        if (first.equals(IF_NEEDED) && !later.isEmpty()) {
            return later.contains(IF_NEEDED) ? later : later + "，" + IF_NEEDED;
        }
        return first;
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

    private static Map<String, Boolean> acuteClasses() {
        Map<String, Boolean> out = new java.util.HashMap<>();
        for (DataFile.Row r : DataFile.resource("rules/acute-medicines.tsv")) {
            out.put(r.col(0), r.col(1).equals("child"));
        }
        return Map.copyOf(out);
    }

    /** A medicine for an illness of days, for this patient (rules/acute-medicines.tsv). */
    private static boolean acute(String classOrName, Turn t) {
        Boolean childOnly = ACUTE.get(classOrName);
        return childOnly != null && (!childOnly || t.patient().child());
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

    /**
     * Whether the doctor's words about a medicine are no prescription: denied (不需要使用抗生素, 头孢可以不用吃了),
     * asked (以前用过头孢没有), feared, taught (一般应用布洛芬，奈普生), someone else's (如果父母可以用头孢), or left to the
     * doctor seen in person (消炎药最好在面诊医生指导下用药).
     */
    private boolean notPrescribed(Turn t, TermMatcher.Match m, Assertion a, int nextDrug) {
        if (keptOn(t, m, nextDrug)) {
            return false; // 维生素D不要断
        }
        String after = clauseAfter(t, m, nextDrug);
        if (cues.any(after, 0, after.length(), Type.DEFERRED)) {
            return true; // 消炎药最好在面诊医生指导下用药: left to the doctor seen in person
        }
        return a.negation() == Assertion.Negation.NEGATED && !givenAfterDenial(t, m) || notGiven(t, m, nextDrug)
                || !a.aboutPatient() || a.context() == Assertion.Context.QUESTION || a.context() == Assertion.Context.WORRY
                || a.context() == Assertion.Context.TEACHING && teachingHere(t, m) && !onCondition(t, m);
    }

    private static String clauseAfter(Turn t, TermMatcher.Match m, int nextDrug) {
        Segment c = t.clauseAt(m.start());
        return t.folded.substring(m.end(), Math.max(m.end(), Math.min(nextDrug, Math.min(t.folded.length(), c.end()))));
    }

    /** 伊可新不能断, 维生素D不要停: a denial of stopping is going on with it. */
    private static boolean keptOn(Turn t, TermMatcher.Match m, int nextDrug) {
        return KEEP_ON.matcher(clauseAfter(t, m, nextDrug)).find();
    }

    /**
     * 暂时没有做化验的情况下可以吃益生菌, 不好大便时候可以用开塞露: the denial is of something else, and the
     * doctor then gives the medicine (not 不可以用, 不需要给孩子用, 没有必要吃).
     */
    private static boolean givenAfterDenial(Turn t, TermMatcher.Match m) {
        String before = t.folded.substring(t.clauseAt(m.start()).start(), m.start());
        int neg = -1;
        for (int i = before.length() - 1; i >= 0 && neg < 0; i--) {
            if ("不没无未别".indexOf(before.charAt(i)) >= 0) {
                neg = i;
            }
        }
        if (neg < 0) {
            return false;
        }
        String rest = DENIED_GIVING.matcher(before.substring(neg + 1)).replaceFirst("");
        return GIVING.matcher(rest).find();
    }

    /** 头孢可以不用吃了, 头孢地尼没有必要吃的, 蒙脱石散与任何药物都不能一起吃: said of the drug after it, in its clause. */
    private static boolean notGiven(Turn t, TermMatcher.Match m, int nextDrug) {
        return NOT_GIVEN.matcher(clauseAfter(t, m, nextDrug)).find();
    }

    /**
     * 一般应用氨溴索, 比如布洛芬: a teaching word in the drug's own clause with no word of giving after it.
     * Teaching said before it in the sentence (这是消化不良的表现，先喂些益生菌) does not make the advice that
     * follows general, nor does a teaching word the doctor goes on from (一般可以口服布洛芬, 比如可以口服蒲地蓝).
     */
    private static boolean teachingHere(Turn t, TermMatcher.Match m) {
        int from = listStart(t, m);
        AssertionLayer.Hit last = null;
        for (AssertionLayer.Hit h : t.analysis().hits()) {
            if (h.start() >= from && h.end() <= m.start()
                    && h.triggers().stream().anyMatch(x -> x.category() == AssertionTriggers.Category.TEACHING)) {
                last = h;
            }
        }
        if (last == null || GIVING.matcher(t.folded.substring(last.end(), m.start())).find()) {
            return false;
        }
        // 可以给孩子口服药物的，比如说妈咪爱: an example of what the doctor has just recommended is given
        return !EXAMPLE.matcher(last.phrase()).matches() || !GIVING.matcher(t.folded.substring(sentenceStart(t, m), last.start())).find();
    }

    /** Where the drug's clause begins, or the clause its list began in (一般应用布洛芬，对乙酰氨基酚; 开了消炎药，止咳药). */
    private static int listStart(Turn t, TermMatcher.Match m) {
        int ci = t.clauses.indexOf(t.clauseAt(m.start()));
        int from = t.clauseAt(m.start()).start();
        while (ci > 0 && LIST_ITEM.matcher(t.folded.substring(from, m.start())).matches() && !sentenceEndsBefore(t, from)) {
            from = t.clauses.get(--ci).start();
        }
        return from;
    }

    private static boolean sentenceEndsBefore(Turn t, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(t.folded.charAt(i - 1))) {
            i--;
        }
        return i > 0 && "。！？!?；;".indexOf(t.folded.charAt(i - 1)) >= 0;
    }

    private static int sentenceStart(Turn t, TermMatcher.Match m) {
        int from = m.start();
        while (from > 0 && "。！？!?；;".indexOf(t.folded.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** 如果白细胞高，需要加上消炎药 / 超过38.5度吃退热药: a condition said before the drug in its sentence. */
    private boolean onCondition(Turn t, TermMatcher.Match m) {
        return cues.any(t.folded, sentenceStart(t, m), m.start(), Type.CONDITION);
    }

    /** 面诊医生给宝贝开的头孢, 您给宝贝用了妈咪爱: the doctor names what was given before, not a prescription (not 可以给宝宝用的益生菌). */
    private boolean alreadyGiven(Turn t, TermMatcher.Match m) {
        int from = listStart(t, m);
        for (Cues.Hit h : cues.find(t.folded, from, m.start(), Type.TAKEN)) {
            if (h.value().equals("BEFORE") && !NOW.matcher(t.folded.substring(from, h.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the patient's side takes the medicine long-term: said so (长期服用) or asked so (平时吃止痛药吗？), or
     * taken now or every day (在吃, 一直吃; asked 现在吃什么药？) when it is no medicine for an illness of days
     * (rules/acute-medicines.tsv).
     */
    private boolean longTerm(Turn t, Turn question, TermLexicon.Entry drug) {
        boolean said = false;
        boolean now = question != null && NOW_QUESTION.matcher(question.folded).find();
        for (Cues.Hit h : cues.find(t.folded, 0, t.folded.length(), Type.TAKEN)) {
            if (h.value().equals("LONG_TERM") && !MAY_QUESTION.matcher(t.folded.substring(Math.max(0, h.start() - 2), h.start())).find()) {
                said = true;
            } else if (h.value().equals("CURRENT") || h.value().equals("REGULAR")) {
                now = true;
            }
        }
        said |= question != null && LONG_TERM_QUESTION.matcher(question.folded).find();
        return said || now && !acute(drug.extra(), t) && !acute(drug.standard(), t);
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
