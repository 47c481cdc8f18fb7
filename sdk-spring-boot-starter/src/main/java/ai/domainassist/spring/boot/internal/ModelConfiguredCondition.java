package ai.domainassist.spring.boot.internal;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code domainassist.model.preset} or {@code domainassist.model.base-url} is set. */
public final class ModelConfiguredCondition extends SpringBootCondition {

    /** Made by Spring. */
    public ModelConfiguredCondition() {
    }

    /**
     * @param env the environment
     * @return whether a model is configured
     */
    public static boolean configured(Environment env) {
        return has(env, "domainassist.model.preset") || has(env, "domainassist.model.base-url");
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return configured(context.getEnvironment())
                ? ConditionOutcome.match("domainassist.model.preset or base-url is set")
                : ConditionOutcome.noMatch("neither domainassist.model.preset nor domainassist.model.base-url is set");
    }

    private static boolean has(Environment env, String key) {
        String v = env.getProperty(key);
        return v != null && !v.isBlank();
    }
}
