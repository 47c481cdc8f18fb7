package ai.domainassist.retrieval;

/**
 * Whether a document still applies: the validity status of a policy, regulation or insurance term
 * (现行有效 / 已被修改 / 已废止).
 */
public enum Validity {
    /** In force as published (现行有效). */
    IN_FORCE,
    /** Still in force but amended; {@link DocumentMetadata#supersededBy()} may name the amending document (已被修改). */
    AMENDED,
    /** No longer in force; {@link DocumentMetadata#supersededBy()} may name the replacement (已废止). */
    REPEALED
}
