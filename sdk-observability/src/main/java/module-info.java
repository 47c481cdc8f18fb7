/**
 * Micrometer and OpenTelemetry listeners for model calls and helper tasks (GenAI semantic conventions).
 *
 * <p>Exports {@code ai.domainassist.observability}; the event reader under {@code internal} is not exported.
 * Both libraries are optional ({@code requires static transitive}): an application requires the one it uses,
 * and a listener's class is loaded only when it is constructed.
 */
module ai.domainassist.observability {
    requires transitive ai.domainassist.core;
    requires static transitive micrometer.core;
    requires static transitive io.opentelemetry.api;
    requires static io.opentelemetry.context;

    exports ai.domainassist.observability;
}
