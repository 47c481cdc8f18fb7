package ai.domainassist.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of review pages: headings, column names, the names of modes, severities, flag kinds,
 * decisions and sections. They live in properties files (UTF-8), never in code, so a deployment
 * can translate or reword any page from one file of its own:
 *
 * <pre>{@code
 * # our-words.properties: only the keys to change; keys are namespaced (core: mode.*, severity.*;
 * # medical.*, finance.*, gov.* for the domain pages), so one file serves every page
 * medical.section.PLAN=诊疗计划
 * finance.decision.REFER_TO_HUMAN=提交理赔主管
 * }</pre>
 * <pre>{@code
 * ReportLabels ours = ReportLabels.load(Path.of("/etc/his/our-words.properties"));
 * OutpatientRecordPage.builder(result, transcript).labels(ours).build();
 * }</pre>
 *
 * <p>The SDK's own words are {@link #core(Locale)} (Chinese, or English for a non-{@code zh}
 * locale) plus each domain page's file; a page lays the labels it is given over its defaults with
 * {@link #overriddenBy(ReportLabels)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportLabels {
    private static final String CORE = "/ai/domainassist/core/report/labels_%s.properties";
    private static final Map<String, ReportLabels> CORE_LOADED = new ConcurrentHashMap<>();
    private static final ReportLabels NONE = new ReportLabels(Map.of());

    private final Map<String, String> words;

    private ReportLabels(Map<String, String> words) {
        this.words = words;
    }

    /**
     * The SDK's common words (modes, severities, flag kinds, usage, evidence notes, the generic
     * report's headings).
     *
     * @param locale the reader's locale: Chinese for {@code zh}, English for any other
     * @return the labels
     * @throws IllegalStateException if the labels file is missing from the jar
     */
    public static ReportLabels core(Locale locale) {
        String lang = "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? "zh" : "en";
        return CORE_LOADED.computeIfAbsent(lang, l -> fromResource(ReportLabels.class, String.format(CORE, l)));
    }

    /** @return labels without any word, to start an overlay from */
    public static ReportLabels none() {
        return NONE;
    }

    /**
     * Labels from a properties resource (UTF-8) on the class path. On the module path the resource is
     * read by this module ({@code ai.domainassist.core}), so the package that holds it must be opened to
     * {@code ai.domainassist.core} ({@code opens your.pkg to ai.domainassist.core;}), as the SDK's domain
     * modules do for their {@code report} packages.
     *
     * @param owner the class whose loader and package resolve the name
     * @param name the resource name, absolute ({@code /ai/...}) or relative to the owner's package
     * @return the labels
     * @throws IllegalStateException if there is no such resource
     * @throws UncheckedIOException if it cannot be read
     */
    public static ReportLabels fromResource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (next to " + owner.getName() + ")");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * A deployment's own words from a properties file (UTF-8, {@code key=value} lines, {@code #}
     * comments).
     *
     * @param file the file
     * @return the labels
     * @throws IOException if the file cannot be read
     */
    public static ReportLabels load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    /**
     * Labels from a map.
     *
     * @param words the words by key
     * @return the labels
     * @throws NullPointerException if the map, a key or a value is {@code null}
     */
    public static ReportLabels of(Map<String, String> words) {
        Map<String, String> copy = new LinkedHashMap<>();
        words.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        return new ReportLabels(Collections.unmodifiableMap(copy));
    }

    private static ReportLabels read(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : new TreeSet<>(p.stringPropertyNames())) {
            m.put(k, p.getProperty(k));
        }
        return new ReportLabels(Collections.unmodifiableMap(m));
    }

    /**
     * These labels with some words replaced.
     *
     * @param top the words that win where both have a key
     * @return the combined labels
     * @throws NullPointerException if {@code top} is {@code null}
     */
    public ReportLabels overriddenBy(ReportLabels top) {
        Objects.requireNonNull(top, "top");
        if (top.words.isEmpty()) {
            return this;
        }
        Map<String, String> m = new LinkedHashMap<>(words);
        m.putAll(top.words);
        return new ReportLabels(Collections.unmodifiableMap(m));
    }

    /**
     * A word.
     *
     * @param key the key
     * @return the word, not yet escaped
     * @throws IllegalStateException if the key is missing: a page never shows a key instead of a word
     */
    public String get(String key) {
        String v = words.get(key);
        if (v == null) {
            throw new IllegalStateException("report label '" + key + "' is missing");
        }
        return v;
    }

    /**
     * A word with {@code {0}}, {@code {1}} ... replaced by the arguments.
     *
     * @param key the key
     * @param args the arguments
     * @return the text, not yet escaped
     * @throws IllegalStateException if the key is missing
     */
    public String format(String key, Object... args) {
        String v = get(key);
        for (int i = 0; i < args.length; i++) {
            v = v.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return v;
    }

    /**
     * @param key a key
     * @return whether there is a word for it
     */
    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** @return the keys, sorted */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(words.keySet()));
    }
}
