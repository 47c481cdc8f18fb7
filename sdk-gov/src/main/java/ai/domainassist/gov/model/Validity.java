package ai.domainassist.gov.model;

/** Whether a policy is in force (时效性). */
public enum Validity {
    /** 现行有效. */
    IN_FORCE,
    /** 已修改: in force as amended by a later document. */
    AMENDED,
    /** 已废止 (or 失效): replaced or repealed. */
    REPEALED
}
