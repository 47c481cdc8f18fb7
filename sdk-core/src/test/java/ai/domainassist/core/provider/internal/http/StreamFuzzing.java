package ai.domainassist.core.provider.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.ModelException;
import ai.domainassist.core.chat.ChatResponse;
import ai.domainassist.core.chat.StreamEvent;
import ai.domainassist.core.chat.ToolCall;
import ai.domainassist.core.testing.Fixtures;
import ai.domainassist.core.testing.Fuzz;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Seeded random event streams for the SSE reader, a protocol decoder and the accumulator (the
 * read path of {@link StreamSession}, without the socket), and the properties every stream must
 * keep, whatever it holds:
 * <ul>
 *   <li>only documented outcomes: the events and a response (terminator reached), the events and
 *       no response (the session then fails with {@code NetworkException}), a typed
 *       {@link ModelException} (malformed, or the provider's error sent in the stream), a
 *       {@link ResponseLimitException}, or the accumulator's {@link IllegalStateException} for a
 *       tool call without a name (the session maps it to malformed);</li>
 *   <li>the same outcome and events however the bytes are cut into network reads;</li>
 *   <li>the response is the fold of the events: its text the text deltas joined, its reasoning
 *       the reasoning deltas joined, each tool call's arguments its argument deltas joined, its
 *       usage the last usage update.</li>
 * </ul>
 */
public final class StreamFuzzing {
    /** Small bounds, so that the limit paths are reached too. */
    static final ResponseLimits LIMITS = new ResponseLimits(1 << 20, 4096, 16 * 1024);

    private StreamFuzzing() {
    }

    /** What one run gave. */
    record Outcome(List<StreamEvent> events, ChatResponse response, String error) {
    }

    /**
     * @param bytes the stream
     * @param decoder a fresh decoder
     * @param cuts where the bytes are cut into reads, ascending
     * @return the outcome
     * @throws RuntimeException anything undocumented, as thrown
     */
    static Outcome run(byte[] bytes, StreamDecoder decoder, int[] cuts) {
        List<StreamEvent> events = new ArrayList<>();
        StreamAccumulator acc = new StreamAccumulator(events::add);
        SseParser parser = new SseParser(e -> decoder.decode(e, acc, null), LIMITS, acc::isDone);
        try {
            int from = 0;
            for (int cut : cuts) {
                if (acc.isDone()) {
                    break;
                }
                parser.feed(bytes, from, cut - from);
                from = cut;
            }
            if (!acc.isDone()) {
                parser.feed(bytes, from, bytes.length - from);
            }
            if (!acc.isDone()) {
                parser.finish();
            }
            return new Outcome(events, acc.isDone() ? acc.build("fuzz", Duration.ZERO, null) : null, null);
        } catch (ModelException | ResponseLimitException e) {
            return new Outcome(events, null, e.getClass().getSimpleName());
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().contains("has no name")) {
                return new Outcome(events, null, "IllegalStateException(no name)");
            }
            throw e;
        }
    }

    /**
     * Runs the fuzz for one protocol.
     *
     * @param protocol the protocol's name
     * @param decoder makes a fresh decoder
     * @param fixtures recorded streams of the protocol (paths under {@code wire/})
     * @param events makes one random event of the protocol, as SSE text ending with its blank line
     * @return the summary
     */
    public static Fuzz.Summary fuzz(String protocol, Supplier<StreamDecoder> decoder, List<String> fixtures,
                                    Function<Random, String> events) {
        List<String> recorded = fixtures.stream().map(Fixtures::wire).toList();
        return Fuzz.run("sse+" + protocol, r -> input(r, recorded, events), bytes -> {
            int[] cuts = cuts(new Random(bytes.length * 31L + bytes[0]), bytes.length);
            Outcome whole = run(bytes, decoder.get(), new int[0]);
            Outcome split = run(bytes, decoder.get(), cuts);
            String both = "whole: " + whole.error() + ", " + whole.events().size() + " events; cut at "
                    + java.util.Arrays.toString(cuts) + ": " + split.error() + ", " + split.events().size() + " events";
            assertThat(split.events()).as("the same events however the bytes are cut (%s)", both).isEqualTo(whole.events());
            assertThat(split.error()).as(both).isEqualTo(whole.error());
            assertThat(split.response()).isEqualTo(whole.response());
            if (whole.response() != null) {
                assertFold(whole.events(), whole.response());
                return "completed";
            }
            return whole.error() != null ? whole.error() : "no terminator";
        });
    }

    /** The response is exactly what its events add up to. */
    static void assertFold(List<StreamEvent> events, ChatResponse response) {
        StringBuilder text = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        Map<Integer, StringBuilder> args = new TreeMap<>();
        StreamEvent.UsageUpdate lastUsage = null;
        for (StreamEvent e : events) {
            if (e instanceof StreamEvent.TextDelta t) {
                text.append(t.text());
            } else if (e instanceof StreamEvent.ReasoningDelta d) {
                reasoning.append(d.text());
            } else if (e instanceof StreamEvent.ToolCallDelta d) {
                args.computeIfAbsent(d.index(), k -> new StringBuilder()).append(d.argumentsDelta());
            } else if (e instanceof StreamEvent.UsageUpdate u) {
                lastUsage = u;
            }
        }
        assertThat(response.content()).isEqualTo(text.toString());
        assertThat(response.reasoningContent() == null ? "" : response.reasoningContent()).isEqualTo(reasoning.toString());
        List<String> joined = args.values().stream().map(sb -> sb.toString().isBlank() ? "{}" : sb.toString()).toList();
        assertThat(response.toolCalls()).extracting(ToolCall::arguments).containsExactlyElementsOf(joined);
        if (lastUsage != null) {
            assertThat(response.usage()).isEqualTo(lastUsage.usage());
        }
    }

    private static byte[] input(Random r, List<String> recorded, Function<Random, String> events) {
        String text;
        switch (r.nextInt(10)) {
            case 0, 1, 2 -> text = Fuzz.mutate(r, Fuzz.pick(r, recorded.toArray(new String[0])), 8);
            case 3 -> {
                byte[] junk = new byte[r.nextInt(3000)];
                r.nextBytes(junk);
                byte[] out = new byte[junk.length + 6];
                System.arraycopy("data: ".getBytes(StandardCharsets.US_ASCII), 0, out, 0, 6);
                System.arraycopy(junk, 0, out, 6, junk.length);
                return out;
            }
            default -> {
                StringBuilder sb = new StringBuilder();
                if (r.nextInt(20) == 0) {
                    sb.append('\uFEFF');
                }
                int n = r.nextInt(16);
                for (int i = 0; i < n; i++) {
                    sb.append(framing(r, events.apply(r)));
                }
                text = r.nextInt(4) == 0 ? Fuzz.mutate(r, sb.toString(), 3) : sb.toString();
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length == 0 ? new byte[] {'\n'} : bytes;
    }

    /** Changes how an event is framed: line ends, comments, extra fields, a missing blank line. */
    private static String framing(Random r, String event) {
        String e = event;
        switch (r.nextInt(12)) {
            case 0 -> e = e.replace("\n", "\r\n");
            case 1 -> e = e.replace("\n", "\r");
            case 2 -> e = ": keep-alive\n" + e;
            case 3 -> e = "id: " + r.nextInt(1000) + "\nretry: 3000\n" + e;
            case 4 -> e = e.endsWith("\n\n") ? e.substring(0, e.length() - 1) : e; // blank line missing
            case 5 -> e = e.replace("data: ", "data:");
            case 6 -> e = e.replace("data: {", "data: {\n" + "data: ").replace("\n\n", "\n\n");
            default -> {
            }
        }
        return e;
    }

    /** Cut points: none, a few, or (for a short stream, one time in eight) every byte. */
    static int[] cuts(Random r, int length) {
        if (length <= 1) {
            return new int[0];
        }
        if (length <= 400 && r.nextInt(8) == 0) {
            int[] every = new int[length - 1];
            for (int i = 0; i < every.length; i++) {
                every[i] = i + 1;
            }
            return every;
        }
        int[] cuts = new int[r.nextInt(Math.min(length - 1, 12) + 1)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = 1 + r.nextInt(length - 1);
        }
        java.util.Arrays.sort(cuts);
        return cuts;
    }

    // ----------------------------------------------------------------------------- value generators

    /**
     * @param r the random source
     * @return a JSON string literal (quoted, escaped) holding text a model may stream: Chinese,
     *     emoji, escapes, placeholders, nothing, or a lot
     */
    public static String jsonText(Random r) {
        String raw = switch (r.nextInt(9)) {
            case 0 -> "";
            case 1 -> "Hello";
            case 2 -> "，世界 🌏!";
            case 3 -> "[PHONE_1]";
            case 4 -> "line\nbreak \"quoted\" \\ back";
            case 5 -> "x".repeat(r.nextInt(r.nextInt(10) == 0 ? 5000 : 60));
            case 6 -> String.valueOf((char) (0x4E00 + r.nextInt(0x51A5))).repeat(1 + r.nextInt(20));
            case 7 -> "{\"city\":";
            default -> "\uD83C";
        };
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(raw)) + "\"";
    }

    /**
     * @param r the random source
     * @return a JSON number a server may send: small, negative, huge, fractional, or not a number at all
     */
    public static String jsonNumber(Random r) {
        return Fuzz.pick(r, "0", "1", "3", String.valueOf(r.nextInt(100)), "-1", "2147483648", "1e309", "1.5", "null",
                "\"7\"", "99999999999999999999");
    }
}
