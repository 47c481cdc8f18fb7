package ai.domainassist.medical.llm.internal;

import ai.domainassist.core.grounding.Claim;
import ai.domainassist.core.grounding.ClaimCheck;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.GroundingReport;
import ai.domainassist.core.grounding.GroundingVerifier;
import ai.domainassist.core.grounding.Source;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.model.Utterance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every quote of a model's draft against the transcript with the core
 * {@link GroundingVerifier} (exact, then after folding width, spaces, punctuation, case and
 * character variants) and turns the found quotes into evidence on the utterances. Nothing fuzzier:
 * a quote with a changed word, number or negation is not found. Thread-safe.
 */
public final class DraftVerifier {
    private final GroundingVerifier verifier = GroundingVerifier.standard();

    /**
     * A model-written value and what the verifier found for its quotes.
     *
     * @param text the value as the model wrote it
     * @param evidence the spans of the quotes that were found
     * @param missing the quotes that were not found (empty quotes included)
     */
    public record Checked(String text, List<Evidence> evidence, List<String> missing) {
        /** @return whether at least one quote was found and none was missing */
        public boolean verified() {
            return !evidence.isEmpty() && missing.isEmpty();
        }
    }

    /**
     * The draft with each part checked.
     *
     * @param sections the sections
     * @param symptoms one per symptom, in the draft's order
     * @param diagnoses one per diagnosis, in the draft's order
     */
    public record Verified(Map<Section, Checked> sections, List<Checked> symptoms, List<Checked> diagnoses) {
    }

    /**
     * Verifies a draft.
     *
     * @param draft the model's draft
     * @param transcript the dialogue
     * @return the checked parts
     */
    public Verified verify(RecordDraft draft, Transcript transcript) {
        List<Source> sources = new ArrayList<>();
        for (Utterance u : transcript.utterances()) {
            sources.add(new Source(u.id(), u.text()));
        }
        List<Claim> claims = new ArrayList<>();
        for (RecordDraft.SectionDraft s : draft.sections()) {
            List<String> quotes = s.quotes() == null ? List.of() : s.quotes();
            if (quotes.isEmpty()) {
                claims.add(Claim.of(field(s), ""));
            }
            for (String q : quotes) {
                claims.add(Claim.of(field(s), q == null ? "" : q));
            }
        }
        for (int i = 0; i < draft.symptoms().size(); i++) {
            claims.add(Claim.of("symptoms[" + i + "]", nz(draft.symptoms().get(i).quote())));
        }
        for (int i = 0; i < draft.diagnoses().size(); i++) {
            claims.add(Claim.of("diagnoses[" + i + "]", nz(draft.diagnoses().get(i).quote())));
        }
        GroundingReport report = verifier.verify(sources, claims);
        Map<String, List<ClaimCheck>> byField = new java.util.HashMap<>();
        for (ClaimCheck c : report.checks()) {
            byField.computeIfAbsent(c.claim().field(), k -> new ArrayList<>()).add(c);
        }
        Map<Section, Checked> sections = new EnumMap<>(Section.class);
        for (RecordDraft.SectionDraft s : draft.sections()) {
            if (s.section() == null || s.text() == null || s.text().isBlank() || sections.containsKey(s.section())) {
                continue;
            }
            sections.put(s.section(), checked(s.text().strip(), byField.get(field(s))));
        }
        List<Checked> symptoms = new ArrayList<>();
        for (int i = 0; i < draft.symptoms().size(); i++) {
            symptoms.add(checked(nz(draft.symptoms().get(i).term()), byField.get("symptoms[" + i + "]")));
        }
        List<Checked> diagnoses = new ArrayList<>();
        for (int i = 0; i < draft.diagnoses().size(); i++) {
            diagnoses.add(checked(nz(draft.diagnoses().get(i).term()), byField.get("diagnoses[" + i + "]")));
        }
        return new Verified(sections, symptoms, diagnoses);
    }

    private static Checked checked(String text, List<ClaimCheck> checks) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ClaimCheck c : checks == null ? List.<ClaimCheck>of() : checks) {
            if (c.grounded()) {
                if (!evidence.contains(c.evidence())) {
                    evidence.add(c.evidence());
                }
            } else {
                missing.add(c.claim().quote());
            }
        }
        return new Checked(text, evidence, missing);
    }

    private static String field(RecordDraft.SectionDraft s) {
        return "sections." + (s.section() == null ? "?" : s.section().key());
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
