package snippets;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.audit.JsonLinesAuditSink;
import ai.domainassist.core.provider.ProviderSpec;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.observability.MicrometerListener;
import ai.domainassist.observability.OpenTelemetryListener;
import ai.domainassist.spring.boot.ModelClientCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** docs/spring-boot.md's other snippets, compiled here (consumer-smoke's SnippetsTest matches them). */
@Configuration
@SuppressWarnings("unused")
class SpringBootSnippets {
    @Bean ModelClientCustomizer audit() { return b -> b.auditSink(new JsonLinesAuditSink(Path.of("audit.jsonl"))); }

    static void listeners(ProviderSpec spec, MeterRegistry meterRegistry, OpenTelemetry openTelemetry) {
        ModelClient model = ModelClient.builder().provider(spec)
                .listener(new MicrometerListener(meterRegistry))
                .listener(new OpenTelemetryListener(openTelemetry))
                .build();
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().model(model)
                .listener(new MicrometerListener(meterRegistry)).listener(new OpenTelemetryListener(openTelemetry)).build();
    }
}
