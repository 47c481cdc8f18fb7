package ai.domainassist.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ContentPart;
import ai.domainassist.core.chat.Message;
import ai.domainassist.core.chat.ResponseFormat;
import ai.domainassist.core.chat.Role;
import ai.domainassist.core.chat.ToolSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Personal data in the places and shapes the first redactor missed (issue 18): tool
 * descriptions and schemas, the response-format schema, stop sequences; phone numbers written
 * with no-break spaces or dots, ID numbers written in groups, numbers glued to Latin letters, a
 * number split across two parts of a message, marked names written in traditional characters.
 */
class RedactionGapsTest {
    private static final String ID = RedactorTest.ID;
    private static final String CARD = RedactorTest.CARD;

    private static String redact(String text, String... terms) {
        return Redactor.defaults().newRedaction(List.of(terms)).redact(text);
    }

    @Test
    void toolDescriptionsAndSchemasTheResponseSchemaAndStopSequencesAreRedacted() {
        ChatRequest request = ChatRequest.builder().user("登记")
                .addTool(new ToolSpec("lookup", "查询王建国（手机13812345678）的保单",
                        "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"例如" + ID
                                + "\"},\"name\":{\"enum\":[\"王建国\",\"\\u738b\\u5efa\\u56fd\"]}}}"))
                .responseFormat(ResponseFormat.jsonSchema("claim", "{\"type\":\"object\",\"properties\":{\"card\":"
                        + "{\"type\":\"string\",\"description\":\"如 " + CARD + "\"}}}", true))
                .stop(List.of("王建国：", "13812345678"))
                .privateTerm("王建国").build();

        Redaction redaction = Redactor.defaults().newRedaction(request.options().privateTerms());
        ChatRequest out = redaction.redact(request);

        String sent = out.tools().get(0).description() + out.tools().get(0).parametersSchema()
                + out.responseFormat().schema() + out.stop();
        assertThat(sent).doesNotContain("王建国", "13812345678", ID, CARD, "\\u738b");
        assertThat(out.tools().get(0).description()).isEqualTo("查询[PRIVATE_1]（手机[PHONE_1]）的保单");
        assertThat(out.tools().get(0).parametersSchema()).contains("\"例如[ID_CARD_1]\"")
                .contains("[\"[PRIVATE_1]\",\"[PRIVATE_1]\"]");
        assertThat(out.responseFormat().schema()).contains("如 [BANK_CARD_1]");
        assertThat(out.stop()).containsExactly("[PRIVATE_1]：", "[PHONE_1]");
        assertThat(out.tools().get(0).name()).isEqualTo("lookup");
    }

    @Test
    void phoneNumbersWithNoBreakSpacesOrDotsAreFound() {
        assertThat(redact("手机 138\u00A01234\u00A05678。")).isEqualTo("手机 [PHONE_1]。");
        assertThat(redact("手机 138\u202F1234\u202F5678。")).isEqualTo("手机 [PHONE_1]。");
        assertThat(redact("手机 138.1234.5678。")).isEqualTo("手机 [PHONE_1]。");
        assertThat(redact("座机 010.6234.5678。")).isEqualTo("座机 [PHONE_1]。");
    }

    @Test
    void idNumbersWrittenInGroupsAreFound() {
        assertThat(redact("身份证 110105 19491231 002X。")).isEqualTo("身份证 [ID_CARD_1]。");
        assertThat(redact("身份证 110105-19491231-002X。")).isEqualTo("身份证 [ID_CARD_1]。");
        assertThat(redact("身份证 1101 0519 4912 3100 2X。")).isEqualTo("身份证 [ID_CARD_1]。");
        assertThat(redact("身份证 110105\u00A019491231\u00A0002X。")).isEqualTo("身份证 [ID_CARD_1]。");
        // the same digits with a wrong check digit are not an ID number
        assertThat(redact("编号 110105 19491231 0021。")).doesNotContain("ID_CARD");
    }

    @Test
    void idAndCardNumbersGluedToLatinLettersAreFound() {
        assertThat(redact("ID" + ID + "，Card" + CARD + "end")).isEqualTo("ID[ID_CARD_1]，Card[BANK_CARD_1]end");
    }

    @Test
    void aNumberSplitAcrossTwoPartsOfAMessageIsFound() {
        Message split = new Message(Role.USER, List.of(new ContentPart.Text("请回电 138 1234"),
                new ContentPart.Text("5678，身份证" + ID.substring(0, 9)), new ContentPart.Text(ID.substring(9) + "。")),
                List.of(), null, null);
        Redaction redaction = Redactor.defaults().newRedaction(List.of());
        ChatRequest out = redaction.redact(ChatRequest.builder().addMessage(split).build());

        String sent = out.messages().get(0).text();
        assertThat(sent).doesNotContain("5678", ID.substring(9)).isEqualTo("请回电 [PHONE_1]，身份证[ID_CARD_1]。");
        assertThat(redaction.restore("[PHONE_1] [ID_CARD_1]")).isEqualTo("138 12345678 " + ID);
    }

    @Test
    void markedNamesAreFoundInTraditionalCharactersToo() {
        assertThat(redact("患者張建國，其子张建国陪同", "张建国")).isEqualTo("患者[PRIVATE_1]，其子[PRIVATE_2]陪同");
        assertThat(redact("患者张建国", "張建國")).isEqualTo("患者[PRIVATE_1]");
        Redactor names = Redactor.builder().dictionary("NAME", List.of("王建国")).build();
        assertThat(names.newRedaction(List.of()).redact("王建國来电")).isEqualTo("[NAME_1]来电");
    }
}
