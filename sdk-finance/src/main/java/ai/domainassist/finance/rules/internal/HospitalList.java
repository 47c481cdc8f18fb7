package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The hospital list ({@code hospitals.tsv} or the insurer's own): level, grade, ownership by name or alias. Immutable. */
public final class HospitalList {

    /**
     * One hospital.
     *
     * @param name the canonical name
     * @param level 1 to 3
     * @param grade 甲/乙/丙/未定
     * @param isPublic whether it is a public (公立) hospital
     * @param aliases other names
     */
    public record Hospital(String name, int level, String grade, boolean isPublic, List<String> aliases) {
    }

    private final List<Hospital> hospitals;
    private final List<String[]> namesLongestFirst; // {folded name, canonical}

    /**
     * @param rows the table rows: name, level, grade, ownership, aliases
     * @throws IllegalStateException if a level is not 1..3
     */
    public HospitalList(List<String[]> rows) {
        List<Hospital> hs = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (String[] r : rows) {
            int level;
            try {
                level = Integer.parseInt(r[1]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("hospital list: bad level '" + r[1] + "' for " + r[0], e);
            }
            if (level < 1 || level > 3) {
                throw new IllegalStateException("hospital list: level must be 1..3 for " + r[0]);
            }
            List<String> aliases = r.length > 4 && !r[4].isEmpty() ? List.of(r[4].split("\\|")) : List.of();
            Hospital h = new Hospital(r[0], level, r[2], "公立".equals(r[3]), aliases);
            hs.add(h);
            names.add(new String[] {fold(h.name()), h.name()});
            for (String a : aliases) {
                names.add(new String[] {fold(a), h.name()});
            }
        }
        names.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        this.hospitals = List.copyOf(hs);
        this.namesLongestFirst = List.copyOf(names);
    }

    /** @return the built-in development list */
    public static HospitalList builtIn() {
        return new HospitalList(Tsv.resource("hospitals.tsv", 4));
    }

    static String fold(String s) {
        return NormalizedText.of(s).folded();
    }

    /**
     * Finds the hospital a text names (the longest known name or alias it contains).
     *
     * @param text a hospital name as printed, possibly with noise around it
     * @return the hospital, if on the list
     */
    public Optional<Hospital> find(String text) {
        String f = fold(text);
        for (String[] n : namesLongestFirst) {
            if (f.contains(n[0])) {
                return byName(n[1]);
            }
        }
        return Optional.empty();
    }

    /**
     * The known name or alias a text contains, with its position in the folded text.
     *
     * @param foldedText a text folded with every fold
     * @return {@code {start, end}} of the longest name found first, or {@code null}
     */
    public int[] locate(String foldedText) {
        int[] best = null;
        for (String[] n : namesLongestFirst) {
            int at = foldedText.indexOf(n[0]);
            if (at >= 0 && (best == null || at < best[0])) {
                best = new int[] {at, at + n[0].length()};
            }
        }
        return best;
    }

    private Optional<Hospital> byName(String name) {
        return hospitals.stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
