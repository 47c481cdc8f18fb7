package ai.domainassist.medical.rules.assertion.internal;

/**
 * What the dialogue asserts about one mention (a symptom, disease or finding the engine found): the
 * four ConText properties. Immutable.
 *
 * @param negation affirmed, negated or hedged
 * @param context a statement, a question, a condition, a worry, the doctor teaching, or words addressing the record
 * @param experiencer the patient, a relative, or someone else
 * @param temporality now, before this illness, or over
 * @param relative the relative as the record names them when the experiencer is one (父亲), else empty
 */
public record Assertion(Negation negation, Context context, Experiencer experiencer, Temporality temporality,
                        String relative) {
    /** Affirmed, denied or hedged. */
    public enum Negation {
        /** Said to be there. */
        AFFIRMED,
        /** Denied. */
        NEGATED,
        /** Hedged (好像, 可能). */
        POSSIBLE
    }

    /** What kind of speech the mention is part of. */
    public enum Context {
        /** A statement. */
        FACT,
        /** Part of a question without being what is asked (咳嗽几天了？ presupposes the cough). */
        PRESUPPOSED,
        /** What a question asks about (有痰吗？): it counts only through its answer. */
        QUESTION,
        /** A condition or precaution (如果发烧, 防止脱水). */
        HYPOTHETICAL,
        /** A worry or a diagnosis asked about (会不会是肺炎, 这算早搏吗). */
        WORRY,
        /** The doctor speaking in general (年轻人一般不会得痛风). */
        TEACHING,
        /** Words addressing the record or the system (诊断写成…). */
        INSTRUCTION
    }

    /** Whose it is. */
    public enum Experiencer {
        /** The patient. */
        PATIENT,
        /** A blood relative of the patient. */
        RELATIVE,
        /** Someone else (a colleague, the parent speaking for a child). */
        OTHER
    }

    /** When. */
    public enum Temporality {
        /** This illness. */
        CURRENT,
        /** Before this illness (以前, 小时候). */
        HISTORICAL,
        /** Over now (已经好了). */
        RESOLVED
    }

    /** An affirmed statement about the patient's current illness. */
    public static final Assertion FACT = new Assertion(Negation.AFFIRMED, Context.FACT, Experiencer.PATIENT,
            Temporality.CURRENT, "");

    /** @return whether it is said (a statement or presupposed by a question), not asked, supposed, feared, taught or dictated */
    public boolean stated() {
        return context == Context.FACT || context == Context.PRESUPPOSED;
    }

    /** @return whether it is about the patient */
    public boolean aboutPatient() {
        return experiencer == Experiencer.PATIENT;
    }

    /** @return whether it is an affirmed statement about the patient's current illness */
    public boolean affirmedNow() {
        return negation == Negation.AFFIRMED && stated() && aboutPatient() && temporality == Temporality.CURRENT;
    }

    /** @return a short reading for messages (否定, 提问, 他人 …), empty for an affirmed current statement about the patient */
    public String reading() {
        StringBuilder sb = new StringBuilder();
        switch (context) {
            case QUESTION -> sb.append("提问");
            case HYPOTHETICAL -> sb.append("假设");
            case WORRY -> sb.append("担心或询问");
            case TEACHING -> sb.append("泛泛而谈");
            case INSTRUCTION -> sb.append("对系统的指令");
            default -> {
            }
        }
        if (negation == Negation.NEGATED) {
            sb.append(sb.length() == 0 ? "" : "、").append("否定");
        } else if (negation == Negation.POSSIBLE) {
            sb.append(sb.length() == 0 ? "" : "、").append("不确定");
        }
        if (experiencer != Experiencer.PATIENT) {
            sb.append(sb.length() == 0 ? "" : "、").append(relative.isEmpty() ? "他人" : relative);
        }
        if (temporality == Temporality.HISTORICAL) {
            sb.append(sb.length() == 0 ? "" : "、").append("既往");
        } else if (temporality == Temporality.RESOLVED) {
            sb.append(sb.length() == 0 ? "" : "、").append("已好转");
        }
        return sb.toString();
    }
}
