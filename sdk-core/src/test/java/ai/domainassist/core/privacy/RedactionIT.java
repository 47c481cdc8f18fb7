package ai.domainassist.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelClient;
import ai.domainassist.core.audit.InMemoryAuditSink;
import ai.domainassist.core.audit.JsonLinesAuditSink;
import ai.domainassist.core.chat.ChatRequest;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.fakes.RecordingHandler;
import ai.domainassist.core.testing.LlamaPeer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Redaction on the real wire: every byte sent to the llama-peer server (captured by a network
 * interceptor on the shared OkHttp client, i.e. as written to the socket) is free of the planted
 * personal data, for chat and streaming, and the audit trail holds none either.
 */
class RedactionIT {
    private static final List<String> PLANTED = List.of("赵丽华", "11010519491231002X", "13912345678",
            "6222021234567890128", "zhao.lihua@example.com");

    @Test
    void noPlantedDatumReachesTheServer() throws Exception {
        List<String> wire = new CopyOnWriteArrayList<>();
        OkHttpClient capturing = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
            StringBuilder sb = new StringBuilder(chain.request().url().toString()).append('\n')
                    .append(chain.request().headers());
            if (chain.request().body() != null) {
                Buffer b = new Buffer();
                chain.request().body().writeTo(b);
                sb.append(b.readUtf8());
            }
            wire.add(sb.toString());
            return chain.proceed(chain.request());
        }).build();
        InMemoryAuditSink audit = new InMemoryAuditSink();
        ChatRequest planted = ChatRequest.builder()
                .system("客户赵丽华，身份证11010519491231002X。")
                .user("请回复：手机13912345678，卡号6222021234567890128，邮箱zhao.lihua@example.com。")
                .privateTerm("赵丽华").maxTokens(16).build();
        try (ModelClient client = ModelClient.builder().httpClient(capturing)
                .provider(LlamaPeer.provider())
                .auditSink(audit).callTimeout(Duration.ofSeconds(120)).build()) {
            ChatResponse answer = client.chat(planted);
            assertThat(answer.content()).startsWith("Hello");

            RecordingHandler h = new RecordingHandler();
            client.stream(planted, h).completion().get(120, TimeUnit.SECONDS);
            assertThat(h.text()).startsWith("Hello");
        } finally {
            capturing.dispatcher().executorService().shutdown();
            capturing.connectionPool().evictAll();
        }
        assertThat(wire).hasSize(2);
        for (String sent : wire) {
            assertThat(sent).contains("[PRIVATE_1]", "[ID_CARD_1]", "[PHONE_1]", "[BANK_CARD_1]", "[EMAIL_1]");
            for (String datum : PLANTED) {
                assertThat(sent).doesNotContain(datum);
            }
        }
        assertThat(audit.records()).hasSize(2);
        audit.records().forEach(r -> {
            String line = JsonLinesAuditSink.toJson(r);
            PLANTED.forEach(d -> assertThat(line).doesNotContain(d));
        });
    }
}
