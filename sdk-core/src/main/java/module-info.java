/**
 * The model client, its providers and pipeline, and the values every helper shares: structured output,
 * grounding, privacy, audit, usage, review reports and Chinese text utilities.
 *
 * <p>Exports only the API packages (and {@code internal.shared} to the domain modules alone); the other
 * {@code internal} packages (the pipeline and its decorators, the
 * wire adapters, caches and report layout) are neither exported nor opened, so a consumer on the module
 * path cannot compile against them or reach them by reflection. OkHttp, Jackson and SLF4J are required
 * transitively because their types appear in this module's API ({@code ModelClientBuilder.okHttpClient},
 * {@code ModelClient.extract(request, TypeReference)}, {@code HttpLogging}).
 */
module ai.domainassist.core {
    requires transitive okhttp3;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive org.slf4j;
    requires okio;
    // the response cache's library, optional: without it the client has no cache (cache.internal.CacheLibrary)
    requires static com.github.benmanes.caffeine;
    requires com.github.victools.jsonschema.generator;
    requires com.github.victools.jsonschema.module.jackson;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.retry;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.ratelimiter;
    requires io.github.resilience4j.bulkhead;

    exports ai.domainassist.core;
    exports ai.domainassist.core.audit;
    exports ai.domainassist.core.cache;
    exports ai.domainassist.core.chat;
    exports ai.domainassist.core.grounding;
    exports ai.domainassist.core.observe;
    exports ai.domainassist.core.privacy;
    exports ai.domainassist.core.provider;
    exports ai.domainassist.core.report;
    exports ai.domainassist.core.resilience;
    exports ai.domainassist.core.routing;
    exports ai.domainassist.core.structured;
    exports ai.domainassist.core.text;
    exports ai.domainassist.core.usage;

    // SDK-internal code the domain modules share (the builders' set-once rule): theirs only, not API.
    exports ai.domainassist.core.internal.shared to ai.domainassist.gov, ai.domainassist.finance,
            ai.domainassist.medical;
}
