package ai.domainassist.medical.model;

import java.util.Objects;

/**
 * One entry of the personal history (个人史): smoking, drinking, occupation, exposure (毒物、粉尘、
 * 放射线, 疫区旅居, 禽类接触), menstrual history (月经史) or marital and obstetric history (婚育史), as
 * 《病历书写基本规范》 lists them for the history of a patient.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the entry is about
 * @param status whether the patient has it, denies it, or gave it up (smoking and drinking);
 *     {@link Status#PRESENT} for an occupation, an exposure, menstrual and obstetric history given
 * @param duration how long (吸烟30余年) or, for a habit given up, how long ago it stopped; {@link Onset#UNKNOWN} when not said
 * @param detail the record wording of what was said (每日1包; 中学老师; 粉尘; 周期28天), or empty
 */
public record PersonalHistoryItem(Kind kind, Status status, Onset duration, String detail) {
    /** The items of 个人史. */
    public enum Kind {
        /** Smoking (吸烟史). */
        SMOKING("吸烟"),
        /** Drinking (饮酒史). */
        DRINKING("饮酒"),
        /** Occupation (职业). */
        OCCUPATION("职业"),
        /** Occupational or environmental exposure, travel to an epidemic area, animal contact (接触史). */
        EXPOSURE("接触史"),
        /** Menstrual history (月经史). */
        MENSTRUAL("月经史"),
        /** Marital and obstetric history (婚育史). */
        OBSTETRIC("婚育史");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        /** @return the Chinese name, as the record writes it */
        public String chinese() {
            return chinese;
        }
    }

    /** Whether the patient has it. */
    public enum Status {
        /** The patient has it (smokes, drinks), or the information was given. */
        PRESENT,
        /** The patient denies it (不吸烟). */
        DENIED,
        /** The patient gave it up (已戒烟). */
        FORMER
    }

    /**
     * Creates an entry.
     *
     * @param kind what the entry is about
     * @param status whether the patient has it, denies it, or gave it up
     * @param duration how long, or {@link Onset#UNKNOWN}
     * @param detail the record wording of what was said, or empty
     * @throws NullPointerException if a component is {@code null}
     */
    public PersonalHistoryItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(detail, "detail");
    }
}
