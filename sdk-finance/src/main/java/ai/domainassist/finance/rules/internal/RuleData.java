package ai.domainassist.finance.rules.internal;

import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.DocumentType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every data table the offline engine reads, loaded once. Immutable and thread-safe.
 *
 * @param classifierKeywords type (or INVOICE) -> keyword -> weight
 * @param labels document kind -> field -> label variants
 * @param exclusions the exclusion lexicon
 * @param hospitals the hospital list
 * @param specialDepartments terms of special departments
 * @param banks canonical bank name -> variants (the name included)
 * @param requiredDocuments claim type -> required document types with what to ask for
 * @param rules the risk rule table
 */
public record RuleData(Map<String, Map<String, Integer>> classifierKeywords,
        Map<String, Map<String, List<String>>> labels, ExclusionLexicon exclusions, HospitalList hospitals,
        List<String> specialDepartments, Map<String, List<String>> banks,
        Map<ClaimType, Map<DocumentType, String>> requiredDocuments, RuleTable rules) {

    /**
     * Loads the built-in tables, with the hospital list and exclusion lexicon replaceable.
     *
     * @param hospitals the hospital list to use
     * @param exclusions the exclusion lexicon to use
     * @return the data
     * @throws IllegalStateException if a table is missing or malformed
     */
    public static RuleData load(HospitalList hospitals, ExclusionLexicon exclusions) {
        return load(hospitals, exclusions, RuleTable.builtIn());
    }

    /**
     * Loads the built-in tables with the hospital list, exclusion lexicon and risk rule table replaceable.
     *
     * @param hospitals the hospital list
     * @param exclusions the exclusion lexicon
     * @param rules the risk rule table (every built-in rule id must be present)
     * @return the data
     * @throws IllegalStateException if a table is missing or malformed, or the rule table lacks a rule
     */
    public static RuleData load(HospitalList hospitals, ExclusionLexicon exclusions, RuleTable rules) {
        for (RuleTable.Rule r : RuleTable.builtIn().all()) {
            rules.rule(r.id());
        }
        Map<String, Map<String, Integer>> kw = new LinkedHashMap<>();
        for (String[] r : Tsv.resource("document-types.tsv", 3)) {
            kw.computeIfAbsent(r[0], k -> new LinkedHashMap<>()).put(r[1], Integer.parseInt(r[2]));
        }
        Map<String, Map<String, List<String>>> labels = new LinkedHashMap<>();
        for (String[] r : Tsv.resource("field-labels.tsv", 3)) {
            labels.computeIfAbsent(r[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(r[1], k -> new ArrayList<>()).addAll(List.of(r[2].split("\\|")));
        }
        List<String> special = new ArrayList<>();
        for (String[] r : Tsv.resource("special-departments.tsv", 1)) {
            special.add(r[0]);
        }
        Map<String, List<String>> banks = new LinkedHashMap<>();
        for (String[] r : Tsv.resource("banks.tsv", 1)) {
            List<String> v = new ArrayList<>();
            v.add(r[0]);
            if (r.length > 1 && !r[1].isEmpty()) {
                v.addAll(List.of(r[1].split("\\|")));
            }
            banks.put(r[0], List.copyOf(v));
        }
        Map<ClaimType, Map<DocumentType, String>> required = new EnumMap<>(ClaimType.class);
        for (String[] r : Tsv.resource("required-documents.tsv", 3)) {
            required.computeIfAbsent(ClaimType.valueOf(r[0]), k -> new LinkedHashMap<>())
                    .put(DocumentType.valueOf(r[1]), r[2]);
        }
        return new RuleData(kw, labels, exclusions, hospitals, List.copyOf(special), banks, required, rules);
    }

    /**
     * The label kind a document type reads its fields with.
     *
     * @param type the document type
     * @return the kind key of {@link #labels()}
     */
    public static String labelKind(DocumentType type) {
        return type.isInvoice() ? "INVOICE" : type.name();
    }
}
