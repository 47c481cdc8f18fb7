package ai.domainassist.core.report;

import ai.domainassist.core.Result;
import ai.domainassist.core.report.internal.GroundedFieldCollector;
import ai.domainassist.core.report.internal.ReportPage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A self-contained HTML page that shows a {@link Result} to the person who must review it (the
 * doctor, the claims adjuster, the policy writer): the source texts with every field's evidence
 * highlighted, each field linked to its spans and each span back to its field, the review flags
 * grouped by severity and linked to their fields and spans, and how the result was produced
 * (mode, token usage, audit id).
 *
 * <pre>{@code
 * Result<OutpatientRecord> result = assistant.structure(transcript);
 * ReviewReport.builder(result)
 *         .title("门诊病历 2024-0311")
 *         .source("transcript", transcript.text())
 *         .build()
 *         .writeTo(Path.of("review.html"));
 * }</pre>
 *
 * <p>The fields are found generically: every {@link ai.domainassist.core.grounding.Grounded} value
 * inside the result's value (through records, beans, lists, arrays, maps and optionals) becomes a
 * row, named by its path ({@code diagnoses[0]}), the notation {@link ai.domainassist.core.ReviewFlag#field()}
 * uses. Evidence is highlighted only where its source was given and its span holds its quote;
 * other evidence is listed with the reason, never placed at a wrong spot.
 *
 * <p>The page loads nothing: no script (its Content-Security-Policy forbids scripts altogether),
 * font, image or stylesheet from anywhere, so it can be opened offline, mailed or archived. All
 * text from the result and the sources is escaped, so a source containing {@code <script>} shows
 * as text.
 *
 * <p>Instances are immutable and thread-safe; the page is rendered once, by {@link Builder#build()}.
 */
public final class ReviewReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

    private final String html;
    private final List<GroundedField> fields;

    private ReviewReport(String html, List<GroundedField> fields) {
        this.html = html;
        this.fields = fields;
    }

    /**
     * Starts a report on a result.
     *
     * @param result the result to review
     * @return a builder
     * @throws NullPointerException if {@code result} is {@code null}
     */
    public static Builder builder(Result<?> result) {
        return new Builder(Objects.requireNonNull(result, "result"));
    }

    /** @return the HTML document, UTF-8 text starting with {@code <!DOCTYPE html>} */
    public String html() {
        return html;
    }

    /** @return the grounded fields the report shows, in page order */
    public List<GroundedField> fields() {
        return fields;
    }

    /**
     * Writes the page to a file in UTF-8, replacing it if it exists.
     *
     * @param file the file, conventionally ending in {@code .html}
     * @throws IOException if the file cannot be written
     */
    public void writeTo(Path file) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /**
     * Writes the page to a writer, which should encode UTF-8 (the page declares that charset).
     * The writer is not closed.
     *
     * @param out the writer
     * @throws IOException if writing fails
     */
    public void writeTo(Writer out) throws IOException {
        out.write(html);
        out.flush();
    }

    /**
     * Collects the grounded values inside a value, as the report does. Useful for other renderings
     * of a result (text, JSON) that should name fields the same way.
     *
     * @param value a result's value (records, beans, collections, maps, optionals), or {@code null}
     * @return every grounded value with its path, in walk order; empty for {@code null}
     */
    public static List<GroundedField> groundedFields(Object value) {
        return GroundedFieldCollector.collect(value).fields();
    }

    /**
     * Configures a {@link ReviewReport}. Not thread-safe; {@link #build()} renders the page.
     */
    public static final class Builder {
        private final Result<?> result;
        private final Map<String, String> sources = new LinkedHashMap<>();
        private String title;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private ZonedDateTime generatedAt;

        private Builder(Result<?> result) {
            this.result = result;
        }

        /**
         * Sets the page's title, shown as its heading; by default "审核报告" (or "Review report").
         *
         * @param title the title
         * @return this builder
         * @throws NullPointerException if {@code title} is {@code null}
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Adds a source text that evidence refers to by {@link ai.domainassist.core.grounding.Evidence#sourceId()}.
         * Sources are shown in the order added.
         *
         * @param sourceId the id the evidence uses, for example {@code transcript}
         * @param text the text, exactly as the spans were computed on it
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if a source with that id was already added
         */
        public Builder source(String sourceId, String text) {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(text, "text");
            if (sources.putIfAbsent(sourceId, text) != null) {
                throw new IllegalArgumentException("source '" + sourceId + "' was already added");
            }
            return this;
        }

        /**
         * Adds several source texts, in the map's iteration order.
         *
         * @param sourcesById the texts by source id
         * @return this builder
         * @throws NullPointerException if the map, a key or a value is {@code null}
         * @throws IllegalArgumentException if an id was already added
         */
        public Builder sources(Map<String, String> sourcesById) {
            sourcesById.forEach(this::source);
            return this;
        }

        /**
         * Sets the language of the page's own words (headings, labels): Chinese for a {@code zh}
         * locale (the default), English for any other. Values, messages and sources are shown as
         * they are.
         *
         * @param locale the reader's locale
         * @return this builder
         * @throws NullPointerException if {@code locale} is {@code null}
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Shows when the report was made. By default no time is shown, so the same result always
         * gives the same page.
         *
         * @param time the time, shown with its offset
         * @return this builder
         * @throws NullPointerException if {@code time} is {@code null}
         */
        public Builder generatedAt(ZonedDateTime time) {
            this.generatedAt = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Renders the page.
         *
         * @return the report
         */
        public ReviewReport build() {
            ReportLabels labels = ReportLabels.core(locale);
            GroundedFieldCollector.Collected collected = GroundedFieldCollector.collect(result.value());
            String html = ReportPage.render(new ReportPage.Input(
                    title != null ? title : labels.get("title.default"), result, sources, collected, labels,
                    generatedAt == null ? null : TIME.format(generatedAt)));
            return new ReviewReport(html, collected.fields());
        }
    }
}
