package ai.domainassist.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API's shape, enforced on the compiled production classes of every module (this
 * module depends on all of them): internal packages stay inside their module, domain modules do
 * not know each other, providers do not know the decorators that wrap them, and no library class
 * prints to the console.
 */
class ArchitectureTest {

    private static final String ROOT = "ai.domainassist";
    private static final List<String> MODULES = List.of("core", "retrieval", "gov", "finance", "medical", "testkit", "observability");
    private static final List<String> DECORATORS =
            List.of("privacy", "cache", "routing", "resilience", "audit", "observe", "structured", "usage");
    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        // Examples and benchmarks are left out by package, not by location: a checkout whose path
        // contains "/examples/" (this module's worktree) would otherwise import nothing at all.
        // Test jars (sdk-core's test-jar when it comes from a repository) are tests too.
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT)
                .that(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(ROOT + ".examples..",
                        ROOT + ".benchmarks..")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "retrieval", "gov", "finance", "medical", "testkit", "observability"})
    void internalPackagesAreUsedOnlyInsideTheirModule(String module) {
        // core.internal.shared is the one exception: SDK-internal code the domain modules share (the builders'
        // set-once rule), which sdk-core's module-info exports to them alone
        String shared = ROOT + ".core.internal.shared";
        ArchRule rule = noClasses().that().resideOutsideOfPackage(ROOT + "." + module + "..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ROOT + "." + module + "..internal..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(shared))))
                .allowEmptyShould(true)
                .because("internal packages are implementation, free to change in any release");
        rule.check(library);
        noClasses().that().resideOutsideOfPackages(ROOT + ".core..", ROOT + ".gov..", ROOT + ".finance..",
                        ROOT + ".medical..")
                .should().dependOnClassesThat().resideInAPackage(shared)
                .allowEmptyShould(true)
                .because("sdk-core exports core.internal.shared to the domain modules alone")
                .check(library);
    }

    @Test
    void theOpenSearchModuleUsesOnlyThePublicRetrievalApiAndKeepsItsInternalsToItself() {
        noClasses().that().resideInAPackage(ROOT + ".retrieval.opensearch..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".retrieval.internal..")
                .because("sdk-retrieval-opensearch plugs in through the Retriever/DocumentLibrary API only")
                .check(library);
        noClasses().that().resideOutsideOfPackage(ROOT + ".retrieval.opensearch..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".retrieval.opensearch.internal..")
                .allowEmptyShould(true)
                .check(library);
    }

    @Test
    void domainModulesDoNotDependOnEachOther() {
        List<String> domains = List.of("gov", "finance", "medical");
        for (String from : domains) {
            for (String to : domains) {
                if (!from.equals(to)) {
                    noClasses().that().resideInAPackage(ROOT + "." + from + "..")
                            .should().dependOnClassesThat().resideInAPackage(ROOT + "." + to + "..")
                            .allowEmptyShould(true)
                            .check(library);
                }
            }
        }
    }

    @Test
    void coreAndRetrievalDoNotDependOnDomains() {
        for (String lower : List.of("core", "retrieval")) {
            noClasses().that().resideInAPackage(ROOT + "." + lower + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".gov..", ROOT + ".finance..",
                            ROOT + ".medical..", ROOT + ".testkit..")
                    .check(library);
        }
    }

    @Test
    void providersDoNotDependOnDecorators() {
        String[] decoratorPackages = DECORATORS.stream().map(d -> ROOT + ".core." + d + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + ".core.provider..")
                .should().dependOnClassesThat().resideInAnyPackage(decoratorPackages)
                .check(library);
    }

    @Test
    void decoratorsDoNotKnowEachOther() {
        for (String from : DECORATORS) {
            for (String to : DECORATORS) {
                if (!from.equals(to) && !from.equals("structured") && !from.equals("usage")) {
                    noClasses().that().resideInAPackage(ROOT + ".core." + from + "..")
                            .should().dependOnClassesThat().resideInAPackage(ROOT + ".core." + to + "..")
                            .allowEmptyShould(true)
                            .because("each decorator is one concern, composed only by ModelClientBuilder")
                            .check(library);
                }
            }
        }
    }

    @Test
    void noModuleImportsSpringOrTheStarter() {
        // the starter and the Spring example live in their own modules; nothing here may need them
        noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".retrieval..", ROOT + ".gov..",
                        ROOT + ".finance..", ROOT + ".medical..", ROOT + ".testkit..", ROOT + ".observability..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", ROOT + ".spring..")
                .because("domain modules never import Spring and nothing depends on the starter")
                .check(library);
    }

    @Test
    void libraryCodeNeverPrintsToTheConsole() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(library);
    }

    @Test
    void everyModuleHasClasses() {
        for (String module : MODULES) {
            org.assertj.core.api.Assertions.assertThat(library.stream()
                    .anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + module)))
                    .as("classes of module %s imported", module).isTrue();
        }
    }
}
