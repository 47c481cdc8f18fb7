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

/** The Java snippets of docs/medical.md, compiled here so that they cannot drift from the API (SnippetsTest matches them). */
@SuppressWarnings({"unused", "resource"})
final class MedicalSnippets {
    private MedicalSnippets() {
    }

    static void snippet1(String text) throws Exception {
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().build();   // once; thread-safe
        Result<OutpatientRecord> result = assistant.structure(Transcript.parse(text)); // text, JSON or bytes
        OutpatientRecord record = result.value();
        String emr = RecordText.write(record);        // 主诉：…\n现病史：…  paste into the EMR
        String json = RecordJson.write(result);       // the record, mode, flags, audit id
        for (ReviewFlag f : result.flags()) {         // MISSING, CONFLICT, OUT_OF_RANGE, UNGROUNDED, POLICY ...
            System.out.println(f.severity() + " " + f.kind() + " " + f.field() + ": " + f.message());
        }
    }

    static void snippet2(String text) throws Exception {
        ModelClient model = ModelClient.builder()
                .provider(Providers.openAiCompatible("https://llm.hospital.internal/v1", System.getenv("LLM_KEY"))
                        .toBuilder().defaultChatModel("qwen2.5-72b-instruct").build())
                .build();
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder()
                .model(model)                                   // Mode.HYBRID; .mode(Mode.MODEL) for model only
                .lexicon(TermLexicon.defaults().with(TermLexicon.load(Path.of("/etc/his/terms.tsv"))))
                .build();
        Result<OutpatientRecord> result = assistant.structure(Transcript.parse(text));
        result.mode();      // HYBRID, MODEL, or DEGRADED when the model failed (the offline record is returned)
        result.auditId();   // the task label of the model call in the audit trail (AuditRecord.task)
    }
}
