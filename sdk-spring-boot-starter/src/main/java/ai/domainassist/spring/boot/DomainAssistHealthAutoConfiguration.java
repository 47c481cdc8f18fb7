package ai.domainassist.spring.boot;

import ai.domainassist.core.ModelClient;
import ai.domainassist.spring.boot.internal.ProviderHealth;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health for the model client: under {@code /actuator/health} the component
 * {@code domainAssist} holds one indicator per provider, from its circuit breaker's state and its
 * last attempt's outcome. Reading it calls no provider and spends no token. Turned off with
 * {@code management.health.domainassist.enabled=false}.
 */
@AutoConfiguration(after = DomainAssistModelAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthContributor")
@ConditionalOnBean(ModelClient.class)
public class DomainAssistHealthAutoConfiguration {

    /** Made by Spring Boot. */
    public DomainAssistHealthAutoConfiguration() {
    }

    @Bean
    @ConditionalOnEnabledHealthIndicator("domainassist")
    @ConditionalOnMissingBean(name = "domainAssistHealthContributor")
    CompositeHealthContributor domainAssistHealthContributor(ModelClient client) {
        return ProviderHealth.of(client);
    }
}
