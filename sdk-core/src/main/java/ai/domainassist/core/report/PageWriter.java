package ai.domainassist.core.report;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.report.internal.EvidenceIndex;
import ai.domainassist.core.report.internal.Html;
import ai.domainassist.core.report.internal.PageHead;
import ai.domainassist.core.report.internal.Production;
import ai.domainassist.core.report.internal.SourceHighlighter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The primitives a domain's review page is written with, so that each page can be shaped like the
 * document its reader knows (an outpatient record, a claim file, an official document) and still
 * share what every page needs: escaping, evidence links that lead to the highlighted words of the
 * source and back, flags with their severity, the words from {@link ReportLabels}, and one
 * self-contained HTML document with a strict Content-Security-Policy.
 *
 * <pre>{@code
 * PageWriter w = PageWriter.create("门诊病历审核", labels, PageWriter.stylesheet(MyPage.class, "my-page.css"));
 * w.source("u2", "患者 第2句", "我咳嗽三天了");          // every source before the first citation
 * w.markup("<h1>").text(title).markup("</h1>");        // text() escapes; markup() is the page's own tags
 * w.markup("<p id=\"cc\">").text("咳嗽3天").markup("</p>")
 *  .evidence(chiefComplaint.evidence(), "cc", "主诉", null);   // links to the words, the words link back to #cc
 * w.markup("<div class=\"utt\">").sourceText("u2").markup("</div>");   // the text with its spans marked
 * ReviewPage page = w.finish();
 * }</pre>
 *
 * <p>Rules the writer enforces: sources are registered before they are cited; element ids the
 * page gives are plain identifiers (generated, never user data); every source that a link points
 * into is shown exactly once ({@link #finish()} fails otherwise), so no link on a finished page
 * leads nowhere. Evidence that cannot be located (its source not given, its quote not at its
 * span) is listed with the reason and highlighted nowhere; evidence with an empty span names a
 * whole document and is shown as a link to it, never as an empty quote.
 *
 * <p>Not thread-safe: one writer per page, used by one thread.
 */
public final class PageWriter {
    private static final String BASE_CSS = PageHead.resource(PageWriter.class, "/ai/domainassist/core/report/page.css");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final int MAX_QUOTE = 40;

    private final String title;
    private final ReportLabels labels;
    private final String css;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final EvidenceIndex spans = new EvidenceIndex(texts);
    private final Set<String> shown = new HashSet<>();
    private final Set<String> linkedAsDocument = new HashSet<>();
    private final StringBuilder body = new StringBuilder(16384);
    private boolean linksNameSource;
    private boolean finished;

    private PageWriter(String title, ReportLabels labels, String css) {
        this.title = title;
        this.labels = labels;
        this.css = css;
    }

    /**
     * Starts a page.
     *
     * @param title the page's title (the browser tab; the page writes its own heading)
     * @param labels the page's words; must include {@link ReportLabels#core(Locale)}'s keys
     * @param stylesheet the layout's own stylesheet, appended to the shared one (fonts, colours,
     *     badges, flags, evidence, marks, print); the page's own resource, never user data
     * @return the writer
     * @throws NullPointerException if an argument is {@code null}
     */
    public static PageWriter create(String title, ReportLabels labels, String stylesheet) {
        return new PageWriter(Objects.requireNonNull(title, "title"), Objects.requireNonNull(labels, "labels"),
                BASE_CSS + "\n" + Objects.requireNonNull(stylesheet, "stylesheet"));
    }

    /**
     * Reads a stylesheet resource (UTF-8) for {@link #create}.
     *
     * @param owner the class whose loader and package resolve the name
     * @param name the resource name
     * @return the stylesheet's text
     * @throws IllegalStateException if the resource is missing
     */
    public static String stylesheet(Class<?> owner, String name) {
        return PageHead.resource(owner, name);
    }

    /**
     * Escapes text for an element's content or a quoted attribute value; characters HTML cannot
     * carry (NUL, controls, unpaired surrogates) become U+FFFD.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(CharSequence text) {
        return Html.escape(text);
    }

    /**
     * Registers a source text that evidence refers to by {@link Evidence#sourceId()}.
     *
     * @param id the id the evidence uses
     * @param title how the page names it (in links to it and on hover), for example {@code 03-invoice 门诊发票}
     * @param text the text, exactly as the spans were computed on it
     * @return this writer
     * @throws IllegalArgumentException if a source with that id was already registered
     * @throws NullPointerException if an argument is {@code null}
     */
    public PageWriter source(String id, String title, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (texts.containsKey(id)) {
            throw new IllegalArgumentException("source '" + id + "' was already registered");
        }
        texts.put(id, text);
        titles.put(id, title);
        return this;
    }

    /**
     * @param id a source id
     * @return whether the source was registered
     */
    public boolean hasSource(String id) {
        return texts.containsKey(id);
    }

    /**
     * Whether evidence links name their source before the quote ({@code 03-invoice 「428.50」}),
     * which helps where several documents are shown; by default they show the quote only.
     *
     * @param on whether to name the source
     * @return this writer
     */
    public PageWriter linksNameSource(boolean on) {
        this.linksNameSource = on;
        return this;
    }

    /** @return the page's words */
    public ReportLabels labels() {
        return labels;
    }

    /**
     * A word of the page, with {@code {0}} ... replaced by the arguments.
     *
     * @param key the key
     * @param args the arguments
     * @return the word, not escaped
     * @throws IllegalStateException if the key is missing
     */
    public String label(String key, Object... args) {
        return labels.format(key, args);
    }

    /**
     * Appends text, escaped.
     *
     * @param text the text
     * @return this writer
     */
    public PageWriter text(CharSequence text) {
        Html.append(body, text, 0, text.length());
        return this;
    }

    /**
     * Appends a word of the page, escaped.
     *
     * @param key the key
     * @param args the arguments
     * @return this writer
     * @throws IllegalStateException if the key is missing
     */
    public PageWriter word(String key, Object... args) {
        return text(label(key, args));
    }

    /**
     * Appends the page's own markup as it is. Use it for tags and attributes the layout writes
     * itself; everything from a result or a source goes through {@link #text} or {@link #escape}.
     *
     * @param markup the markup
     * @return this writer
     */
    public PageWriter markup(String markup) {
        body.append(markup);
        return this;
    }

    /**
     * Appends how the result was produced, as a description list ({@code <dl class="production">}):
     * the mode as a badge with a sentence, the model's token usage, the audit id.
     *
     * @param result the result
     * @return this writer
     */
    public PageWriter production(Result<?> result) {
        body.append("<dl class=\"production\">\n");
        Production.write(body, result, labels);
        body.append("</dl>\n");
        return this;
    }

    /**
     * Appends a severity badge ({@code 错误}, {@code 警告}, {@code 提示}) in the severity's colour.
     *
     * @param severity the severity
     * @return this writer
     */
    public PageWriter badge(Severity severity) {
        body.append("<span class=\"badge ").append(cssClass(severity)).append("\">");
        return word("severity." + severity.name()).markup("</span>");
    }

    /**
     * The CSS class of a severity's colour: {@code sev-error}, {@code sev-warning}, {@code sev-info}.
     *
     * @param severity the severity
     * @return the class
     */
    public static String cssClass(Severity severity) {
        return "sev-" + severity.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Records that an element of the page cites evidence, so that the evidence's words in its
     * source are highlighted (in the severity's colour, if one is given) and link back to the element.
     *
     * @param e the evidence
     * @param citerId the citing element's id
     * @param citerTitle what the element is, shown when hovering over the words
     * @param severity the severity of what it says about the words, or {@code null} for plain evidence
     * @return the span's number ({@code #ev-N}), or -1 when the evidence is not located
     * @throws IllegalArgumentException if the id is not a plain identifier
     * @throws IllegalStateException if the source was already shown (its marks are written)
     */
    public int cite(Evidence e, String citerId, String citerTitle, Severity severity) {
        checkId(citerId);
        if (shown.contains(e.sourceId()) && spans.problem(e) == null && spans.spanId(e) < 0) {
            throw new IllegalStateException("source '" + e.sourceId() + "' was shown before this evidence was cited");
        }
        return spans.cite(e, new EvidenceIndex.Citer(citerId, citerTitle, severity == null ? 0 : severity.ordinal() + 1));
    }

    /**
     * Cites evidence ({@link #cite}) and appends its links: {@code <span class="evidence">} with one
     * link per located span, a link to the document for evidence that names a whole document, and
     * the quote with the reason for evidence that cannot be located. Nothing for an empty list.
     *
     * @param evidence the evidence
     * @param citerId the citing element's id
     * @param citerTitle what the element is
     * @param severity the severity, or {@code null}
     * @return this writer
     */
    public PageWriter evidence(List<Evidence> evidence, String citerId, String citerTitle, Severity severity) {
        if (evidence.isEmpty()) {
            return this;
        }
        body.append("<span class=\"evidence\">");
        for (Evidence e : evidence) {
            int span = cite(e, citerId, citerTitle, severity);
            EvidenceIndex.Problem problem = spans.problem(e);
            if (span >= 0) {
                String where = titles.get(e.sourceId()) + " " + e.start() + "–" + e.end();
                body.append("<a class=\"ev-link\" href=\"#ev-").append(span).append("\" title=\"")
                        .append(Html.escape(where)).append("\">");
                if (linksNameSource) {
                    body.append("<span class=\"source-id\">").append(Html.escape(titles.get(e.sourceId()))).append("</span>");
                }
                body.append("<span class=\"quote\">「").append(Html.escape(shown(e.quote()))).append("」</span></a>");
            } else if (problem == EvidenceIndex.Problem.EMPTY) {
                linkedAsDocument.add(e.sourceId());
                body.append("<a class=\"doc-link\" href=\"#").append(sourceAnchor(e.sourceId())).append("\">")
                        .append(Html.escape(label("evidence.document", titles.get(e.sourceId())))).append("</a>");
            } else {
                String why = problem == EvidenceIndex.Problem.NO_SOURCE
                        ? label("evidence.nosource", e.sourceId()) : label("evidence.unlocated");
                body.append("<span class=\"unlocated\">");
                if (!e.quote().isBlank()) {
                    body.append("<span class=\"quote\">「").append(Html.escape(shown(e.quote()))).append("」</span>");
                }
                body.append(Html.escape(why)).append("</span>");
            }
        }
        body.append("</span>");
        return this;
    }

    private String shown(String quote) {
        String q = quote.strip();
        if (q.isEmpty()) {
            return label("evidence.blank");
        }
        return q.length() > MAX_QUOTE ? q.substring(0, MAX_QUOTE) + "…" : q;
    }

    /**
     * Appends a review flag as a list item ({@code <li class="flag sev-…">}): its severity badge,
     * its kind, what it concerns (if given), its message and its evidence, cited in its colour.
     * The caller writes the list around it.
     *
     * @param flag the flag
     * @param id the item's id
     * @param concerns what the flag concerns in the reader's words ({@code 现病史}), or {@code null}
     * @return this writer
     * @throws IllegalArgumentException if the id is not a plain identifier
     */
    public PageWriter flag(ReviewFlag flag, String id, String concerns) {
        checkId(id);
        String kind = label("kind." + flag.kind().name());
        body.append("<li class=\"flag ").append(cssClass(flag.severity())).append("\" id=\"").append(id)
                .append("\" data-kind=\"").append(flag.kind().name()).append("\" data-severity=\"")
                .append(flag.severity().name()).append("\">");
        badge(flag.severity());
        body.append("<span class=\"kind\">").append(Html.escape(kind)).append("</span>");
        if (concerns != null && !concerns.isBlank()) {
            body.append("<span class=\"concerns\">").append(Html.escape(concerns)).append("</span>");
        }
        body.append("<span class=\"message\">").append(Html.escape(flag.message())).append("</span>");
        evidence(flag.evidence(), id, label("severity." + flag.severity().name()) + " · " + kind, flag.severity());
        body.append("</li>\n");
        return this;
    }

    /**
     * The id of the anchor {@link #sourceText} writes where a source starts.
     *
     * @param sourceId a registered source
     * @return the anchor's id, {@code src-N}
     * @throws IllegalArgumentException if the source was not registered
     */
    public String sourceAnchor(String sourceId) {
        int i = new ArrayList<>(texts.keySet()).indexOf(sourceId);
        if (i < 0) {
            throw new IllegalArgumentException("source '" + sourceId + "' was not registered");
        }
        return "src-" + i;
    }

    /**
     * Appends a source's text, escaped, with every span cited so far marked: each mark coloured
     * by the most severe citer and linking to the first, the first character of each span
     * carrying the span's anchor ({@code #ev-N}).
     *
     * @param sourceId a registered source
     * @return this writer
     * @throws IllegalArgumentException if the source was not registered
     * @throws IllegalStateException if it was already shown
     */
    public PageWriter sourceText(String sourceId) {
        return sourceText(sourceId, Map.of());
    }

    /**
     * Appends a source's text as {@link #sourceText(String)} does, with notes between its
     * characters (a finding's rule and fix right after the words it concerns).
     *
     * @param sourceId a registered source
     * @param notes the page's own markup to insert before the character at each offset
     *     ({@code text.length()} for the end); values from a result must be escaped in it
     * @return this writer
     * @throws IllegalArgumentException if the source was not registered or a note lies outside it
     * @throws IllegalStateException if it was already shown
     */
    public PageWriter sourceText(String sourceId, Map<Integer, String> notes) {
        String anchor = sourceAnchor(sourceId);
        if (!shown.add(sourceId)) {
            throw new IllegalStateException("source '" + sourceId + "' is shown twice");
        }
        body.append("<span class=\"anchor\" id=\"").append(anchor).append("\"></span>");
        List<SourceHighlighter.Mark> marks = new ArrayList<>();
        for (EvidenceIndex.Span s : spans.spansIn(sourceId)) {
            marks.add(EvidenceIndex.mark(s));
        }
        SourceHighlighter.render(body, texts.get(sourceId), marks, notes);
        return this;
    }

    /**
     * Finishes the page.
     *
     * @return the page
     * @throws IllegalStateException if a source that links point into was never shown, or the
     *     writer was already finished
     */
    public ReviewPage finish() {
        if (finished) {
            throw new IllegalStateException("the page is already finished");
        }
        for (String id : texts.keySet()) {
            boolean linked = linkedAsDocument.contains(id) || !spans.spansIn(id).isEmpty();
            if (linked && !shown.contains(id)) {
                throw new IllegalStateException("source '" + id + "' is cited but never shown: its links would lead nowhere");
            }
        }
        finished = true;
        StringBuilder out = new StringBuilder(body.length() + css.length() + 1024);
        PageHead.write(out, labels.get("lang"), title, css);
        out.append(body).append("</body>\n</html>\n");
        return new ReviewPage(out.toString());
    }

    private static void checkId(String id) {
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("element id must be a plain identifier: " + id);
        }
    }
}
