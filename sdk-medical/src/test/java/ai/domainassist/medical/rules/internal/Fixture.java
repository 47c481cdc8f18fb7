package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon;

/** Shared test helpers: one engine for all tests (it is immutable and thread-safe). */
final class Fixture {
    static final RuleEngine ENGINE = new RuleEngine(TermLexicon.defaults());
    static final Cues CUES = Cues.shipped();
    static final Lexicons LEXICONS = new Lexicons(TermLexicon.defaults());

    private Fixture() {
    }

    static Transcript transcript(String... lines) {
        return Transcript.parse(String.join("\n", lines));
    }

    static Dialogue dialogue(String... lines) {
        return ENGINE.prepare(transcript(lines));
    }

    static OutpatientRecord record(String... lines) {
        return ENGINE.structure(transcript(lines));
    }
}
