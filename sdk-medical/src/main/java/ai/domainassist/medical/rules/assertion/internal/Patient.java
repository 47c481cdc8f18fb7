package ai.domainassist.medical.rules.assertion.internal;

/**
 * Who the patient of a consultation is, decided once per consultation: the speaker, a child the speaker
 * speaks for, or a relative (我妈妈最近胸闷: the mother). Immutable.
 *
 * @param kind the speaker, a child, or a relative
 * @param relative for {@link Kind#RELATIVE} the relative as the record names them (母亲), else empty
 */
public record Patient(Kind kind, String relative) {
    /** Who. */
    public enum Kind {
        /** The one speaking on the patient's side is the patient. */
        SPEAKER,
        /** A child; the speaker is a parent or carer. */
        CHILD,
        /** A relative of the speaker (a parent, a grandparent). */
        RELATIVE
    }

    /** The speaker is the patient. */
    public static final Patient SPEAKER = new Patient(Kind.SPEAKER, "");
    /** A child is the patient. */
    public static final Patient CHILD = new Patient(Kind.CHILD, "");

    /** @return whether the speaker on the patient's side is the patient */
    public boolean speakerIsPatient() {
        return kind == Kind.SPEAKER;
    }

    /** @return whether the patient is a child */
    public boolean child() {
        return kind == Kind.CHILD;
    }
}
