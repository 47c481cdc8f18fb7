package ai.domainassist.core.report;

import java.util.Objects;

/**
 * What every review page's builder offers: a heading of the application's choosing and a
 * deployment's own words over the page's. The domain pages' builders ({@code OutpatientRecordPage},
 * {@code ClaimAssessmentPage}, {@code NormativeCheckPage}, {@code DraftPage}) extend it.
 *
 * <p>Not thread-safe: one builder per page, used by one thread.
 *
 * @param <B> the concrete builder, returned by the setters
 */
public abstract class PageBuilder<B extends PageBuilder<B>> {
    private String title;
    private ReportLabels labels = ReportLabels.none();

    /** For subclasses. */
    protected PageBuilder() {
    }

    /**
     * Sets the page's heading (and the browser tab's title); each page has a default.
     *
     * @param title the heading
     * @return this builder
     * @throws NullPointerException if {@code title} is {@code null}
     */
    public B title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return self();
    }

    /**
     * Rewords the page: these labels win over the page's own and sdk-core's, key by key.
     *
     * @param labels a deployment's words, for example {@link ReportLabels#load}
     * @return this builder
     * @throws NullPointerException if {@code labels} is {@code null}
     */
    public B labels(ReportLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        return self();
    }

    /**
     * Writes the page.
     *
     * @return the page
     */
    public abstract ReviewPage build();

    /** @return this builder as its concrete type */
    protected abstract B self();

    /**
     * The page's words.
     *
     * @param defaults the page's own words over sdk-core's
     * @return the defaults with the deployment's words over them
     */
    protected ReportLabels words(ReportLabels defaults) {
        return defaults.overriddenBy(labels);
    }

    /**
     * The heading.
     *
     * @param byDefault the page's default heading
     * @return the heading set, or the default
     */
    protected String titleOr(String byDefault) {
        return title != null ? title : byDefault;
    }
}
