package ai.domainassist.gov.report;

import ai.domainassist.core.Result;
import ai.domainassist.core.report.PageBuilder;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.NormativeReport;
import ai.domainassist.gov.report.internal.CheckPageLayout;
import java.util.Locale;
import java.util.Objects;

/**
 * The review page of a normative check, shaped like the document the officer wrote: its text with
 * every finding marked in its severity's colour (red error, orange warning, blue note) and, right
 * after the words, the rule id and the suggested fix (for a missing element, a note where it
 * belongs); beside it the findings in text order, each with the rule, the message, the fix, the
 * regulation it rests on and the library documents concerned; the checks that did not run; and,
 * when a library is given, the cited policy documents with their passages marked.
 *
 * <pre>{@code
 * Result<NormativeReport> result = assistant.check("dh-request-2024", text);
 * NormativeCheckPage.builder(result).library(library).build().writeTo(Path.of("check.html"));
 * }</pre>
 *
 * <p>One self-contained HTML file (no script, font, image or request), readable at 1280 pixels and
 * wider and printable on A4. Its words come from {@code report/labels_zh.properties} of this
 * package and sdk-core's; a deployment rewords them with {@link Builder#labels(ReportLabels)}.
 *
 * <p>Stateless and thread-safe; each {@link Builder} is used by one thread.
 */
public final class NormativeCheckPage {
    static final ReportLabels WORDS = ReportLabels.core(Locale.SIMPLIFIED_CHINESE)
            .overriddenBy(ReportLabels.fromResource(NormativeCheckPage.class, "/ai/domainassist/gov/report/labels_zh.properties"));

    private NormativeCheckPage() {
    }

    /**
     * Starts a page.
     *
     * @param result the check's result (its report holds the checked text)
     * @return a builder
     * @throws NullPointerException if {@code result} is {@code null}
     */
    public static Builder builder(Result<NormativeReport> result) {
        return new Builder(Objects.requireNonNull(result, "result"));
    }

    /** @return the pages' own words, over sdk-core's shared ones */
    public static ReportLabels defaultLabels() {
        return WORDS;
    }

    /** Configures a {@link NormativeCheckPage}. Not thread-safe. */
    public static final class Builder extends PageBuilder<Builder> {
        private final Result<NormativeReport> result;
        private PolicyLibrary library;

        private Builder(Result<NormativeReport> result) {
            this.result = result;
        }

        /**
         * Shows the library documents the findings cite (a repealed policy, a duplicated passage).
         *
         * @param library the library the check used
         * @return this builder
         * @throws NullPointerException if {@code library} is {@code null}
         */
        public Builder library(PolicyLibrary library) {
            this.library = Objects.requireNonNull(library, "library");
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ReviewPage build() {
            ReportLabels words = words(WORDS);
            return new CheckPageLayout(result, library, words,
                    titleOr(words.get("gov.check.title") + " " + result.value().document().sourceId())).write();
        }
    }
}
