package ai.domainassist.retrieval.internal.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default analyzer is built on lucene-core alone (the bigram and width filters copied from Lucene); it
 * must give exactly what Lucene's {@code CJKAnalyzer} gives, token for token (text, offsets, position
 * increment and length, type), or indexes and rankings would change under users' feet.
 */
class CjkBigramAnalyzerTest {
    private static Analyzer ours;
    private static Analyzer lucenes;

    @BeforeAll
    static void open() {
        ours = Analyzers.create(ai.domainassist.retrieval.TextAnalysis.CJK_BIGRAM);
        lucenes = new CJKAnalyzer();
    }

    @AfterAll
    static void close() {
        ours.close();
        lucenes.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "第十二条 申请人应当提交身份证明和申请表。",
        "《江州市生活垃圾分类管理办法》（江政发〔2024〕3号）",
        "The insured AND the policy holder; www.example.com is not a stop word list",
        "ＡＢＣ１２３ full-width ａｂｃ and ｶﾞｷﾞｸﾞ halfwidth kana ﾊﾟﾋﾟﾌﾟ ｳﾞ",
        "患者：咳嗽3天，体温38.5℃，无发热？ 医生：做个血常规吧",
        "한국어 텍스트 and 日本語のテキスト mixed with 中文 and emoji 😀 here",
        "a\tb\nc  d　e",
        "保险金额为人民币100,000元（壹拾万元整），等待期90日。",
    })
    void sameTokensAsLucenesCjkAnalyzer(String text) {
        assertThat(tokens(ours, text)).isEqualTo(tokens(lucenes, text));
    }

    static Stream<String> repositoryTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("src/test/resources/texts", "../sdk-gov/src/test/resources/devset",
                "../examples/src/main/resources")) {
            Path root = Paths.get(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                        .forEach(p -> texts.add(read(p)));
            }
        }
        assertThat(texts).as("texts found beside the module").isNotEmpty();
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("repositoryTexts")
    void sameTokensOnTheRepositorysPolicyAndClauseTexts(String text) {
        assertThat(tokens(ours, text)).isEqualTo(tokens(lucenes, text));
    }

    @Test
    void sameTokensOnRandomMixedScriptText() {
        // Characters from the ranges the filters treat specially (full-width ASCII, halfwidth kana with the
        // voiced marks, katakana, hangul, hiragana, CJK ideographs) mixed with ASCII, digits and spaces.
        int[][] ranges = {{0x20, 0x7E}, {0xFF01, 0xFF5E}, {0xFF65, 0xFF9F}, {0x30A1, 0x30FA}, {0x3041, 0x3096},
            {0xAC00, 0xAC40}, {0x4E00, 0x4F00}, {0x3000, 0x3003}, {0x30, 0x39}};
        Random random = new Random(20261206);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            assertThat(tokens(ours, text.toString())).as("text %s", text).isEqualTo(tokens(lucenes, text.toString()));
        }
    }

    @Test
    void normalisesQueryTermsLikeLucene() {
        for (String term : List.of("ＡＢＣ", "ｶﾞｷﾞ", "Policy", "保险")) {
            BytesRef expected = lucenes.normalize("f", term);
            assertThat(ours.normalize("f", term)).as(term).isEqualTo(expected);
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "|" + offset.startOffset() + "-" + offset.endOffset() + "|+"
                        + increment.getPositionIncrement() + "|" + length.getPositionLength() + "|" + type.type());
            }
            stream.end();
            out.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
