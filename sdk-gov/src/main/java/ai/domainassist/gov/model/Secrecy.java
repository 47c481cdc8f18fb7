package ai.domainassist.gov.model;

/** 密级 (GB/T 9704-2012 §7.2.2). */
public enum Secrecy {
    /** Not classified. */
    NONE(""),
    /** 秘密. */
    SECRET("秘密"),
    /** 机密. */
    CONFIDENTIAL("机密"),
    /** 绝密. */
    TOP_SECRET("绝密");

    private final String mark;

    Secrecy(String mark) {
        this.mark = mark;
    }

    /** @return the mark as printed, empty for {@link #NONE} */
    public String mark() {
        return mark;
    }
}
