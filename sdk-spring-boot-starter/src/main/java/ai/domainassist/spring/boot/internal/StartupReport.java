package ai.domainassist.spring.boot.internal;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.resilience.ProviderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.ClassUtils;

/**
 * Says once, at start-up, in one INFO line, whether the helpers have a model or run their offline
 * engines, and which helpers the starter made. Names providers and the model, never a key.
 */
public final class StartupReport implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger("ai.domainassist.spring.boot");
    private final ModelClient model;
    private final String modelName;
    private static final List<String> HELPERS = List.of("ai.domainassist.medical.MedicalRecordAssistant",
            "ai.domainassist.finance.ClaimsAssistant", "ai.domainassist.gov.PolicyAssistant");
    private final ListableBeanFactory beans;

    /**
     * @param model the model client bean, or {@code null} when there is none
     * @param modelName the configured default model, or {@code null}
     * @param beans where to look for the helper beans (by class name: a helper's module may be absent)
     */
    public StartupReport(ModelClient model, String modelName, ListableBeanFactory beans) {
        this.model = model;
        this.modelName = modelName;
        this.beans = beans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LOG.info(line());
    }

    /** @return the line logged at start-up */
    public String line() {
        List<String> helpers = new ArrayList<>();
        for (String type : HELPERS) {
            if (ClassUtils.isPresent(type, getClass().getClassLoader())
                    && beans.getBeanNamesForType(ClassUtils.resolveClassName(type, getClass().getClassLoader())).length > 0) {
                helpers.add(type.substring(type.lastIndexOf('.') + 1));
            }
        }
        String made = helpers.isEmpty() ? "no helper" : String.join(", ", helpers);
        if (model == null) {
            return "Domain Assistant: no model configured (domainassist.model.preset or domainassist.model.base-url): "
                    + made + " run their offline engines";
        }
        String providers = model.providerStatus().stream().map(ProviderStatus::provider)
                .collect(Collectors.joining(" > "));
        return "Domain Assistant: model client over " + (providers.isEmpty() ? "the application's providers" : providers)
                + (modelName == null || modelName.isBlank() ? "" : " (model " + modelName + ")") + "; " + made
                + " use it";
    }
}
