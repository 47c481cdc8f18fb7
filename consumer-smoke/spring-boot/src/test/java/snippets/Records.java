package snippets;

import ai.domainassist.medical.MedicalRecordAssistant;
import ai.domainassist.medical.export.RecordJson;
import ai.domainassist.medical.model.Transcript;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

// docs/spring-boot.md's controller, compiled here (consumer-smoke's SnippetsTest matches it).
@RestController class Records { Records(MedicalRecordAssistant a) { this.a = a; } final MedicalRecordAssistant a;
  @PostMapping("/records") String record(@RequestBody String dialogue) { return RecordJson.write(a.structure(Transcript.parse(dialogue))); } }
