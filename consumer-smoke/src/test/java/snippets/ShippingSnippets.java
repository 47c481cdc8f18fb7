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

/** The Java snippets of docs/shipping.md, compiled here so that they cannot drift from the API (SnippetsTest matches them). */
@SuppressWarnings({"unused", "resource"})
final class ShippingSnippets {
    private ShippingSnippets() {
    }

    private static float[] myTestEmbedding(String text) {
        return new float[] {text.length(), 1};
    }

    static void snippet1(MedicalRecordAssistant assistant, Transcript transcript, String labReport) throws Exception {
        Result<OutpatientRecord> result = assistant.structure(transcript);
        Map<String, String> sources = new LinkedHashMap<>();
        for (Utterance u : transcript.utterances()) {
            sources.put(u.id(), u.text());                   // the ids the evidence uses: u1, u2 ...
        }
        sources.put("lab", labReport);                       // as many sources as the evidence cites
        ReviewReport report = ReviewReport.builder(result)
                .title("门诊病历审核 2025-03-11 上午")
                .sources(sources)
                .build();                                    // renders once; immutable, thread-safe
        report.writeTo(Path.of("review.html"));              // or report.html(), writeTo(Writer)
    }

    static void snippet2() throws Exception {
        ScriptedModelProvider fake = new ScriptedModelProvider()
                .on(ChatRequestMatchers.systemTextContains("门诊病历"),        // every matching request
                    Answer.text("{\"chiefComplaint\":\"咳嗽3天\"}").withUsage(Usage.of(420, 35)))
                .enqueue(                                                   // then these, once each, in order
                    Answer.failure(new ServerException("overloaded", ErrorDetails.of("fake", null))),
                    Answer.stream("急性", "支气管炎").withReasoning("先看症状"),
                    Answer.toolCall("lookup_icd10", "{\"term\":\"急性支气管炎\"}"))
                .embedWith(text -> myTestEmbedding(text));
        try (ModelClient model = ModelClient.builder().provider(fake).build()) {
            MedicalRecordAssistant assistant = MedicalRecordAssistant.builder().model(model).build();
            assistant.structure(Transcript.parse("医生：哪里不舒服？\n患者：咳嗽三天了。"));   // exercise the application
        }
        assertThat(fake.requests()).hasSize(3);
        assertThat(fake.lastRequest().options().task()).isEqualTo("medical.structure");
        fake.verify();     // every queued answer used, no request went unanswered
    }

    static void snippet3() throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.start().requireApiKey("sk-test")) {
            server.enqueue(Recording.ERROR_RATE_LIMIT)                    // 429, retry-after: 2
                  .enqueueChat("{\"diagnosis\":\"急性支气管炎\"}")           // JSON, or SSE if the request streams
                  .enqueue(Recording.CHAT_STREAM_DISCONNECTED);           // connection dropped mid-stream
            ModelClient model = ModelClient.builder()
                    .provider(Providers.openAiCompatible(server.baseUrl(), "sk-test")).build();
            model.chat(ChatRequest.builder().model("deepseek-chat").user("诊断？").build());   // retried after the 429
            ReceivedRequest sent = server.takeRequest();                  // what the client really sent
            assertThat(sent.json().path("model").asText()).isEqualTo("deepseek-chat");
            server.verify();
        }
    }
}
