package ai.domainassist.finance.model;

/**
 * Where a policy lets the insured be treated: the minimum hospital level (1 = 一级, 2 = 二级,
 * 3 = 三级), public hospitals only, ordinary departments only (no 特需 / 国际 / VIP wards).
 *
 * <p>Immutable and thread-safe.
 *
 * @param minLevel the minimum level, 0 for any
 * @param publicOnly whether only public (公立) hospitals are covered
 * @param ordinaryDepartmentOnly whether only ordinary departments (普通部) are covered
 * @param clause the policy clause that states the requirement
 */
public record HospitalRequirement(int minLevel, boolean publicOnly, boolean ordinaryDepartmentOnly, String clause) {

    /** No requirement. */
    public static final HospitalRequirement ANY = new HospitalRequirement(0, false, false, "");

    /**
     * Checks and normalises the components.
     *
     * @param minLevel the minimum level, 0 for any
     * @param publicOnly whether only public (公立) hospitals are covered
     * @param ordinaryDepartmentOnly whether only ordinary departments (普通部) are covered
     * @param clause the policy clause that states the requirement
     * @throws IllegalArgumentException if the level is outside 0..3
     * @throws NullPointerException if the clause is {@code null}
     */
    public HospitalRequirement {
        if (minLevel < 0 || minLevel > 3) {
            throw new IllegalArgumentException("hospital level must be within 0..3, was " + minLevel);
        }
        java.util.Objects.requireNonNull(clause, "clause");
    }
}
