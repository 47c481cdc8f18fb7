package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.medical.rules.TermLexicon.Category;
import ai.domainassist.medical.rules.TermLexicon.Entry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The matchers built from one {@link TermLexicon}: the main one (symptoms, signs, diseases, drugs,
 * tests, procedures, and the IGNORE entries that shadow false matches), sites, and allergens
 * (drugs, foods, other allergens). Immutable and thread-safe.
 */
public final class Lexicons {
    private static final Set<Category> MAIN = EnumSet.of(Category.SYMPTOM, Category.SIGN, Category.DISEASE,
            Category.DRUG, Category.DRUG_CLASS, Category.EXAM, Category.PROCEDURE, Category.VACCINE, Category.IGNORE);
    private static final Set<Category> ALLERGENS = EnumSet.of(Category.DRUG, Category.DRUG_CLASS, Category.FOOD,
            Category.ALLERGEN);

    private final TermLexicon lexicon;
    private final TermMatcher main;
    private final TermMatcher sites;
    private final TermMatcher allergens;

    /**
     * Builds the matchers.
     *
     * @param lexicon the lexicon
     */
    public Lexicons(TermLexicon lexicon) {
        this.lexicon = lexicon;
        this.main = TermMatcher.of(select(lexicon, MAIN));
        this.sites = TermMatcher.of(select(lexicon, EnumSet.of(Category.SITE)));
        this.allergens = TermMatcher.of(select(lexicon, ALLERGENS));
    }

    private static List<Entry> select(TermLexicon lexicon, Set<Category> categories) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : lexicon.entries()) {
            if (categories.contains(e.category())) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the lexicon */
    public TermLexicon lexicon() {
        return lexicon;
    }

    /** @return the main matcher */
    public TermMatcher main() {
        return main;
    }

    /** @return the site matcher */
    public TermMatcher sites() {
        return sites;
    }

    /** @return the allergen matcher */
    public TermMatcher allergens() {
        return allergens;
    }
}
