package ai.domainassist.spring.boot;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ModelClientBuilder;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.observability.MicrometerListener;
import ai.domainassist.observability.OpenTelemetryListener;
import ai.domainassist.spring.boot.internal.ModelClientFactory;
import ai.domainassist.spring.boot.internal.ModelConfiguredCondition;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The model client and the listeners. A {@link ModelClient} bean is built from
 * {@code domainassist.model.*} when a preset or a base URL is set (and the application defines
 * none), with every {@link ModelCallListener} bean registered on it and every
 * {@link ModelClientCustomizer} bean applied; Spring closes it on shutdown. A
 * {@link MicrometerListener} is defined when the application has a {@link MeterRegistry}, an
 * {@link OpenTelemetryListener} when it has an {@link OpenTelemetry} bean; both also reach the
 * helpers' tasks. Every bean is {@code @ConditionalOnMissingBean}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration"})
@EnableConfigurationProperties(DomainAssistProperties.class)
public class DomainAssistModelAutoConfiguration {

    /** Made by Spring Boot. */
    public DomainAssistModelAutoConfiguration() {
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @Conditional(ModelConfiguredCondition.class)
    ModelClient domainAssistModelClient(DomainAssistProperties properties, ObjectProvider<ModelCallListener> listeners,
                                        ObjectProvider<ModelClientCustomizer> customizers) {
        ModelClientBuilder b = ModelClientFactory.builder(properties.getModel());
        listeners.orderedStream().forEach(b::listener);
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }

    /** Micrometer: defined when the application has a meter registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnProperty(prefix = "domainassist.observability", name = "metrics", matchIfMissing = true)
    static class Metrics {
        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        @ConditionalOnMissingBean
        MicrometerListener domainAssistMicrometerListener(MeterRegistry registry) {
            return new MicrometerListener(registry);
        }
    }

    /** OpenTelemetry: defined when the application has an OpenTelemetry bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OpenTelemetry.class)
    @ConditionalOnProperty(prefix = "domainassist.observability", name = "tracing", matchIfMissing = true)
    static class Tracing {
        @Bean
        @ConditionalOnBean(OpenTelemetry.class)
        @ConditionalOnMissingBean
        OpenTelemetryListener domainAssistOpenTelemetryListener(OpenTelemetry openTelemetry) {
            return new OpenTelemetryListener(openTelemetry);
        }
    }
}
