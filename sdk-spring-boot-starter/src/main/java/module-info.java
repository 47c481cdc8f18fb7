/**
 * Spring Boot auto-configuration for the SDK: a {@code ModelClient} and the helpers from
 * {@code domainassist.*} properties, per-provider health, metrics and traces.
 *
 * <p>Exports {@code ai.domainassist.spring.boot}; the factory, conditions and health indicator under
 * {@code internal} are exported only to Spring, which instantiates them. Both packages are opened to Spring's
 * core, beans and context modules, which read the configuration classes and properties reflectively. Spring
 * Boot's own jars are automatic modules and Spring Boot applications run on the class path; this descriptor is
 * compiled and its exports checked, but the starter is not run on the module path (docs/architecture.md).
 */
module ai.domainassist.spring.boot {
    requires transitive ai.domainassist.core;
    requires ai.domainassist.observability;
    requires static ai.domainassist.medical;
    requires static ai.domainassist.finance;
    requires static ai.domainassist.gov;
    requires transitive spring.boot;
    requires transitive spring.boot.autoconfigure;
    requires transitive spring.context;
    requires transitive spring.beans;
    requires transitive spring.core;
    requires static spring.boot.actuator;
    requires static spring.boot.actuator.autoconfigure;
    requires static micrometer.core;
    requires static io.opentelemetry.api;
    requires static java.sql;

    exports ai.domainassist.spring.boot;

    opens ai.domainassist.spring.boot to spring.core, spring.beans, spring.context;
    opens ai.domainassist.spring.boot.internal to spring.core, spring.beans, spring.context;
}
