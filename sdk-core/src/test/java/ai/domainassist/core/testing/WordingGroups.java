package ai.domainassist.core.testing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording groups an evaluation question file's comment header lists for its answerable questions, so that an
 * evaluation can report its figures by group (issue 17: everyday words, in between, the sources' own words). A group
 * starts on a line {@code #   NAME (COUNT): ...} and its ids follow, on that line or a later one, as
 * {@code ids 1, 2, 3}. Stateless and thread-safe.
 */
public final class WordingGroups {
    private static final Pattern START = Pattern.compile("^#\\s+([\\w-]+) \\((\\d+)\\):");
    private static final Pattern IDS = Pattern.compile("ids ((?:\\d+(?:, )?)+)");

    private WordingGroups() {
    }

    /**
     * @param header the file's lines (lines not starting with {@code #} are ignored)
     * @return each group's name and its question ids, in header order; empty when the header lists none
     */
    public static Map<String, Set<Integer>> read(List<String> header) {
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        String group = null;
        for (String l : header) {
            if (!l.startsWith("#")) {
                continue;
            }
            Matcher m = START.matcher(l);
            if (m.find()) {
                group = m.group(1);
            }
            Matcher i = IDS.matcher(l);
            if (group != null && i.find()) {
                Set<Integer> ids = new LinkedHashSet<>();
                for (String n : i.group(1).split(",\\s*")) {
                    ids.add(Integer.parseInt(n.strip()));
                }
                out.put(group, ids);
                group = null;
            }
        }
        return out;
    }
}
