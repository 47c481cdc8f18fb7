package ai.domainassist.finance.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A medical-expense policy (费用补偿型医疗保险) as the claims desk needs it: who is insured, when cover
 * runs, waiting periods by cause and for named diseases, the annual deductible, limits per cover
 * item and per year, payout ratios with and without social insurance, hospital requirements,
 * exclusions and the pre-existing-condition clause.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()}.
 */
public final class InsurancePolicy {

    /**
     * A waiting period for a named disease (恶性肿瘤 90 天, 特定疾病 120 天 ...).
     *
     * @param disease a term that identifies the disease in a diagnosis (恶性肿瘤, 癌)
     * @param days the waiting period in days
     */
    public record NamedWaitingPeriod(String disease, int days) {
        /**
         * Checks and normalises the components.
         *
         * @param disease a term that identifies the disease in a diagnosis (恶性肿瘤, 癌)
         * @param days the waiting period in days
         * @throws NullPointerException if the disease is {@code null}
         * @throws IllegalArgumentException if the disease is blank or the days negative
         */
        public NamedWaitingPeriod {
            Objects.requireNonNull(disease, "disease");
            if (disease.isBlank() || days < 0) {
                throw new IllegalArgumentException("named waiting period needs a disease and days >= 0");
            }
        }
    }

    private final String number;
    private final String product;
    private final String insuredName;
    private final String insuredIdNumber;
    private final LocalDate effectiveDate;
    private final LocalDate expiryDate;
    private final Map<Cause, Integer> waitingDays;
    private final List<NamedWaitingPeriod> namedWaitingPeriods;
    private final BigDecimal deductible;
    private final BigDecimal annualLimit;
    private final Map<ClaimType, BigDecimal> itemLimits;
    private final BigDecimal ratioWithSocialInsurance;
    private final BigDecimal ratioWithoutSocialInsurance;
    private final HospitalRequirement hospitalRequirement;
    private final List<Exclusion> exclusions;
    private final boolean preExistingExcluded;
    private final Map<String, String> clauses;

    private InsurancePolicy(Builder b) {
        this.number = b.number;
        this.product = b.product;
        this.insuredName = b.insuredName;
        this.insuredIdNumber = b.insuredIdNumber;
        this.effectiveDate = b.effectiveDate;
        this.expiryDate = b.expiryDate;
        this.waitingDays = Map.copyOf(b.waitingDays);
        this.namedWaitingPeriods = List.copyOf(b.namedWaitingPeriods);
        this.deductible = b.deductible;
        this.annualLimit = b.annualLimit;
        this.itemLimits = Map.copyOf(b.itemLimits);
        this.ratioWithSocialInsurance = b.ratioWith;
        this.ratioWithoutSocialInsurance = b.ratioWithout;
        this.hospitalRequirement = b.hospitalRequirement;
        this.exclusions = List.copyOf(b.exclusions);
        this.preExistingExcluded = b.preExistingExcluded;
        this.clauses = Map.copyOf(b.clauses);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return 保单号 */
    public String number() {
        return number;
    }

    /**
     * @return the product (险种) the policy is written on, as its terms are tagged in the terms library
     *     ({@code ClaimsAssistant.productTag}), when the policy names one
     */
    public Optional<String> product() {
        return Optional.ofNullable(product);
    }

    /** @return the insured person's name */
    public String insuredName() {
        return insuredName;
    }

    /** @return the insured person's ID number, when the policy records one */
    public Optional<String> insuredIdNumber() {
        return Optional.ofNullable(insuredIdNumber);
    }

    /** @return the first day of cover */
    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    /** @return the last day of cover */
    public LocalDate expiryDate() {
        return expiryDate;
    }

    /**
     * The waiting period for a cause.
     *
     * @param cause the cause
     * @return the days (0 when none)
     */
    public int waitingDays(Cause cause) {
        return waitingDays.getOrDefault(cause, 0);
    }

    /** @return the waiting periods for named diseases */
    public List<NamedWaitingPeriod> namedWaitingPeriods() {
        return namedWaitingPeriods;
    }

    /** @return the annual deductible (免赔额) */
    public BigDecimal deductible() {
        return deductible;
    }

    /** @return the annual limit (年度保险金额) */
    public BigDecimal annualLimit() {
        return annualLimit;
    }

    /**
     * The limit for one cover item.
     *
     * @param type the cover item
     * @return the limit per claim, if the policy sets one
     */
    public Optional<BigDecimal> itemLimit(ClaimType type) {
        return Optional.ofNullable(itemLimits.get(type));
    }

    /** @return the payout ratio when social insurance settled first (e.g. 1.00) */
    public BigDecimal ratioWithSocialInsurance() {
        return ratioWithSocialInsurance;
    }

    /** @return the payout ratio when social insurance did not settle (e.g. 0.60) */
    public BigDecimal ratioWithoutSocialInsurance() {
        return ratioWithoutSocialInsurance;
    }

    /** @return the hospital requirement */
    public HospitalRequirement hospitalRequirement() {
        return hospitalRequirement;
    }

    /** @return the exclusions */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /** @return whether pre-existing conditions (既往症) are excluded */
    public boolean preExistingExcluded() {
        return preExistingExcluded;
    }

    /**
     * The text of a named clause, for citing in a decision. Keys used by the assistant:
     * {@code cover-period}, {@code waiting-period}, {@code pre-existing}, {@code deductible},
     * {@code indemnity}.
     *
     * @param key the clause key
     * @return the clause text, if the policy gives one
     */
    public Optional<String> clause(String key) {
        return Optional.ofNullable(clauses.get(key));
    }

    @Override
    public String toString() {
        return "InsurancePolicy[" + number + ", " + effectiveDate + ".." + expiryDate + "]";
    }

    /** Builds an {@link InsurancePolicy}; validates in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private String number;
        private String product;
        private String insuredName;
        private String insuredIdNumber;
        private LocalDate effectiveDate;
        private LocalDate expiryDate;
        private final Map<Cause, Integer> waitingDays = new EnumMap<>(Cause.class);
        private final List<NamedWaitingPeriod> namedWaitingPeriods = new ArrayList<>();
        private BigDecimal deductible = BigDecimal.ZERO;
        private BigDecimal annualLimit;
        private final Map<ClaimType, BigDecimal> itemLimits = new EnumMap<>(ClaimType.class);
        private BigDecimal ratioWith = BigDecimal.ONE;
        private BigDecimal ratioWithout = BigDecimal.ONE;
        private HospitalRequirement hospitalRequirement = HospitalRequirement.ANY;
        private final List<Exclusion> exclusions = new ArrayList<>();
        private boolean preExistingExcluded;
        private final Map<String, String> clauses = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param number 保单号
         * @return this
         */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        /**
         * @param product the product (险种) the policy is written on: the code its clauses carry in the terms
         *     library, so that terms questions about this policy are answered from its own terms
         * @return this
         * @throws IllegalArgumentException if the code is blank
         */
        public Builder product(String product) {
            if (Objects.requireNonNull(product, "product").isBlank()) {
                throw new IllegalArgumentException("blank product");
            }
            this.product = product.strip();
            return this;
        }

        /**
         * @param name the insured person's name
         * @param idNumber the insured person's ID number, or {@code null} if the policy has none
         * @return this
         */
        public Builder insured(String name, String idNumber) {
            this.insuredName = name;
            this.insuredIdNumber = idNumber;
            return this;
        }

        /**
         * @param effective the first day of cover
         * @param expiry the last day of cover
         * @return this
         */
        public Builder period(LocalDate effective, LocalDate expiry) {
            this.effectiveDate = effective;
            this.expiryDate = expiry;
            return this;
        }

        /**
         * @param cause the cause
         * @param days the waiting period in days
         * @return this
         */
        public Builder waitingDays(Cause cause, int days) {
            waitingDays.put(Objects.requireNonNull(cause, "cause"), days);
            return this;
        }

        /**
         * @param disease a term naming the disease
         * @param days its waiting period
         * @return this
         */
        public Builder namedWaitingPeriod(String disease, int days) {
            namedWaitingPeriods.add(new NamedWaitingPeriod(disease, days));
            return this;
        }

        /**
         * @param amount the annual deductible
         * @return this
         */
        public Builder deductible(BigDecimal amount) {
            this.deductible = amount;
            return this;
        }

        /**
         * @param amount the annual limit
         * @return this
         */
        public Builder annualLimit(BigDecimal amount) {
            this.annualLimit = amount;
            return this;
        }

        /**
         * @param type the cover item
         * @param amount its limit per claim
         * @return this
         */
        public Builder itemLimit(ClaimType type, BigDecimal amount) {
            itemLimits.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(amount, "amount"));
            return this;
        }

        /**
         * @param withSocialInsurance the ratio when social insurance settled first
         * @param withoutSocialInsurance the ratio otherwise
         * @return this
         */
        public Builder payoutRatios(BigDecimal withSocialInsurance, BigDecimal withoutSocialInsurance) {
            this.ratioWith = withSocialInsurance;
            this.ratioWithout = withoutSocialInsurance;
            return this;
        }

        /**
         * @param requirement the hospital requirement
         * @return this
         */
        public Builder hospitalRequirement(HospitalRequirement requirement) {
            this.hospitalRequirement = requirement;
            return this;
        }

        /**
         * @param category the exclusion lexicon category
         * @param clause the clause that states it
         * @return this
         */
        public Builder exclusion(String category, String clause) {
            exclusions.add(new Exclusion(category, clause));
            return this;
        }

        /**
         * @param excluded whether pre-existing conditions are excluded
         * @param clause the clause that says so
         * @return this
         */
        public Builder preExisting(boolean excluded, String clause) {
            this.preExistingExcluded = excluded;
            clauses.put("pre-existing", Objects.requireNonNull(clause, "clause"));
            return this;
        }

        /**
         * @param key the clause key ({@code cover-period}, {@code waiting-period}, {@code deductible} ...)
         * @param text the clause text
         * @return this
         */
        public Builder clause(String key, String text) {
            clauses.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws NullPointerException if the number, insured name, period or annual limit is missing
         * @throws IllegalArgumentException if the period is reversed, an amount negative or a ratio outside (0, 1]
         */
        public InsurancePolicy build() {
            Objects.requireNonNull(number, "policy number");
            Objects.requireNonNull(insuredName, "insured name");
            Objects.requireNonNull(effectiveDate, "effective date");
            Objects.requireNonNull(expiryDate, "expiry date");
            Objects.requireNonNull(annualLimit, "annual limit");
            Objects.requireNonNull(deductible, "deductible");
            Objects.requireNonNull(hospitalRequirement, "hospital requirement");
            if (expiryDate.isBefore(effectiveDate)) {
                throw new IllegalArgumentException("policy expires before it starts");
            }
            if (deductible.signum() < 0 || annualLimit.signum() < 0
                    || itemLimits.values().stream().anyMatch(v -> v.signum() < 0)) {
                throw new IllegalArgumentException("deductible and limits must not be negative");
            }
            for (BigDecimal r : List.of(ratioWith, ratioWithout)) {
                if (r.signum() <= 0 || r.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("payout ratio must be within (0, 1], was " + r);
                }
            }
            if (waitingDays.values().stream().anyMatch(d -> d < 0)) {
                throw new IllegalArgumentException("waiting days must not be negative");
            }
            return new InsurancePolicy(this);
        }
    }
}
