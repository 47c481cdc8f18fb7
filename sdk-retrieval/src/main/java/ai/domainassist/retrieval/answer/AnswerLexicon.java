package ai.domainassist.retrieval.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words {@link AnswerabilityJudge} and {@link AnswerSupport} read a question or an answer with: stop
 * words (question words, particles, pronouns, function words: not key terms), generic words (key terms
 * that say little in a domain, counted half) and synonyms (a word as askers say it, and the forms the sources
 * use for it: the word counts as present where one of its forms stands). Kept in a UTF-8 file, one entry a
 * line, tab separated, {@code #} starting a comment:
 * <pre>
 * stop    &lt;TAB&gt; word
 * generic &lt;TAB&gt; word
 * synonym &lt;TAB&gt; word &lt;TAB&gt; other,forms
 * light   &lt;TAB&gt; word
 * register &lt;TAB&gt; word
 * </pre>
 * A light word (an adverb, pronoun, localiser ...: 直接, 每年, 最后, 区里) says how or where something is asked, not
 * what about: {@link AnswerabilityJudge} weighs it below a content word. {@link #standard()} is the shipped
 * domain-neutral list (with {@code light-words.tsv}, from a part-of-speech dictionary); a domain adds its own with
 * {@link #with}. A register word (保险责任, 承担, 给付 in insurance terms) is a word of the domain's register an
 * answer may add to what a clause says without changing it (不在保险责任内 for a clause's 不负责赔偿):
 * {@link AnswerSupport} does not require it to stand in the sources (what they say of it, allowed or denied, is
 * still compared).
 *
 * <p>Immutable and thread-safe.
 */
public final class AnswerLexicon {
    private static final String STANDARD_FILE = "lexicon.tsv";
    private static final String LIGHT_FILE = "light-words.tsv";
    private static volatile AnswerLexicon standard;
    private final Set<String> stop;
    private final Set<String> generic;
    private final Set<String> light;
    private final Set<String> register;
    private final Map<String, Set<String>> synonyms;
    private volatile List<String> known;

    private AnswerLexicon(Set<String> stop, Set<String> generic, Set<String> light, Set<String> register,
            Map<String, Set<String>> synonyms) {
        this.register = Set.copyOf(register);
        this.stop = Set.copyOf(stop);
        this.generic = Set.copyOf(generic);
        this.light = Set.copyOf(light);
        Map<String, Set<String>> s = new HashMap<>();
        // in the order written (Set.copyOf's order changes from run to run, and expand() reads it: the search query
        // and so the clauses found would too)
        synonyms.forEach((k, v) -> s.put(k, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.synonyms = Map.copyOf(s);
    }

    /** A line of a lexicon file that cannot be read. */
    public static final class LexiconFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * @param message what is wrong and where
         */
        public LexiconFormatException(String message) {
            super(message);
        }
    }

    /**
     * The shipped lexicon: Chinese question words, particles, pronouns and function words.
     *
     * @return the lexicon (loaded once per class loader)
     * @throws LexiconFormatException if the shipped file is malformed (a packaging error)
     */
    public static AnswerLexicon standard() {
        AnswerLexicon s = standard;
        if (s == null) {
            synchronized (AnswerLexicon.class) {
                s = standard;
                if (s == null) {
                    s = resource(AnswerLexicon.class, STANDARD_FILE).with(resource(AnswerLexicon.class, LIGHT_FILE));
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * Reads a lexicon shipped as a class-path resource (a domain module's own words). On the module path
     * the resource is read by {@code ai.domainassist.retrieval}, so it must lie in a package of the owner's
     * module that is opened to it; a resource in a directory without classes cannot be opened: read it in
     * its own module and pass it to {@link #read(Reader, String)}, as the SDK's domain modules do.
     *
     * @param owner the class the resource is looked up from ({@link Class#getResourceAsStream})
     * @param name the resource's name, relative to the owner's package or absolute with a leading {@code /}
     * @return the lexicon
     * @throws LexiconFormatException if the resource is missing or a line is malformed (a packaging error)
     * @throws UncheckedIOException if it cannot be read
     */
    public static AnswerLexicon resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new LexiconFormatException("missing resource " + name + " (a packaging error)");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answer lexicon " + name, e);
        }
    }

    /** @return a lexicon with no entries */
    public static AnswerLexicon empty() {
        return new AnswerLexicon(Set.of(), Set.of(), Set.of(), Set.of(), Map.of());
    }

    /**
     * Reads a lexicon file.
     *
     * @param file the file (UTF-8)
     * @return the lexicon
     * @throws LexiconFormatException if a line is malformed (the message names the file and line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static AnswerLexicon load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answer lexicon " + file, e);
        }
    }

    /**
     * Reads a lexicon.
     *
     * @param reader the text (not closed)
     * @param name a name for messages (a file or resource name)
     * @return the lexicon
     * @throws LexiconFormatException if a line is malformed (the message names the line)
     * @throws IOException if the reader fails
     */
    public static AnswerLexicon read(Reader reader, String name) throws IOException {
        Set<String> stop = new HashSet<>();
        Set<String> generic = new HashSet<>();
        Set<String> light = new HashSet<>();
        Set<String> register = new HashSet<>();
        Map<String, Set<String>> synonyms = new HashMap<>();
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int n = 0;
        for (String line = br.readLine(); line != null; line = br.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String kind = c[0].strip().toLowerCase(Locale.ROOT);
            String word = c.length > 1 ? c[1].strip() : "";
            if (word.isEmpty()) {
                throw new LexiconFormatException(name + ", line " + n + ": expected kind<TAB>word");
            }
            switch (kind) {
                case "stop" -> stop.add(word);
                case "generic" -> generic.add(word);
                case "light" -> light.add(word);
                case "register" -> register.add(word);
                case "synonym" -> {
                    List<String> group = new ArrayList<>();
                    group.add(word);
                    if (c.length > 2) {
                        for (String o : c[2].split("[,，]")) {
                            if (!o.isBlank()) {
                                group.add(o.strip());
                            }
                        }
                    }
                    if (group.size() < 2) {
                        throw new LexiconFormatException(name + ", line " + n + ": a synonym needs other forms");
                    }
                    synonyms.computeIfAbsent(word, k -> new LinkedHashSet<>()).addAll(group.subList(1, group.size()));
                }
                default -> throw new LexiconFormatException(name + ", line " + n + ": unknown kind '" + c[0]
                        + "' (stop, generic, synonym, light or register)");
            }
        }
        return new AnswerLexicon(stop, generic, light, register, synonyms);
    }

    /**
     * The union of this lexicon and another.
     *
     * @param other the other lexicon
     * @return a new lexicon with the entries of both
     */
    public AnswerLexicon with(AnswerLexicon other) {
        Objects.requireNonNull(other, "other");
        Set<String> s = new HashSet<>(stop);
        s.addAll(other.stop);
        Set<String> g = new HashSet<>(generic);
        g.addAll(other.generic);
        Set<String> l = new HashSet<>(light);
        l.addAll(other.light);
        Set<String> r = new HashSet<>(register);
        r.addAll(other.register);
        Map<String, Set<String>> syn = new HashMap<>();
        synonyms.forEach((k, v) -> syn.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        other.synonyms.forEach((k, v) -> syn.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        return new AnswerLexicon(s, g, l, r, syn);
    }

    /**
     * @param word a word
     * @return whether it is a stop word (not a key term)
     */
    public boolean isStopWord(String word) {
        return stop.contains(word);
    }

    /**
     * @param word a key term
     * @return whether it is a generic word of the domain (counted half)
     */
    public boolean isGeneric(String word) {
        return generic.contains(word);
    }

    /**
     * @param word a key term
     * @return whether it is a light word (an adverb, pronoun, localiser ...: weighed below a content word), listed or by
     *     its form ({@link #lightByForm}); a stop word, generic word or synonym of the lexicon is not light
     */
    public boolean isLight(String word) {
        return (light.contains(word) || lightByForm(word)) && !stop.contains(word) && !generic.contains(word)
                && !synonyms.containsKey(word);
    }

    /**
     * @param word a key term of an answer
     * @return whether it is a register word of the domain, one an answer may add without changing what a clause says
     *     (保险责任, 承担, 给付: the words of the register the clauses are written in)
     */
    public boolean isRegister(String word) {
        return register.contains(word);
    }

    /**
     * Whether a word is light by its form, whatever the lists say: a reduplicated descriptive word (AABB 辛辛苦苦,
     * 仔仔细细; ABB 乱哄哄, 慢吞吞: how a thing is done), 每 and one measure character (每个, 每回, 每位: the distributive
     * pronoun of jieba's tag r, for any measure), and a vague quantity, 一 or 有 with 点, 些, 下 or 会 (一点, 一下, 有些:
     * a degree or a try, not an amount).
     *
     * @param word a key term
     * @return whether its form makes it light
     */
    static boolean lightByForm(String word) {
        int n = word.length();
        if (n == 4 && word.charAt(0) == word.charAt(1) && word.charAt(2) == word.charAt(3) && word.charAt(0) != word.charAt(2)) {
            return true;
        }
        if (n == 3 && word.charAt(1) == word.charAt(2) && word.charAt(0) != word.charAt(1)
                && ai.domainassist.core.text.Width.isHan(word.charAt(1))) {
            return true;
        }
        if (n == 2 && word.charAt(0) == '每' && ai.domainassist.core.text.Width.isHan(word.charAt(1))) {
            return true;
        }
        return (n == 2 || n == 3 && word.endsWith("儿")) && "一有".indexOf(word.charAt(0)) >= 0
                && "点些下会".indexOf(word.charAt(1)) >= 0;
    }

    /**
     * @param word a word as an asker (or an answer) says it
     * @return the forms the sources use for it, possibly none
     */
    public Set<String> synonyms(String word) {
        return synonyms.getOrDefault(word, Set.of());
    }

    /** @return the generic words and synonyms of two or more characters, longest first: read as one word each */
    List<String> knownWords() {
        List<String> k = known;
        if (k == null) {
            java.util.Set<String> all = new java.util.HashSet<>(generic);
            all.addAll(synonyms.keySet());
            k = all.stream().filter(w -> w.length() > 1).sorted((a, b) -> b.length() != a.length() ? b.length() - a.length()
                    : a.compareTo(b)).toList();
            known = k;
        }
        return k;
    }
}
