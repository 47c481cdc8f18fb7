package ai.domainassist.gov.model;

/** 紧急程度 (GB/T 9704-2012 §7.2.3). */
public enum Urgency {
    /** Not urgent: nothing is marked. */
    NONE(""),
    /** 加急. */
    URGENT("加急"),
    /** 特急. */
    EXTRA_URGENT("特急");

    private final String mark;

    Urgency(String mark) {
        this.mark = mark;
    }

    /** @return the mark as printed, empty for {@link #NONE} */
    public String mark() {
        return mark;
    }
}
