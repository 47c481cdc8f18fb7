package snippets;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Result;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.export.RecordJson;
import ai.domainassist.medical.export.RecordText;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.TermLexicon;
import java.nio.file.Files;
import java.nio.file.Path;

/** README's outpatient-record snippet, with exactly its imports (SnippetsTest matches them). */
@SuppressWarnings("unused")
final class ReadmeMedicalSnippet {
    private ReadmeMedicalSnippet() {
    }

    static String withModel() throws Exception {
        ModelClient model = ModelClient.builder()
                .provider(Providers.openAiCompatible(System.getenv("DA_BASE_URL"), System.getenv("DA_API_KEY")))
                .defaultModel(System.getenv("DA_MODEL"))    // an unset variable gives an error that names it
                .build();                                   // share it; close() releases connections
        MedicalRecordAssistant assistant = MedicalRecordAssistant.builder()
                .model(model)                                   // omit for offline; .mode(Mode.MODEL) for model only
                .lexicon(TermLexicon.defaults().with(TermLexicon.load(Path.of("/etc/his/terms.tsv"))))  // the hospital's terms
                .build();
        byte[] upload = Files.readAllBytes(Path.of("visit-0311.txt"));   // UTF-8 or GB18030/GBK, BOM and CRLF read
        Result<OutpatientRecord> result = assistant.structure(Transcript.parse(upload));  // or parse(upload, charset)
        result.mode();      // HYBRID; DEGRADED when the model failed and the offline record was returned
        result.flags();     // UNGROUNDED, CONFLICT, MISSING, OUT_OF_RANGE, DEGRADED ...
        String emr = RecordText.write(result.value());   // 主诉：…\n现病史：… in the standard order, to paste into the EMR
        String json = RecordJson.write(result);          // versioned JSON export with a shipped JSON Schema
        return emr + json;
    }
}
