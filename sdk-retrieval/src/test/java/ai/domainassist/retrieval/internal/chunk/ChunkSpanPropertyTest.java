package ai.domainassist.retrieval.internal.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Document;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The chunker's invariants, checked over many generated texts: every chunk's text is exactly its
 * span, chunks are ordered, disjoint, trimmed and under the cap, no surrogate pair is cut, and no
 * content is lost (only heading-only lines may lie outside every chunk).
 */
class ChunkSpanPropertyTest {
    private static final String HAN = "保险合同被保险人受益人本公司条例规定政府部门应当依法办理申请审批管理服务企业市场监督有关事项责任免除给付";
    private static final int TEXTS = 600;

    @Test
    void spansEqualQuotesOverManyGeneratedTexts() {
        Random random = new Random(20240601L);
        int chunksSeen = 0;
        for (int t = 0; t < TEXTS; t++) {
            String text = generate(random);
            int cap = 50 + random.nextInt(400);
            List<Chunk> chunks = new StructuralChunker(cap).chunk(Document.of("doc-" + t, "", text));
            String context = "text #" + t + " cap " + cap;
            checkInvariants(text, cap, chunks, context);
            assertThat(new StructuralChunker(cap).chunk(Document.of("doc-" + t, "", text)))
                    .as("deterministic, " + context).isEqualTo(chunks);
            chunksSeen += chunks.size();
        }
        assertThat(chunksSeen).as("the generator produces real work").isGreaterThan(TEXTS * 5);
    }

    private static void checkInvariants(String text, int cap, List<Chunk> chunks, String context) {
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            assertThat(c.index()).as(context).isEqualTo(i);
            assertThat(text.substring(c.start(), c.end())).as("span equals quote, " + context).isEqualTo(c.text());
            assertThat(c.text().length()).as("under the cap, " + context).isBetween(1, cap);
            assertThat(c.start()).as("ordered and disjoint, " + context).isGreaterThanOrEqualTo(previousEnd);
            assertThat(Heading.isSpace(c.text().charAt(0)) || Heading.isSpace(c.text().charAt(c.text().length() - 1)))
                    .as("trimmed, " + context).isFalse();
            assertThat(Character.isLowSurrogate(c.text().charAt(0))).as("no cut surrogate, " + context).isFalse();
            assertThat(Character.isHighSurrogate(c.text().charAt(c.text().length() - 1))).as("no cut surrogate, " + context).isFalse();
            for (int k = c.start(); k < c.end(); k++) {
                covered[k] = true;
            }
            previousEnd = c.end();
        }
        for (int[] line : Paragraphs.of(text)) {
            String para = text.substring(line[0], line[1]);
            boolean headingOnly = Heading.detect(para).map(Heading::headingOnly).orElse(false);
            for (int k = line[0]; k < line[1]; k++) {
                if (!covered[k] && !Heading.isSpace(text.charAt(k))) {
                    assertThat(headingOnly).as("character %d ('%s') of line '%s' is in no chunk, %s",
                            k, text.charAt(k), para, context).isTrue();
                }
            }
        }
    }

    private static String generate(Random r) {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + r.nextInt(30);
        String eol = r.nextInt(4) == 0 ? "\r\n" : "\n";
        for (int i = 0; i < lines; i++) {
            if (r.nextInt(8) == 0) {
                sb.append(eol);
            }
            if (r.nextInt(6) == 0) {
                sb.append(r.nextBoolean() ? "　　" : "  ");
            }
            int n = 1 + r.nextInt(12);
            switch (r.nextInt(14)) {
                case 0: sb.append('第').append(cn(n)).append("章　").append(words(r, 4)); break;
                case 1: sb.append('第').append(cn(n)).append("节 ").append(words(r, 5)); break;
                case 2: case 3: sb.append('第').append(cn(n)).append("条　").append(paragraph(r)); break;
                case 4: sb.append(cn(n)).append('、').append(r.nextBoolean() ? words(r, 6) : paragraph(r)); break;
                case 5: sb.append('（').append(cn(n)).append('）').append(paragraph(r)); break;
                case 6: sb.append(n).append(r.nextBoolean() ? ". " : "．").append(paragraph(r)); break;
                case 7: sb.append('（').append(n).append('）').append(paragraph(r)); break;
                case 8: sb.append(n).append('.').append(1 + r.nextInt(9)).append(' ').append(paragraph(r)); break;
                case 9: sb.append("#".repeat(1 + r.nextInt(3))).append(' ').append(words(r, 5)); break;
                case 10: sb.append(words(r, 3)).append('\t').append(n * 10).append('%').append('\t').append(words(r, 2)); break;
                case 11: sb.append("| ").append(words(r, 3)).append(" | ").append(n).append(" |"); break;
                default: sb.append(paragraph(r)); break;
            }
            if (r.nextBoolean() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '：') {
                sb.append(r.nextInt(5) == 0 ? "：" : "");
            }
            sb.append(eol);
        }
        return sb.toString();
    }

    private static String cn(int n) {
        String digits = "零一二三四五六七八九";
        return n <= 10 ? (n == 10 ? "十" : String.valueOf(digits.charAt(n))) : "十" + digits.charAt(n - 10);
    }

    private static String words(Random r, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chars; i++) {
            sb.append(HAN.charAt(r.nextInt(HAN.length())));
        }
        return sb.toString();
    }

    private static String paragraph(Random r) {
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + r.nextInt(r.nextInt(5) == 0 ? 40 : 5);
        for (int s = 0; s < sentences; s++) {
            int clauses = 1 + r.nextInt(r.nextInt(10) == 0 ? 30 : 3);
            for (int c = 0; c < clauses; c++) {
                sb.append(words(r, 2 + r.nextInt(r.nextInt(10) == 0 ? 200 : 15)));
                switch (r.nextInt(12)) {
                    case 0: sb.append("\uD83D\uDE00"); break;
                    case 1: sb.append(" ABC 12.5 "); break;
                    case 2: sb.append("“").append(words(r, 3)).append("”"); break;
                    default: break;
                }
                if (c < clauses - 1) {
                    sb.append(r.nextBoolean() ? '，' : '、');
                }
            }
            sb.append("。！？；…".charAt(r.nextInt(5)));
        }
        return sb.toString();
    }
}
