package ai.domainassist.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.testkit.ScriptedModelProvider;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract suite covers every {@link ModelProvider} the SDK ships: this test lists the concrete
 * implementations in sdk-core's and the test kit's classes and fails on one that no contract test
 * runs, so a new decorator or adapter cannot skip the contract.
 */
class EveryProviderIsUnderContractTest {
    /** Each shipped provider and the contract test that runs over it. */
    private static final Map<String, Class<?>> COVERED = Map.ofEntries(
            Map.entry("ai.domainassist.core.provider.internal.openai.OpenAiProvider", OpenAiAdapterContractTest.class),
            Map.entry("ai.domainassist.core.provider.internal.anthropic.AnthropicProvider",
                    AnthropicAdapterContractTest.class),
            Map.entry(ScriptedModelProvider.class.getName(), ScriptedProviderContractTest.class),
            Map.entry("ai.domainassist.core.privacy.internal.RedactingProvider", DecoratorContractTest.Redaction.class),
            Map.entry("ai.domainassist.core.cache.internal.CachingProvider", DecoratorContractTest.CacheHit.class),
            Map.entry("ai.domainassist.core.usage.internal.BudgetingProvider", DecoratorContractTest.Budgeting.class),
            Map.entry("ai.domainassist.core.observe.internal.CallObservingProvider", DecoratorContractTest.CallObserving.class),
            Map.entry("ai.domainassist.core.observe.internal.ObservingProvider", DecoratorContractTest.AttemptObserving.class),
            Map.entry("ai.domainassist.core.routing.internal.FailoverRouter", DecoratorContractTest.FailoverToTheSecond.class),
            Map.entry("ai.domainassist.core.resilience.internal.RateLimitingProvider", DecoratorContractTest.RateLimiting.class),
            Map.entry("ai.domainassist.core.resilience.internal.BulkheadProvider", DecoratorContractTest.Bulkhead.class),
            Map.entry("ai.domainassist.core.resilience.internal.CircuitBreakingProvider",
                    DecoratorContractTest.CircuitBreaking.class),
            Map.entry("ai.domainassist.core.resilience.internal.RetryingProvider",
                    DecoratorContractTest.RetryingAfterAServerError.class),
            Map.entry("ai.domainassist.core.audit.internal.AuditingProvider", DecoratorContractTest.Auditing.class),
            Map.entry("ai.domainassist.core.internal.InterceptingProvider", DecoratorContractTest.Intercepting.class));

    @Test
    void everyConcreteProviderTheSdkShipsHasAContractTest() throws Exception {
        Set<String> shipped = new TreeSet<>();
        shipped.addAll(providersIn(ModelProvider.class));
        shipped.addAll(providersIn(ScriptedModelProvider.class));
        assertThat(shipped).as("sdk-core's providers were found").contains(
                "ai.domainassist.core.provider.internal.openai.OpenAiProvider", "ai.domainassist.core.routing.internal.FailoverRouter");
        assertThat(COVERED.keySet()).containsExactlyInAnyOrderElementsOf(shipped);
    }

    /** The concrete ModelProvider classes in the jar or classes folder that holds {@code anchor}. */
    private static Set<String> providersIn(Class<?> anchor) throws IOException, URISyntaxException {
        Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.walk(where)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .forEach(f -> names.add(where.relativize(f).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(names::add);
            }
        }
        Set<String> providers = new TreeSet<>();
        for (String file : names) {
            if (file.equals("module-info.class") || file.endsWith("package-info.class")) {
                continue;
            }
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            Class<?> c;
            try {
                c = Class.forName(name, false, anchor.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // a class of an optional dependency that is absent here
            }
            if (ModelProvider.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                providers.add(c.getName());
            }
        }
        return providers;
    }
}
