package ai.domainassist.gov.rules.internal;

import ai.domainassist.core.Severity;
import ai.domainassist.gov.model.Direction;
import ai.domainassist.gov.model.DocumentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code rules/document-types.tsv}: per statutory type its title words, direction and
 * required elements. Loaded once; immutable and thread-safe.
 */
public final class DocumentTypeTable {

    /**
     * One row.
     *
     * @param type the type
     * @param titleWords the words a title may end with for it, longest first
     * @param direction the usual direction
     * @param required element key to the severity of its absence, in table order
     * @param note the note column
     */
    public record Row(DocumentType type, List<String> titleWords, Direction direction, Map<String, Severity> required,
            String note) {
    }

    private static final DocumentTypeTable DEFAULT = new DocumentTypeTable(DataFiles.lines("rules/document-types.tsv"));

    private final Map<DocumentType, Row> rows;
    private final List<Map.Entry<String, DocumentType>> wordsLongestFirst;

    private DocumentTypeTable(List<String> lines) {
        Map<DocumentType, Row> m = new EnumMap<>(DocumentType.class);
        List<Map.Entry<String, DocumentType>> words = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            if (c.length < 5) {
                throw new IllegalStateException("document-types.tsv: bad line: " + line);
            }
            DocumentType t = DocumentType.valueOf(c[0]);
            List<String> tw = List.of(c[2].split(","));
            Map<String, Severity> req = new LinkedHashMap<>();
            for (String e : c[4].split(",")) {
                String[] kv = e.split(":");
                req.put(kv[0], Severity.valueOf(kv[1]));
            }
            m.put(t, new Row(t, tw, Direction.valueOf(c[3]), Collections.unmodifiableMap(req), c.length > 5 ? c[5] : ""));
            for (String w : tw) {
                words.add(Map.entry(w, t));
            }
        }
        if (m.size() != DocumentType.values().length) {
            throw new IllegalStateException("document-types.tsv must list all 15 types, has " + m.size());
        }
        words.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        this.rows = Collections.unmodifiableMap(m);
        this.wordsLongestFirst = List.copyOf(words);
    }

    /** @return the table shipped with the module */
    public static DocumentTypeTable standard() {
        return DEFAULT;
    }

    /**
     * @param type a type
     * @return its row
     */
    public Row row(DocumentType type) {
        return rows.get(type);
    }

    /** @return every title word with its type, longest word first */
    public List<Map.Entry<String, DocumentType>> titleWords() {
        return wordsLongestFirst;
    }
}
