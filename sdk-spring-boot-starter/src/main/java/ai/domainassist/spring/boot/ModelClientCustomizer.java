package ai.domainassist.spring.boot;

import ai.domainassist.core.ModelClientBuilder;

/**
 * Adjusts the {@link ModelClientBuilder} the starter fills from {@code domainassist.model.*}
 * before it builds the application's {@code ModelClient}: a price table, an audit sink, a rate
 * limit, a shared OkHttp client, anything the properties do not cover. Declare one or more as
 * beans; they run in their {@code @Order}. Implementations run once, at start-up, on one thread.
 */
@FunctionalInterface
public interface ModelClientCustomizer {

    /**
     * @param builder the builder, already configured from the properties
     */
    void customize(ModelClientBuilder builder);
}
