package consumer.refused;

import ai.domainassist.core.internal.Pipeline;
import ai.domainassist.core.resilience.RetryPolicy;
import ai.domainassist.core.resilience.internal.RetryingProvider;
import ai.domainassist.medical.internal.DataFile;

/**
 * Uses public classes of internal packages (the pipeline, a decorator only the builder composes, a domain
 * module's data loader): none is exported, so none is visible to this module.
 */
public final class UsesInternals {
    private UsesInternals() {
    }

    public static Object reachIn() {
        return new Object[] {new Pipeline(), RetryingProvider.wrap(null, RetryPolicy.defaults()), DataFile.class};
    }
}
