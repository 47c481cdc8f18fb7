package ai.domainassist.core.provider.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private static List<SseEvent> parse(String... pieces) {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        for (String p : pieces) {
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            parser.feed(b, 0, b.length);
        }
        parser.finish();
        return events;
    }

    @Test
    void dataLinesOfOneEventAreJoinedWithNewlines() {
        assertThat(parse("event: x\ndata: a\ndata:b\ndata:  c\n\n"))
                .containsExactly(new SseEvent("x", "a\nb\n c"));
    }

    @Test
    void commentsAndKeepAlivesAreIgnored() {
        assertThat(parse(": OPENROUTER PROCESSING\n\n:\n\ndata: {\"a\":1}\n\n: keep-alive\n\n"))
                .containsExactly(new SseEvent(null, "{\"a\":1}"));
    }

    @Test
    void crlfAndBareCrEndLines() {
        assertThat(parse("data: one\r\n\r\ndata: two\r\rdata: three\n\n"))
                .containsExactly(new SseEvent(null, "one"), new SseEvent(null, "two"), new SseEvent(null, "three"));
    }

    @Test
    void crlfSplitBetweenTwoReadsIsOneLineEnd() {
        assertThat(parse("data: one\r", "\n\r", "\ndata: two\r\n\r\n"))
                .containsExactly(new SseEvent(null, "one"), new SseEvent(null, "two"));
    }

    @Test
    void doneIsAnOrdinaryEventThatSaysDone() {
        List<SseEvent> events = parse("data: [DONE]\n\n");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).isDone()).isTrue();
        assertThat(new SseEvent(null, "{\"x\":\"[DONE]\"}").isDone()).isFalse();
    }

    @Test
    void anEventWithoutTheFinalBlankLineIsDeliveredAtTheEnd() {
        assertThat(parse("data: a\n\ndata: last")).containsExactly(new SseEvent(null, "a"), new SseEvent(null, "last"));
    }

    @Test
    void eventsWithoutDataAreDroppedAndFieldsWithoutColonKeepEmptyValues() {
        assertThat(parse("event: ping\n\nid: 7\nretry: 10\n\ndata\n\n")).containsExactly(new SseEvent(null, ""));
    }

    @Test
    void utf8CharactersSplitAcrossReadsSurvive() {
        byte[] b = "data: 你好🌏\n\n".getBytes(StandardCharsets.UTF_8);
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        for (byte value : b) {
            parser.feed(new byte[] {value}, 0, 1);
        }
        parser.finish();
        assertThat(events).containsExactly(new SseEvent(null, "你好🌏"));
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsSkipped() {
        assertThat(parse("\uFEFFdata: a\n\n")).containsExactly(new SseEvent(null, "a"));
    }

    @Test
    void recordedStreamsYieldTheSameEventsWhereverTheyAreSplit() {
        for (String fixture : List.of("openai/stream.sse", "anthropic/stream-tools-thinking.sse", "qwen/stream-tools.sse")) {
            byte[] all = Fixtures.wire(fixture).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            List<SseEvent> whole = new ArrayList<>();
            SseParser one = new SseParser(whole::add);
            one.feed(all, 0, all.length);
            one.finish();
            assertThat(whole).hasSizeGreaterThan(4);
            for (int split = 0; split <= all.length; split++) {
                List<SseEvent> events = new ArrayList<>();
                SseParser parser = new SseParser(events::add);
                parser.feed(all, 0, split);
                parser.feed(all, split, all.length - split);
                parser.finish();
                assertThat(events).as("%s split at byte %d", fixture, split).isEqualTo(whole);
            }
        }
    }

    private static List<SseEvent> parseLimited(ResponseLimits limits, String text) {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add, limits);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i += 7) {
            parser.feed(b, i, Math.min(7, b.length - i));
        }
        parser.finish();
        return events;
    }

    @Test
    void aLineAtTheLimitIsReadAndOneByteMoreIsRefused() {
        ResponseLimits limits = new ResponseLimits(1 << 20, 16, 1024);
        assertThat(parseLimited(limits, "data: 0123456789\n\n")).containsExactly(new SseEvent(null, "0123456789"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parseLimited(limits, "data: 0123456789a\n\n"))
                .isInstanceOf(ResponseLimitException.class).hasMessageContaining("16 bytes (maxStreamLineBytes)");
    }

    @Test
    void anEventsDataIsBoundedAcrossItsLines() {
        ResponseLimits limits = new ResponseLimits(1 << 20, 64, 20);
        assertThat(parseLimited(limits, "data: 123456789\ndata: 12345678\n\ndata: 123456789\n\n")).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> parseLimited(limits, "data: 123456789\ndata: 123456789\ndata: 1\n\n"))
                .isInstanceOf(ResponseLimitException.class).hasMessageContaining("maxStreamEventBytes");
    }

    @Test
    void nothingAfterTheTerminatorIsReadNotEvenALineTooLong() {
        // found by OpenAiStreamFuzzTest: the same stream passed or failed depending on where reads were cut
        List<SseEvent> events = new ArrayList<>();
        boolean[] done = {false};
        SseParser parser = new SseParser(e -> {
            events.add(e);
            done[0] = e.isDone();
        }, new ResponseLimits(1 << 20, 16, 1024), () -> done[0]);
        byte[] b = ("data: a\n\ndata: [DONE]\n\ndata: " + "x".repeat(100) + "\n\n").getBytes(StandardCharsets.UTF_8);
        parser.feed(b, 0, b.length);
        parser.finish();
        assertThat(events).extracting(SseEvent::data).containsExactly("a", "[DONE]");
    }
}
