package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.medical.model.Attribution;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.SymptomStatus;
import java.util.ArrayList;
import java.util.List;

/** A symptom mention being built by {@link SymptomExtractor}. Not thread-safe; one per mention. */
final class SymptomMention {
    String term;
    String said;
    SymptomStatus status;
    Attribution attribution;
    Onset onset = Onset.UNKNOWN;
    String severity = "";
    String site = "";
    String frequency = "";
    final List<Evidence> evidence = new ArrayList<>();
    double confidence;
    Turn turn;
    int start;
    int end;
    boolean explicit;
    /** The mention says the symptom has stopped (现在不烧了, 今天没吐, 烧退了): see SymptomExtractor#resolve. */
    boolean stopped;
    /** Present only because an answer said when or how long without yes or no (有没有发烧？ 两天): a later no replaces it. */
    boolean presumed;
}
