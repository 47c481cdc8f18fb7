package ai.domainassist.medical.rules.internal;

import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon;

/** Lets tests in other packages run the offline engine directly. */
public final class RuleEngineAccess {
    private static RuleEngine engine;

    private RuleEngineAccess() {
    }

    /**
     * @param lexicon the lexicon (only the shipped one is cached)
     * @param t the transcript
     * @return the offline record
     */
    public static synchronized OutpatientRecord structure(TermLexicon lexicon, Transcript t) {
        if (engine == null) {
            engine = new RuleEngine(lexicon);
        }
        return engine.structure(t);
    }

    /**
     * @param t the transcript
     * @return the dialogue as the shipped engine prepares it
     */
    public static synchronized Dialogue prepare(Transcript t) {
        if (engine == null) {
            engine = new RuleEngine(TermLexicon.defaults());
        }
        return engine.prepare(t);
    }
}
