package ai.domainassist.spring.boot;

import ai.domainassist.core.ModelClientBuilder;

/**
 * Adjusts the {@link ModelClientBuilder} the starter fills from {@code domainassist.model.*}
 * before it builds the application's {@code ModelClient}: a price table, an audit sink, a rate
 * limit, a shared OkHttp client, anything the properties do not cover. Declare one or more as
 * beans; they run in their {@code @Order}. Implementations run once, at start-up, on one thread.
 *
 * <p>The builder sets each option once ({@link ModelClientBuilder}): what the properties already set
 * (the timeouts, {@code logging}, {@code retry}, {@code cache}, {@code redactEmbeddings}, the default
 * model, a budget; {@code redactor} when redaction is off) cannot be set again here, and trying fails
 * the start-up with an {@code IllegalStateException} naming the option; set those through
 * {@code domainassist.model.*}. Lists (providers, listeners, interceptors, audit sinks) may be added to.
 */
@FunctionalInterface
public interface ModelClientCustomizer {

    /**
     * @param builder the builder, already configured from the properties
     */
    void customize(ModelClientBuilder builder);
}
