package ai.domainassist.core.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report's words in one language, read from {@code labels_<lang>.properties} beside the
 * report's stylesheet. Chinese for a {@code zh} locale, English for any other.
 *
 * <p>Immutable and thread-safe; each language is loaded once.
 */
public final class Labels {
    private static final Map<String, Labels> LOADED = new ConcurrentHashMap<>();

    private final Properties words;

    private Labels(Properties words) {
        this.words = words;
    }

    /**
     * The labels for a locale.
     *
     * @param locale the reader's locale
     * @return Chinese labels for {@code zh}, English ones otherwise
     * @throws IllegalStateException if the labels file is missing from the jar
     */
    public static Labels forLocale(Locale locale) {
        String lang = "zh".equals(locale.getLanguage()) ? "zh" : "en";
        return LOADED.computeIfAbsent(lang, Labels::load);
    }

    private static Labels load(String lang) {
        String name = "/ai/domainassist/core/report/labels_" + lang + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return new Labels(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * A label.
     *
     * @param key the key
     * @return the label, not yet escaped
     * @throws IllegalStateException if the key is missing
     */
    public String get(String key) {
        String v = words.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("report label '" + key + "' is missing");
        }
        return v;
    }

    /**
     * A label with {@code {0}}, {@code {1}} ... replaced by the arguments.
     *
     * @param key the key
     * @param args the arguments
     * @return the label, not yet escaped
     * @throws IllegalStateException if the key is missing
     */
    public String format(String key, Object... args) {
        String v = get(key);
        for (int i = 0; i < args.length; i++) {
            v = v.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return v;
    }

    /** @return the keys, for checking that the languages agree */
    public Set<String> keys() {
        return words.stringPropertyNames();
    }
}
