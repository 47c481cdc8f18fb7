package ai.domainassist.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ServerException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.resilience.CircuitBreakerPolicy;
import ai.domainassist.core.resilience.ProviderStatus;
import ai.domainassist.finance.ClaimsAssistant;
import ai.domainassist.finance.registry.InvoiceRegistry;
import ai.domainassist.gov.PolicyAssistant;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.observability.MicrometerListener;
import ai.domainassist.testkit.FakeOpenAiServer;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DomainAssistAutoConfigurationTest {
    private static final String KEY = "sk-starter-test-9a8b7c6d5e4f";

    @TempDir
    Path tmp;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DomainAssistModelAutoConfiguration.class,
                        DomainAssistHelpersAutoConfiguration.class, DomainAssistHealthAutoConfiguration.class))
                .withPropertyValues("domainassist.claims.registry-directory=" + tmp.resolve("registry"));
    }

    @Test
    void withoutAModelTheHelpersRunOfflineAndOneInfoLineSaysSo() {
        Logger log = (Logger) LoggerFactory.getLogger("ai.domainassist.spring.boot");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            runner().run(ctx -> {
                assertThat(ctx).doesNotHaveBean(ModelClient.class);
                assertThat(ctx).doesNotHaveBean("domainAssistHealthContributor");
                MedicalRecordAssistant medical = ctx.getBean(MedicalRecordAssistant.class);
                assertThat(medical.mode()).isEqualTo(Mode.OFFLINE);
                assertThat(medical.structure(Transcript.parse("医生：哪里不舒服？\n患者：咳嗽三天，有点发烧。")).mode())
                        .isEqualTo(Mode.OFFLINE);
                assertThat(ctx.getBean(ClaimsAssistant.class).model()).isEmpty();
                assertThat(ctx.getBean(PolicyAssistant.class).model()).isEmpty();
            });
        } finally {
            log.detachAppender(lines);
        }
        assertThat(lines.list).hasSize(1);
        assertThat(lines.list.get(0).getLevel().toString()).isEqualTo("INFO");
        assertThat(lines.list.get(0).getFormattedMessage()).contains("no model configured")
                .contains("MedicalRecordAssistant, ClaimsAssistant, PolicyAssistant run their offline engines");
    }

    @Test
    void aBaseUrlMakesAClientThatTheHelpersUseAndThatIsClosedWithTheContext() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            ModelClient[] kept = new ModelClient[1];
            runner().withPropertyValues("domainassist.model.base-url=" + server.baseUrl(),
                    "domainassist.model.api-key=" + KEY, "domainassist.model.model=qwen-plus",
                    "domainassist.model.name=gateway", "domainassist.medical.mode=model").run(ctx -> {
                        ModelClient client = ctx.getBean(ModelClient.class);
                        kept[0] = client;
                        assertThat(client.providerStatus()).extracting(ProviderStatus::provider).containsExactly("gateway");
                        assertThat(ctx.getBean(MedicalRecordAssistant.class).mode()).isEqualTo(Mode.MODEL);
                        assertThat(ctx.getBean(ClaimsAssistant.class).model()).containsSame(client);
                        assertThat(ctx.getBean(PolicyAssistant.class).model()).containsSame(client);
                        server.enqueueChat("好");
                        assertThat(client.chat(ChatRequest.of("问")).content()).isEqualTo("好");
                        assertThat(server.takeRequest().json().path("model").asText()).isEqualTo("qwen-plus");
                    });
            assertThatThrownBy(() -> kept[0].chat(ChatRequest.of("问"))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
    }

    @Test
    void aFailoverListGivesOneProviderEachInOrder() {
        runner().withPropertyValues("domainassist.model.preset=deepseek", "domainassist.model.api-key=" + KEY,
                "domainassist.model.failover[0].base-url=http://127.0.0.1:1/v1",
                "domainassist.model.failover[0].model=qwen2.5-7b", "domainassist.model.failover[0].name=local")
                .run(ctx -> assertThat(ctx.getBean(ModelClient.class).providerStatus())
                        .extracting(ProviderStatus::provider).containsExactly("deepseek", "local"));
    }

    @Test
    void aPresetWithoutWhatItNeedsFailsTheStartNamingTheProperty() {
        runner().withPropertyValues("domainassist.model.preset=vllm", "domainassist.model.api-key=" + KEY)
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("domainassist.model.base-url")
                            .hasMessageNotContaining(KEY);
                });
    }

    @Test
    void theApplicationsOwnBeansWin() {
        ModelClient own = ModelClient.builder().provider(ai.domainassist.core.provider.Providers
                .openAiCompatible("http://127.0.0.1:1/v1", KEY)).defaultModel("m").build();
        MedicalRecordAssistant ownMedical = MedicalRecordAssistant.builder().build();
        runner().withPropertyValues("domainassist.model.base-url=http://127.0.0.1:2/v1")
                .withBean(ModelClient.class, () -> own).withBean(MedicalRecordAssistant.class, () -> ownMedical)
                .run(ctx -> {
                    assertThat(ctx.getBean(ModelClient.class)).isSameAs(own);
                    assertThat(ctx.getBean(MedicalRecordAssistant.class)).isSameAs(ownMedical);
                    assertThat(ctx.getBean(ClaimsAssistant.class).model()).containsSame(own);
                });
        own.close();
    }

    @Test
    void withADataSourceTheInvoiceRegistryIsATableInIt() {
        runner().withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:claims;DB_CLOSE_DELAY=-1")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(InvoiceRegistry.class);
                    javax.sql.DataSource ds = ctx.getBean(javax.sql.DataSource.class);
                    try (var c = ds.getConnection(); var rs = c.getMetaData().getTables(null, null, "%", null)) {
                        boolean found = false;
                        while (rs.next()) {
                            found |= rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT).contains("invoice");
                        }
                        assertThat(found).as("an invoice table in the application's database").isTrue();
                    }
                });
    }

    @Test
    void aPolicyLibraryIsOpenedWhenConfiguredAndClosedWithTheContext() {
        PolicyLibrary[] kept = new PolicyLibrary[1];
        runner().withPropertyValues("domainassist.policy.library=" + tmp.resolve("index"),
                "domainassist.policy.library-sources=国务院", "domainassist.policy.draft-box=" + tmp.resolve("drafts"))
                .run(ctx -> {
                    kept[0] = ctx.getBean(PolicyLibrary.class);
                    assertThat(ctx.getBean(PolicyAssistant.class).library()).containsSame(kept[0]);
                    assertThat(ctx.getBean(PolicyAssistant.class).draftBox()).isPresent();
                });
        // closed with the context: the index's write lock is free again
        try (PolicyLibrary reopened = PolicyLibrary.open(tmp.resolve("index"), "国务院")) {
            assertThat(reopened.records()).isEmpty();
        }
    }

    @Test
    void theHealthOfEachProviderComesFromItsBreakerAndLastOutcomeWithoutCallingIt() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            runner().withPropertyValues("domainassist.model.base-url=" + server.baseUrl(), "domainassist.model.model=m",
                            "domainassist.model.name=local", "domainassist.model.retry.enabled=false")
                    .withBean(ModelClientCustomizer.class, () -> b -> b.circuitBreaker(CircuitBreakerPolicy.builder()
                            .slidingWindowSize(2).minimumCalls(2).build()))
                    .run(ctx -> {
                        HealthIndicator local = (HealthIndicator) ctx.getBean("domainAssistHealthContributor",
                                CompositeHealthContributor.class).getContributor("local");
                        assertThat(local.health().getStatus()).isEqualTo(Status.UP);
                        assertThat(local.health().getDetails()).containsEntry("lastOutcome", "NONE");
                        int before = server.requestCount();
                        local.health();
                        assertThat(server.requestCount()).as("a health check sends nothing").isEqualTo(before);

                        ModelClient client = ctx.getBean(ModelClient.class);
                        for (int i = 0; i < 2; i++) {
                            server.enqueueError(503, "server_error", null, "overloaded");
                            assertThatThrownBy(() -> client.chat(ChatRequest.of("问"))).isInstanceOf(ServerException.class);
                        }
                        Map<String, Object> details = local.health().getDetails();
                        assertThat(local.health().getStatus()).isEqualTo(Status.DOWN);
                        assertThat(details).containsEntry("circuit", "OPEN").containsEntry("lastOutcome", "FAILURE")
                                .containsEntry("lastError", "ServerException");
                    });
        }
    }

    @Test
    void aMeterRegistryGetsTheCallsAndTheTasks() {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            runner().withPropertyValues("domainassist.model.base-url=" + server.baseUrl(), "domainassist.model.model=m")
                    .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .run(ctx -> {
                        assertThat(ctx).hasSingleBean(MicrometerListener.class);
                        server.enqueueChat("好");
                        ctx.getBean(ModelClient.class).chat(ChatRequest.of("问"));
                        ctx.getBean(PolicyAssistant.class).check("doc-1", "关于做好道路停车管理工作的通知");
                        MeterRegistry r = ctx.getBean(MeterRegistry.class);
                        assertThat(r.get("gen_ai.client.operation.duration").timer().count()).isEqualTo(1);
                        assertThat(r.get("domainassist.task.duration").tag("domainassist.task", "gov.check").timer().count())
                                .isEqualTo(1);
                    });
        }
    }

    @Test
    void configurationMetadataDescribesTheProperties() throws Exception {
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String p : List.of("domainassist.model.preset", "domainassist.model.base-url", "domainassist.model.api-key",
                    "domainassist.model.retry.max-attempts", "domainassist.model.cache.enabled",
                    "domainassist.model.budget.max-tokens", "domainassist.model.failover",
                    "domainassist.medical.lexicon", "domainassist.claims.registry-directory",
                    "domainassist.policy.library", "domainassist.policy.draft-box")) {
                assertThat(json).contains("\"name\": \"" + p + "\"");
            }
            assertThat(json).contains("The endpoint's base URL");
        }
    }
}
