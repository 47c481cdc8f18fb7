package ai.domainassist.core.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.StructuredOutputException;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.FinishReason;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.Role;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.chat.ToolChoice;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.fakes.ProviderClient;
import ai.domainassist.core.fakes.ScriptedProvider;
import ai.domainassist.core.provider.ProviderCapabilities;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredOutputTest {
    enum Severity { MILD, SEVERE }

    record Drug(String name, int doseMg) {
    }

    record Visit(String patient, Severity severity, List<String> symptoms, List<Drug> drugs) {
    }

    private static final ProviderCapabilities JSON_OBJECT_ONLY =
            new ProviderCapabilities(false, true, true, true, true, true, false);
    private static final ProviderCapabilities TOOLS_ONLY =
            new ProviderCapabilities(false, false, true, true, true, true, false);

    private static final String VALID = "{\"patient\":\"P1\",\"severity\":\"MILD\",\"symptoms\":[\"咳嗽\"],"
            + "\"drugs\":[{\"name\":\"阿莫西林\",\"doseMg\":500}]}";
    private final ChatRequest ask = ChatRequest.builder().system("你是病历助手").user("提取就诊信息").build();

    private static ChatResponse answer(String text, FinishReason reason) {
        return new ChatResponse("i", "m", "p", text, null, List.of(), reason, Usage.of(100, 20), Duration.ZERO, null);
    }

    @Test
    void theSchemaDescribesNestedRecordsArraysAndEnumsStrictly() throws Exception {
        var schema = new ObjectMapper().readTree(StructuredOutput.defaults().schemaOf(Visit.class));
        assertThat(schema.get("type").asText()).isEqualTo("object");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("required")).extracting(n -> n.asText())
                .containsExactlyInAnyOrder("patient", "severity", "symptoms", "drugs");
        assertThat(schema.at("/properties/severity/enum").toString()).isEqualTo("[\"MILD\",\"SEVERE\"]");
        assertThat(schema.at("/properties/drugs/type").asText()).isEqualTo("array");
        assertThat(schema.at("/properties/drugs/items/properties/doseMg/type").asText()).isEqualTo("integer");
    }

    @Test
    void sendsJsonSchemaWhenSupportedAndReturnsTheTypedValue() {
        ScriptedProvider p = new ScriptedProvider("p").thenRespond(answer(VALID, FinishReason.STOP));

        Extraction<Visit> x = new ProviderClient(p).extract(ask, Visit.class);

        assertThat(x.value()).isEqualTo(new Visit("P1", Severity.MILD, List.of("咳嗽"), List.of(new Drug("阿莫西林", 500))));
        assertThat(x.attempts()).isEqualTo(1);
        assertThat(x.strategy()).isEqualTo(ExtractionStrategy.JSON_SCHEMA);
        assertThat(x.truncated()).isFalse();
        ResponseFormat sent = p.chatRequests().get(0).responseFormat();
        assertThat(sent.type()).isEqualTo(ResponseFormat.Type.JSON_SCHEMA);
        assertThat(sent.name()).isEqualTo("Visit");
        assertThat(sent.strict()).isTrue();
    }

    @Test
    void readsFencedJsonProseAroundJsonAndTrailingCommas() {
        String fenced = "```json\n" + VALID + "\n```";
        String prose = "好的，提取结果如下：\n" + VALID + "\n如有疑问请告诉我。";
        String commas = VALID.replace("]}]}", "],},],}").replace("\"咳嗽\"]", "\"咳嗽\",]");
        for (String raw : List.of(fenced, prose, commas)) {
            ScriptedProvider p = new ScriptedProvider("p").thenRespond(answer(raw, FinishReason.STOP));
            Extraction<Visit> x = new ProviderClient(p).extract(ask, Visit.class);
            assertThat(x.value().drugs()).as(raw).containsExactly(new Drug("阿莫西林", 500));
            assertThat(x.rawAnswer()).isEqualTo(raw);
        }
    }

    @Test
    void oneInvalidAnswerIsRepairedByAReaskCarryingTheErrors() {
        String missingDrugs = "{\"patient\":\"P1\",\"severity\":\"mild\",\"symptoms\":[]}";
        ScriptedProvider p = new ScriptedProvider("p").thenRespond(answer(missingDrugs, FinishReason.STOP))
                .thenRespond(answer(VALID, FinishReason.STOP));

        Extraction<Visit> x = new ProviderClient(p).extract(ask, Visit.class);

        assertThat(x.attempts()).isEqualTo(2);
        assertThat(x.usage()).isEqualTo(Usage.of(200, 40));
        ChatRequest reask = p.chatRequests().get(1);
        assertThat(reask.messages()).hasSize(4);
        assertThat(reask.messages().get(2).role()).isEqualTo(Role.ASSISTANT);
        assertThat(reask.messages().get(2).text()).isEqualTo(missingDrugs);
        assertThat(reask.messages().get(3).text()).contains("drugs").contains("severity");
    }

    @Test
    void invalidTwiceIsATypedErrorWithTheRawAnswerAndTheErrors() {
        ScriptedProvider p = new ScriptedProvider("p").thenRespond(answer("我无法提取", FinishReason.STOP))
                .thenRespond(answer("{\"patient\":1}", FinishReason.STOP));

        assertThatThrownBy(() -> new ProviderClient(p).extract(ask, Visit.class))
                .isInstanceOfSatisfying(StructuredOutputException.class, e -> {
                    assertThat(e.rawAnswer()).isEqualTo("{\"patient\":1}");
                    assertThat(e.errors()).anyMatch(m -> m.contains("required"));
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.truncated()).isFalse();
                    assertThat(e.getMessage()).doesNotContain("patient");
                });
    }

    @Test
    void aTruncatedAnswerIsFlaggedAndNotReasked() {
        ScriptedProvider p = new ScriptedProvider("p").thenRespond(answer("{\"patient\":\"P1\",\"sev", FinishReason.LENGTH));

        assertThatThrownBy(() -> new ProviderClient(p).extract(ask, Visit.class))
                .isInstanceOfSatisfying(StructuredOutputException.class, e -> {
                    assertThat(e.truncated()).isTrue();
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.errors().get(0)).contains("token limit");
                });
        assertThat(p.chatCalls()).isEqualTo(1);
    }

    @Test
    void jsonObjectProvidersGetTheSchemaInTheSystemPrompt() {
        ScriptedProvider p = new ScriptedProvider("p", JSON_OBJECT_ONLY).thenRespond(answer(VALID, FinishReason.STOP));

        Extraction<Visit> x = new ProviderClient(p).extract(ask, Visit.class);

        assertThat(x.strategy()).isEqualTo(ExtractionStrategy.JSON_OBJECT);
        ChatRequest sent = p.chatRequests().get(0);
        assertThat(sent.responseFormat()).isEqualTo(ResponseFormat.JSON_OBJECT);
        assertThat(sent.messages().get(0).role()).isEqualTo(Role.SYSTEM);
        assertThat(sent.messages().get(0).text()).startsWith("你是病历助手").contains("\"doseMg\"").contains("JSON");
        assertThat(sent.messages()).hasSize(2);
    }

    @Test
    void toolOnlyProvidersAreForcedToCallASchemaTool() {
        ScriptedProvider p = new ScriptedProvider("p", TOOLS_ONLY)
                .thenRespond(ScriptedProvider.toolAnswer("p", new ToolCall("c1", "Visit", "{\"patient\":\"P1\"}")))
                .thenRespond(ScriptedProvider.toolAnswer("p", new ToolCall("c2", "Visit", VALID)));

        Extraction<Visit> x = new ProviderClient(p).extract(ask, Visit.class);

        assertThat(x.strategy()).isEqualTo(ExtractionStrategy.TOOL_CALL);
        assertThat(x.value().patient()).isEqualTo("P1");
        ChatRequest first = p.chatRequests().get(0);
        assertThat(first.toolChoice()).isEqualTo(ToolChoice.named("Visit"));
        assertThat(first.tools().get(0).parametersSchema()).contains("\"doseMg\"");
        ChatRequest reask = p.chatRequests().get(1);
        assertThat(reask.messages().get(3).role()).isEqualTo(Role.TOOL);
        assertThat(reask.messages().get(3).toolCallId()).isEqualTo("c1");
    }

    @Test
    void genericTypesAreWrappedAsAnObject() {
        ScriptedProvider p = new ScriptedProvider("p").thenRespond(
                answer("{\"value\":[{\"name\":\"布洛芬\",\"doseMg\":200}]}", FinishReason.STOP));

        Extraction<List<Drug>> x = new ProviderClient(p).extract(ask, new TypeReference<List<Drug>>() { });

        assertThat(x.value()).containsExactly(new Drug("布洛芬", 200));
        assertThat(p.chatRequests().get(0).responseFormat().schema()).contains("\"value\"");
    }
}
