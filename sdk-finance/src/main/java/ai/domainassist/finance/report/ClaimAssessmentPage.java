package ai.domainassist.finance.report;

import ai.domainassist.core.Result;
import ai.domainassist.core.report.PageBuilder;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.finance.model.ClaimAssessment;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.report.internal.ClaimPageLayout;
import java.util.Locale;
import java.util.Objects;

/**
 * The review page of a claim assessment, shaped like the file an adjuster works through: at the
 * top the recommended decision and why (reason, policy clause, the rules that led to it, the
 * claimed, eligible and payable amounts); the payable computation as a table (项目 | 金额 | 计算后 |
 * 规则与说明 | 证据) ending in the amount to pay; the risk alerts with their rule ids; duplicate
 * invoices with the other claim that submitted them; the materials missing; every document as it
 * was classified with its extracted fields; and the original documents with the evidence of all
 * of the above highlighted and linked back.
 *
 * <pre>{@code
 * Result<ClaimAssessment> result = assistant.assess(bundle, policy);
 * ClaimAssessmentPage.builder(result, bundle).build().writeTo(Path.of(bundle.claimId() + ".html"));
 * }</pre>
 *
 * <p>One self-contained HTML file (no script, font, image or request), whose tables fit a 1280
 * pixel screen (long numbers and ids never break inside) and which prints on A4. Its words come
 * from {@code report/labels_zh.properties} of this package and sdk-core's; a deployment rewords
 * them with {@link Builder#labels(ReportLabels)}.
 *
 * <p>Stateless and thread-safe; each {@link Builder} is used by one thread.
 */
public final class ClaimAssessmentPage {
    private static final ReportLabels WORDS = ReportLabels.core(Locale.SIMPLIFIED_CHINESE)
            .overriddenBy(ReportLabels.fromResource(ClaimAssessmentPage.class, "/ai/domainassist/finance/report/labels_zh.properties"));

    private ClaimAssessmentPage() {
    }

    /**
     * Starts a page.
     *
     * @param result the assessment
     * @param bundle the claim it assessed (the page shows its documents)
     * @return a builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public static Builder builder(Result<ClaimAssessment> result, ClaimBundle bundle) {
        return new Builder(Objects.requireNonNull(result, "result"), Objects.requireNonNull(bundle, "bundle"));
    }

    /** @return the page's own words, over sdk-core's shared ones */
    public static ReportLabels defaultLabels() {
        return WORDS;
    }

    /** Configures a {@link ClaimAssessmentPage}. Not thread-safe. */
    public static final class Builder extends PageBuilder<Builder> {
        private final Result<ClaimAssessment> result;
        private final ClaimBundle bundle;

        private Builder(Result<ClaimAssessment> result, ClaimBundle bundle) {
            this.result = result;
            this.bundle = bundle;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ReviewPage build() {
            ReportLabels words = words(WORDS);
            return new ClaimPageLayout(result, bundle, words,
                    titleOr(words.get("finance.title") + " " + result.value().claimId())).write();
        }
    }
}
