package ai.domainassist.medical.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.text.TextDecoding;
import ai.domainassist.core.testing.Fuzz;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random transcripts for {@link Transcript#parse}: labelled and diarised dialogue lines,
 * timestamps, headers, wrapped and blank lines, every line end; JSON arrays and objects with
 * odd fields, types and nesting; mutations of both; random bytes. Whatever the input, the
 * parser returns a transcript or throws {@link TranscriptException} (the one documented
 * exception), never hangs (see {@link Fuzz}), and keeps its spans: each utterance read from
 * text is the input's own text at its offset, and header evidence quotes the input.
 */
class TranscriptFuzzTest {
    private static final String[] LABELS = {"医生", "患者", "病人", "家属", "Doctor", "patient", "spk_1", "SPEAKER_00",
        "说话人2", "护士", "医师", "D", "P", "甲"};
    private static final String[] SAYINGS = {"哪里不舒服？", "咳嗽三天了，晚上加重。", "有没有发烧？", "昨天38.5度。",
        "以前有高血压吗？", "没有，对青霉素过敏。", "先查个血常规。", "好的，谢谢医生。", "嗯", "头孢吃了两天，每天两次，每次一片。"};

    @Test
    void anyInputGivesATranscriptOrATypedErrorAndKeepsItsSpans() {
        Fuzz.Summary s = Fuzz.run("Transcript.parse", TranscriptFuzzTest::input, input -> {
            Transcript t;
            try {
                t = input.bytes() != null ? Transcript.parse(input.bytes()) : Transcript.parse(input.text(), input.maxChars());
            } catch (TranscriptException e) {
                return "TranscriptException." + e.reason();
            }
            assertThat(t.size()).isPositive();
            // offsets of a transcript read from bytes count in the decoded text: byte-order mark dropped, line ends as LF
            String source = input.bytes() != null ? TextDecoding.decode(input.bytes()).text() : input.text();
            for (Utterance u : t.utterances()) {
                assertThat(u.text()).isNotBlank();
                if (u.inputOffset() >= 0) {
                    assertThat(source.substring(u.inputOffset(), u.inputOffset() + u.text().length()))
                            .as("utterance %s at its offset", u.id()).isEqualTo(u.text());
                }
            }
            t.department().ifPresent(d -> assertQuotesSource(d, source));
            t.visitTime().ifPresent(d -> assertQuotesSource(d, source));
            return "ok";
        });
        assertThat(s.outcomes()).containsKeys("ok", "TranscriptException.MALFORMED_JSON", "TranscriptException.BINARY");
    }

    private static void assertQuotesSource(Grounded<String> g, String source) {
        for (Evidence e : g.evidence()) {
            if (e.start() >= 0 && e.end() <= source.length()) {
                assertThat(source.substring(e.start(), e.end())).isEqualTo(e.quote());
            }
        }
    }

    /** One input: text with its length limit, or raw bytes. */
    record Input(String text, int maxChars, byte[] bytes) {
        @Override
        public String toString() {
            return bytes != null ? new String(bytes, StandardCharsets.ISO_8859_1) : text;
        }
    }

    static Input input(Random r) {
        int kind = r.nextInt(12);
        if (kind == 0) {
            byte[] b = new byte[r.nextInt(400)];
            r.nextBytes(b);
            return new Input(null, 0, b);
        }
        String text = kind <= 5 ? lines(r) : json(r);
        if (r.nextInt(3) == 0) {
            text = Fuzz.mutate(r, text, 6);
        }
        if (r.nextInt(4) == 0) {
            return new Input(null, 0, text.getBytes(StandardCharsets.UTF_8));
        }
        return new Input(text, r.nextInt(20) == 0 ? 1 + r.nextInt(200) : Transcript.DEFAULT_MAX_CHARS, null);
    }

    private static String lines(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(3) == 0) {
            sb.append(Fuzz.pick(r, "科室：", "科别: ", "就诊时间：", "date:", "Department : ")).append(Fuzz.pick(r, "呼吸内科",
                    "2024-03-05 09:30", "2024年3月5日", "", "  内科  ", "2024-13-45")).append(eol(r));
        }
        int n = r.nextInt(14);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(5) == 0) {
                sb.append('[').append(r.nextInt(3)).append(':').append(r.nextInt(60)).append(':').append(r.nextInt(99))
                        .append("] ");
            }
            if (r.nextInt(6) != 0) {
                sb.append(Fuzz.pick(r, LABELS)).append(Fuzz.pick(r, "：", ":", " : ", "）", "说：", "　"));
            }
            sb.append(Fuzz.pick(r, SAYINGS));
            sb.append(r.nextInt(8) == 0 ? eol(r) + eol(r) : eol(r));
        }
        return sb.toString();
    }

    private static String eol(Random r) {
        return Fuzz.pick(r, "\n", "\n", "\r\n", "\r", " \n", "\u3000\n", "\u2028");
    }

    private static String json(Random r) {
        StringBuilder items = new StringBuilder("[");
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                items.append(',');
            }
            items.append(switch (r.nextInt(8)) {
                case 0 -> "\"" + Fuzz.pick(r, SAYINGS) + "\"";
                case 1 -> Fuzz.pick(r, "null", "7", "[]", "{}", "true");
                case 2 -> "{\"speaker\":" + Fuzz.pick(r, "\"医生\"", "1", "null", "{}") + ",\"text\":"
                        + Fuzz.pick(r, "\"" + Fuzz.pick(r, SAYINGS) + "\"", "null", "\"\"", "\"  \"", "42", "[\"x\"]") + "}";
                case 3 -> "{\"role\":\"" + Fuzz.pick(r, LABELS) + "\",\"content\":\"" + Fuzz.pick(r, SAYINGS) + "\",\"start\":"
                        + Fuzz.pick(r, "1.5", "-3", "\"00:01:02\"", "\"x\"", "1e309", "null") + ",\"end\":"
                        + Fuzz.pick(r, "2", "\"00:00:01.500\"", "-1") + "}";
                case 4 -> "{\"spk\":\"spk_" + r.nextInt(3) + "\",\"onebest\":\"" + Fuzz.pick(r, SAYINGS) + "\"}";
                case 5 -> "{\"text\":\"" + Fuzz.pick(r, SAYINGS) + "\",\"extra\":" + "[".repeat(r.nextInt(1400))
                        + "]".repeat(r.nextInt(1400)) + "}";
                default -> "{\"speaker\":\"" + Fuzz.pick(r, LABELS) + "\",\"text\":\"" + Fuzz.pick(r, SAYINGS) + "\"}";
            });
        }
        items.append(']');
        return switch (r.nextInt(4)) {
            case 0 -> "{\"department\":" + Fuzz.pick(r, "\"内科\"", "null", "3") + ",\"visitTime\":"
                    + Fuzz.pick(r, "\"2024-03-05\"", "\"昨天\"", "[]") + ",\"utterances\":" + items + "}";
            case 1 -> "{\"utterances\":" + Fuzz.pick(r, items.toString(), "null", "{}", "\"x\"") + "}";
            default -> items.toString();
        };
    }
}
