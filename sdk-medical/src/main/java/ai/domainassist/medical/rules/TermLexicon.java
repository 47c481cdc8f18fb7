package ai.domainassist.medical.rules;

import ai.domainassist.medical.internal.DataFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The colloquial-to-standard term lexicon of the offline engine: what patients and doctors say
 * (拉肚子, 发烧, 嗓子疼, 心慌, 喘不上气, 美林, 验血) and the term a record writes (腹泻, 发热, 咽痛, 心悸,
 * 呼吸困难, 布洛芬, 血常规), with the kind of term and the department it belongs to.
 *
 * <p>The shipped lexicon ({@link #defaults()}) is a set of tab-separated files under
 * {@code ai/domainassist/medical/lexicon/} covering general internal medicine, paediatrics,
 * respiratory, digestive, cardiovascular, ENT, dermatology, gynaecology and more. A hospital
 * extends or corrects it with its own file in the same format ({@link #load(Path)}) merged on top
 * ({@link #with(TermLexicon)}): a surface in the later lexicon replaces the same surface in the
 * earlier one. File format, one entry a line, {@code #} comments:
 * <pre>
 * surface&lt;TAB&gt;standard&lt;TAB&gt;category&lt;TAB&gt;department[&lt;TAB&gt;extra]
 * 拉肚子    腹泻    SYMPTOM    消化
 * 肚子…疼   腹痛    SYMPTOM    消化          ("…": up to 3 characters in between, 肚子有点疼)
 * 上吐下泻  呕吐;腹泻  SYMPTOM  消化          (";": several terms)
 * 美林      布洛芬  DRUG       儿科    解热镇痛药   (extra: the drug class)
 * 发绿      绿便    SYMPTOM    儿科    TOPIC:大便|便便|拉的   (extra: only where one of these words is said)
 * </pre>
 * A symptom entry with {@code TOPIC:} words counts only where its topic is spoken of: one of the words
 * earlier in the same clause or in the clause before, or in the utterance it answers ({@code 大便怎么样？ 发绿}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TermLexicon {
    private static final String[] SHIPPED = {"symptoms.tsv", "signs.tsv", "diseases.tsv", "drugs.tsv", "exams.tsv",
        "sites.tsv", "allergens.tsv", "procedures.tsv", "cmdd-derived.tsv", "stool.tsv", "ignore.tsv"};
    private static final TermLexicon DEFAULTS = loadDefaults();

    /** What kind of term an entry is. */
    public enum Category {
        /** A symptom the patient reports (症状). */
        SYMPTOM,
        /** A physical-examination finding (体征). */
        SIGN,
        /** A disease, for diagnoses and past history; extra holds CHRONIC, ACUTE or INFECTIOUS. */
        DISEASE,
        /** A medicine; extra holds its class. */
        DRUG,
        /** A class of medicine as patients name it (消炎药); extra holds the class. */
        DRUG_CLASS,
        /** A test or imaging study. */
        EXAM,
        /** A body site, the site attribute of a symptom. */
        SITE,
        /** A food, as an allergen. */
        FOOD,
        /** Another allergen (pollen, dust mites). */
        ALLERGEN,
        /** A surgery or procedure in the past history, or a transfusion. */
        PROCEDURE,
        /** Vaccination. */
        VACCINE,
        /** A word that contains a term but is not one (止咳); it shadows the shorter term. */
        IGNORE
    }

    /**
     * One lexicon entry.
     *
     * @param surface the words as said ("…" joins two parts with a gap)
     * @param standard the record term; several separated by ";"
     * @param category the kind of term
     * @param department the department it belongs to (informative)
     * @param extra the drug class, the disease kind, a symptom's {@code TOPIC:} words, or empty
     */
    public record Entry(String surface, String standard, Category category, String department, String extra) {
        /**
         * Checks and normalises the components.
         *
         * @param surface the words as said ("…" joins two parts with a gap)
         * @param standard the record term; several separated by ";"
         * @param category the kind of term
         * @param department the department it belongs to (informative)
         * @param extra the drug class, the disease kind, a symptom's {@code TOPIC:} words, or empty
         * @throws NullPointerException if a component is {@code null}
         * @throws IllegalArgumentException if the surface or standard is blank, or a gap has an empty side
         */
        public Entry {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(extra, "extra");
            if (surface.isBlank() || standard.isBlank()) {
                throw new IllegalArgumentException("lexicon entry needs a surface and a standard term");
            }
            int gap = surface.indexOf('…');
            if (gap == 0 || gap == surface.length() - 1 || (gap > 0 && surface.indexOf('…', gap + 1) >= 0)) {
                throw new IllegalArgumentException("a gap \"…\" needs text on both sides and may occur once");
            }
        }

        /**
         * The words of a symptom's topic ({@code TOPIC:大便|便便}): the entry counts only where one is said.
         *
         * @return the words, or an empty list for an entry that counts everywhere
         */
        public List<String> topic() {
            return extra.startsWith("TOPIC:") ? List.of(extra.substring(6).split("\\|")) : List.of();
        }

        /** @return the standard terms (one, or several for a ";" entry) */
        public List<String> standards() {
            return List.of(standard.split(";"));
        }
    }

    private final Map<String, Entry> entries;

    private TermLexicon(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** @return the shipped lexicon, loaded once */
    public static TermLexicon defaults() {
        return DEFAULTS;
    }

    /** @return a lexicon with no entries (to run with a hospital's own lexicon only) */
    public static TermLexicon empty() {
        return new TermLexicon(Map.of());
    }

    /**
     * Reads a lexicon file in the format above (UTF-8).
     *
     * @param file the file
     * @return the lexicon of that file alone; merge it with {@code defaults().with(...)}
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if a line is malformed (the message names the line number)
     */
    public static TermLexicon load(Path file) {
        Objects.requireNonNull(file, "file");
        return fromRows(DataFile.file(file), file.getFileName().toString());
    }

    /**
     * A lexicon of the given entries.
     *
     * @param entries the entries; a later entry replaces an earlier one with the same surface
     * @return the lexicon
     */
    public static TermLexicon of(Collection<Entry> entries) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            m.put(key(e.surface()), Objects.requireNonNull(e, "entry"));
        }
        return new TermLexicon(m);
    }

    /**
     * This lexicon with another merged on top.
     *
     * @param overrides the entries to add; they replace entries with the same surface
     * @return the merged lexicon
     */
    public TermLexicon with(TermLexicon overrides) {
        Map<String, Entry> m = new LinkedHashMap<>(entries);
        m.putAll(overrides.entries);
        return new TermLexicon(m);
    }

    /** @return every entry, in file order */
    public Collection<Entry> entries() {
        return entries.values();
    }

    /** @return the number of entries */
    public int size() {
        return entries.size();
    }

    /**
     * The entry for a surface.
     *
     * @param surface the words (width and letter case are folded)
     * @return the entry, or empty
     */
    public Optional<Entry> lookup(String surface) {
        return Optional.ofNullable(entries.get(key(surface)));
    }

    /**
     * The entries of one category.
     *
     * @param category the category
     * @return those entries
     */
    public List<Entry> entries(Category category) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.category() == category) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Folds a surface for lookup: half-width, upper-case Latin letters.
     *
     * @param s the text
     * @return the key
     */
    static String key(String s) {
        return ai.domainassist.core.text.Width.toHalf(s.strip()).toUpperCase(Locale.ROOT);
    }

    private static TermLexicon loadDefaults() {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (String f : SHIPPED) {
            for (Entry e : fromRows(DataFile.resource("lexicon/" + f), f).entries.values()) {
                m.put(key(e.surface()), e);
            }
        }
        return new TermLexicon(m);
    }

    private static TermLexicon fromRows(List<DataFile.Row> rows, String name) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (DataFile.Row r : rows) {
            Category c;
            try {
                c = Category.valueOf(r.col(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + r.line() + ": unknown category \"" + r.col(2)
                        + "\"");
            }
            try {
                Entry e = new Entry(r.col(0), r.col(1), c, r.col(3), r.col(4));
                m.put(key(e.surface()), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + r.line() + ": " + e.getMessage());
            }
        }
        return new TermLexicon(m);
    }
}
