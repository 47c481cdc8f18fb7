package ai.domainassist.core.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.testing.LlamaPeer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Grounding of a real model's answer: the llama-peer model writes {@code "test"} for every string,
 * so every quote it claims must be flagged UNGROUNDED against a real source text, while a quote
 * really taken from the source is not.
 */
class GroundingIT {
    private static final String SOURCE = "主诉：咳嗽、咳痰3天，伴发热1天。查体：体温38.6℃，右下肺可闻及湿啰音。"
            + "诊断：社区获得性肺炎。处理：头孢呋辛0.5g 每日两次口服。";

    record Quoted(String value, String quote) {
    }

    record Outpatient(Quoted chiefComplaint, Quoted temperature, Quoted diagnosis, Quoted treatment) {
    }

    @Test
    void everyFieldOfTheModelsAnswerIsFlaggedUngrounded() {
        try (ModelClient client = ModelClient.builder().provider(LlamaPeer.provider())
                .callTimeout(Duration.ofSeconds(120)).build()) {
            Outpatient record = client.extract(ChatRequest.builder()
                    .system("从门诊记录中提取字段，每个字段给出原文引用 quote。")
                    .user(SOURCE).maxTokens(300).build(), Outpatient.class).value();

            List<Claim> claims = List.of(
                    Claim.of("chiefComplaint", record.chiefComplaint().quote()),
                    Claim.of("temperature", record.temperature().quote()),
                    Claim.of("diagnosis", record.diagnosis().quote()),
                    Claim.of("treatment", record.treatment().quote()));
            GroundingReport report = GroundingVerifier.standard().verify(List.of(new Source("visit", SOURCE)), claims);

            assertThat(claims).extracting(Claim::quote).containsOnly("test");
            assertThat(report.flags()).extracting(ReviewFlag::field)
                    .containsExactly("chiefComplaint", "temperature", "diagnosis", "treatment");
            assertThat(report.flags()).allMatch(f -> f.kind() == ReviewFlag.Kind.UNGROUNDED);

            // the control: a quote really in the source is grounded, with exact offsets
            GroundingReport control = GroundingVerifier.standard().verify(List.of(new Source("visit", SOURCE)),
                    List.of(Claim.of("diagnosis", "社区获得性肺炎")));
            assertThat(control.allGrounded()).isTrue();
            Evidence e = control.evidence("diagnosis").orElseThrow();
            assertThat(SOURCE.substring(e.start(), e.end())).isEqualTo("社区获得性肺炎");
        }
    }
}
