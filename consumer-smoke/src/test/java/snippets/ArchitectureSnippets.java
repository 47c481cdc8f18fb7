package snippets;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.*;
import ai.domainassist.core.chat.*;
import ai.domainassist.core.provider.*;
import ai.domainassist.core.report.*;
import ai.domainassist.finance.*;
import ai.domainassist.finance.cases.*;
import ai.domainassist.finance.model.*;
import ai.domainassist.finance.registry.*;
import ai.domainassist.gov.*;
import ai.domainassist.gov.library.*;
import ai.domainassist.gov.model.*;
import ai.domainassist.gov.rules.*;
import ai.domainassist.medical.*;
import ai.domainassist.medical.export.*;
import ai.domainassist.medical.model.*;
import ai.domainassist.medical.rules.*;
import ai.domainassist.retrieval.*;
import ai.domainassist.testkit.*;
import java.math.BigDecimal;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import javax.sql.DataSource;

/** The Java snippets of docs/architecture.md, compiled here so that they cannot drift from the API (SnippetsTest matches them). */
@SuppressWarnings({"unused", "resource"})
final class ArchitectureSnippets {
    private ArchitectureSnippets() {
    }

    static void snippet1(String text) throws Exception {
        ModelClient model = ModelClient.builder()
                .provider(Providers.openAiCompatible("https://llm.internal/v1", System.getenv("LLM_KEY")))
                .defaultModel("qwen-plus")                  // the generic preset names no model: say which
                .build();                                   // or no model at all: the offline engine
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().model(model).build();
        Result<OutpatientRecord> result = assistant.structure(Transcript.parse(text));
        result.value();     // the record, every field with its evidence in the transcript
        result.flags();     // what a doctor must look at: ungrounded, conflicting, missing, degraded
    }
}
