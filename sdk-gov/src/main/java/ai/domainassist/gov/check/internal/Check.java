package ai.domainassist.gov.check.internal;

import ai.domainassist.gov.model.NormativeFinding;
import java.util.List;

/** One family of normative rules. Implementations are stateless and thread-safe. */
public interface Check {

    /** @return the rule ids this check reports */
    List<String> ruleIds();

    /**
     * Runs the check.
     *
     * @param ctx the document and the resources
     * @param out where findings go
     */
    void run(CheckContext ctx, List<NormativeFinding> out);
}
