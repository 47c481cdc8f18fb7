package ai.domainassist.gov.report;

import ai.domainassist.core.Result;
import ai.domainassist.core.report.PageBuilder;
import ai.domainassist.core.report.ReportLabels;
import ai.domainassist.core.report.ReviewPage;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.gov.report.internal.DraftPageLayout;
import java.util.Objects;

/**
 * The review page of a drafted official document: the locked header elements (标题, 发文字号,
 * 签发人, 主送机关, 附件说明, 署名, 成文日期), each with the request fields it came from and a link to
 * where it stands in the draft; who wrote the body (the rules' skeleton or a model, with its
 * confidence); the draft's text with the normative check's findings marked inline as on the
 * {@link NormativeCheckPage}; the findings and the other flags (request fields missing, citations
 * that failed verification); and the library clauses the body cites.
 *
 * <pre>{@code
 * Result<PolicyDraft> result = assistant.draft(request);
 * DraftPage.builder(result).request(request).library(library).build().writeTo(Path.of("draft.html"));
 * }</pre>
 *
 * <p>One self-contained HTML file, readable at 1280 pixels and wider and printable on A4; its
 * words from the same labels as {@link NormativeCheckPage}.
 *
 * <p>Stateless and thread-safe; each {@link Builder} is used by one thread.
 */
public final class DraftPage {
    private DraftPage() {
    }

    /**
     * Starts a page.
     *
     * @param result the drafting result
     * @return a builder
     * @throws NullPointerException if {@code result} is {@code null}
     */
    public static Builder builder(Result<PolicyDraft> result) {
        return new Builder(Objects.requireNonNull(result, "result"));
    }

    /** Configures a {@link DraftPage}. Not thread-safe. */
    public static final class Builder extends PageBuilder<Builder> {
        private final Result<PolicyDraft> result;
        private PolicyLibrary library;
        private DraftRequest request;

        private Builder(Result<PolicyDraft> result) {
            this.result = result;
        }

        /**
         * Shows, for every header element, the values of the request fields it was made from;
         * without it the page names the fields only.
         *
         * @param request the request the draft was made from
         * @return this builder
         * @throws NullPointerException if {@code request} is {@code null}
         */
        public Builder request(DraftRequest request) {
            this.request = Objects.requireNonNull(request, "request");
            return this;
        }

        /**
         * Shows the library documents the body cites, their clauses marked.
         *
         * @param library the library the draft cites
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
            ReportLabels words = words(NormativeCheckPage.WORDS);
            return new DraftPageLayout(result, request, library, words,
                    titleOr(words.get("gov.draft.title") + " " + result.value().title().value())).write();
        }
    }
}
