package ai.domainassist.spring.boot;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.observe.ModelCallListener;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.registry.InvoiceRegistry;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.rules.TermLexicon;
import ai.domainassist.spring.boot.internal.StartupReport;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The helpers, each when its module is on the classpath and {@code domainassist.<helper>.enabled}
 * is not {@code false}: {@code MedicalRecordAssistant} (sdk-medical), {@code ClaimsAssistant}
 * (sdk-finance; its invoice registry a table in the application's {@code DataSource} when it has
 * one, else a directory) and {@code PolicyAssistant} (sdk-gov; a {@code PolicyLibrary} bean when
 * {@code domainassist.policy.library} is set). Each uses the {@code ModelClient} bean when there is
 * one and its offline engine when there is none, and reports its tasks to every
 * {@code ModelCallListener} bean. Every bean is {@code @ConditionalOnMissingBean}; what the starter
 * opened (registry, library) Spring closes on shutdown.
 */
@AutoConfiguration(after = DomainAssistModelAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
public class DomainAssistHelpersAutoConfiguration {

    /** Made by Spring Boot. */
    public DomainAssistHelpersAutoConfiguration() {
    }

    @Bean
    StartupReport domainAssistStartupReport(DomainAssistProperties properties, ObjectProvider<ModelClient> model,
                                            ListableBeanFactory beans) {
        return new StartupReport(model.getIfAvailable(), properties.getModel().getModel(), beans);
    }

    private static Mode mode(DomainAssistProperties.HelperMode m) {
        return m == DomainAssistProperties.HelperMode.MODEL ? Mode.MODEL : Mode.HYBRID;
    }

    /** The medical record assistant. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MedicalRecordAssistant.class)
    @ConditionalOnProperty(prefix = "domainassist.medical", name = "enabled", matchIfMissing = true)
    static class Medical {
        @Bean
        @ConditionalOnMissingBean
        MedicalRecordAssistant domainAssistMedicalRecordAssistant(DomainAssistProperties properties,
                                                                  ObjectProvider<ModelClient> model,
                                                                  ObjectProvider<ModelCallListener> listeners) {
            DomainAssistProperties.Medical p = properties.getMedical();
            MedicalRecordAssistant.Builder b = MedicalRecordAssistant.builder();
            model.ifAvailable(b::model);
            if (p.getLexicon() != null) {
                b.lexicon(TermLexicon.defaults().with(TermLexicon.load(p.getLexicon())));
            }
            if (model.getIfAvailable() != null) {
                b.mode(mode(p.getMode()));
            }
            listeners.orderedStream().forEach(b::listener);
            return b.build();
        }
    }

    /** The claims assistant and, on the application's DataSource, its invoice registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ClaimsAssistant.class)
    @ConditionalOnProperty(prefix = "domainassist.claims", name = "enabled", matchIfMissing = true)
    static class Claims {
        @Bean(destroyMethod = "close")
        @ConditionalOnBean(DataSource.class)
        @ConditionalOnMissingBean
        InvoiceRegistry domainAssistInvoiceRegistry(DataSource dataSource) {
            return InvoiceRegistry.jdbc(dataSource);
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        ClaimsAssistant domainAssistClaimsAssistant(DomainAssistProperties properties, ObjectProvider<ModelClient> model,
                                                    ObjectProvider<InvoiceRegistry> registry,
                                                    ObjectProvider<ModelCallListener> listeners) {
            DomainAssistProperties.Claims p = properties.getClaims();
            ClaimsAssistant.Builder b = ClaimsAssistant.builder().mode(mode(p.getMode()));
            model.ifAvailable(b::model);
            InvoiceRegistry shared = registry.getIfAvailable();
            if (shared != null) {
                b.invoiceRegistry(shared);
            } else if (p.getRegistryDirectory() != null) {
                b.registryDirectory(p.getRegistryDirectory());
            }
            listeners.orderedStream().forEach(b::listener);
            return b.build();
        }
    }

    /** The policy assistant and, when configured, its library. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(PolicyAssistant.class)
    @ConditionalOnProperty(prefix = "domainassist.policy", name = "enabled", matchIfMissing = true)
    static class Policy {
        @Bean(destroyMethod = "close")
        @ConditionalOnProperty(prefix = "domainassist.policy", name = "library")
        @ConditionalOnMissingBean
        PolicyLibrary domainAssistPolicyLibrary(DomainAssistProperties properties) {
            DomainAssistProperties.Policy p = properties.getPolicy();
            if (p.getLibrarySources().isEmpty()) {
                throw new IllegalArgumentException("domainassist.policy.library-sources: name at least one whitelisted "
                        + "issuing authority for the library at domainassist.policy.library");
            }
            return PolicyLibrary.open(p.getLibrary(), p.getLibrarySources().toArray(String[]::new));
        }

        @Bean
        @ConditionalOnMissingBean
        PolicyAssistant domainAssistPolicyAssistant(DomainAssistProperties properties, ObjectProvider<ModelClient> model,
                                                    ObjectProvider<PolicyLibrary> library,
                                                    ObjectProvider<ModelCallListener> listeners) {
            PolicyAssistant.Builder b = PolicyAssistant.builder();
            model.ifAvailable(b::model);
            library.ifAvailable(b::library);
            if (properties.getPolicy().getDraftBox() != null) {
                b.draftBox(properties.getPolicy().getDraftBox());
            }
            listeners.orderedStream().forEach(b::listener);
            return b.build();
        }
    }
}
