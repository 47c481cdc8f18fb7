package ai.domainassist.core.grounding;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that the quotes a model gives really occur in the source texts, and says where.
 *
 * <p>Each quote is looked for character for character first; then, if absent, in the texts
 * folded by {@link NormalizedText} (full/half width, whitespace, punctuation, letter case, and
 * traditional/simplified character variants), the span mapped back to the original. The
 * evidence's offsets are always those of the original source text, and its quote is the source's
 * own text of that span. A quote found nowhere (or one that is empty after folding) makes an
 * {@link ReviewFlag.Kind#UNGROUNDED} flag for its field. Nothing fuzzier than folding is done: a
 * quote with a changed digit, word or negation is not in the source, and is flagged.
 *
 * <p>Immutable and thread-safe; folded sources are cached within one call only.
 */
public final class GroundingVerifier {
    private static final GroundingVerifier STANDARD = new GroundingVerifier(NormalizedText.ALL);
    private final Set<NormalizedText.Fold> folds;

    private GroundingVerifier(Set<NormalizedText.Fold> folds) {
        this.folds = Set.copyOf(folds);
    }

    /** @return a verifier with every fold */
    public static GroundingVerifier standard() {
        return STANDARD;
    }

    /**
     * A verifier with chosen folds (for example without {@code VARIANTS} where traditional and
     * simplified forms must not be mixed).
     *
     * @param folds the folds used after the exact search failed; empty for exact matching only
     * @return the verifier
     */
    public static GroundingVerifier withFolds(Set<NormalizedText.Fold> folds) {
        return new GroundingVerifier(folds.isEmpty() ? EnumSet.noneOf(NormalizedText.Fold.class) : EnumSet.copyOf(folds));
    }

    /**
     * Checks claims against sources.
     *
     * @param sources the source texts
     * @param claims the claims, in field order
     * @return one check per claim and the flags
     * @throws NullPointerException if an argument or element is {@code null}
     */
    public GroundingReport verify(List<Source> sources, List<Claim> claims) {
        Map<Source, NormalizedText> folded = new IdentityHashMap<>();
        List<ClaimCheck> checks = new ArrayList<>(claims.size());
        List<ReviewFlag> flags = new ArrayList<>();
        for (Claim claim : claims) {
            ClaimCheck check = check(sources, claim, folded);
            checks.add(check);
            if (!check.grounded()) {
                String why = NormalizedText.of(claim.quote(), folds.isEmpty() ? NormalizedText.ALL : folds)
                        .folded().isEmpty()
                        ? "no quote was given for this value"
                        : "the quoted text is not in the source";
                flags.add(ReviewFlag.of(ReviewFlag.Kind.UNGROUNDED, claim.field(), why));
            }
        }
        return new GroundingReport(checks, flags);
    }

    /**
     * Locates one quote.
     *
     * @param quote the quote
     * @param sources the sources, searched in order
     * @return the evidence of its first occurrence, if any
     */
    public Optional<Evidence> locate(String quote, List<Source> sources) {
        return Optional.ofNullable(check(sources, Claim.of("", quote), new IdentityHashMap<>()).evidence());
    }

    private ClaimCheck check(List<Source> sources, Claim claim, Map<Source, NormalizedText> folded) {
        String quote = claim.quote();
        List<Source> candidates = new ArrayList<>();
        for (Source s : Objects.requireNonNull(sources, "sources")) {
            if (claim.sourceId() == null || claim.sourceId().equals(s.id())) {
                candidates.add(s);
            }
        }
        if (quote.isBlank()) {
            return new ClaimCheck(claim, ClaimCheck.Match.NOT_FOUND, null);
        }
        for (Source s : candidates) {
            int at = s.text().indexOf(quote);
            if (at >= 0) {
                return new ClaimCheck(claim, ClaimCheck.Match.EXACT, Evidence.of(s.id(), s.text(), at, at + quote.length()));
            }
        }
        if (!folds.isEmpty()) {
            for (Source s : candidates) {
                NormalizedText n = folded.computeIfAbsent(s, k -> NormalizedText.of(k.text(), folds));
                int[] span = n.find(quote, folds, 0);
                if (span != null) {
                    return new ClaimCheck(claim, ClaimCheck.Match.NORMALIZED, Evidence.of(s.id(), s.text(), span[0], span[1]));
                }
            }
        }
        return new ClaimCheck(claim, ClaimCheck.Match.NOT_FOUND, null);
    }
}
