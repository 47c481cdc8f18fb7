package ai.domainassist.examples.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ai.domainassist.examples.RunAll;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every review page the examples write from their sample data, opened in headless Chromium through
 * WebDriver at 1280 and 1920 pixels and looked at as its reader would: no horizontal overflow of
 * the page or of a table, no text squeezed narrower than two characters, every section heading
 * there, every evidence link leading to something, no glyph drawn as a missing-glyph box, nothing
 * in the console. Full-page screenshots of every page at both widths are written to
 * {@code target/review-pages/} for a person to look at.
 *
 * <p>That the checks can fail is checked too: a page with a section removed, a page laid out too
 * narrow, a dead link and a blocked script each produce their problem, and the same pages in a
 * browser without the CJK font (fontconfig limited to DejaVu) produce missing-glyph boxes.
 *
 * <p>Needs Debian's {@code chromium}, {@code chromium-driver} and {@code fonts-noto-cjk}
 * ({@code .ci/run} installs them). Without the browser or the driver the test is skipped with a
 * banner, unless {@code DA_REQUIRE_CHROMIUM=1}, which makes it fail; a missing font fails it.
 */
class ReviewPagesBrowserIT {
    static final int[] WIDTHS = {1280, 1920};
    private static final Path SHOTS = Path.of("target", "review-pages");

    /** The headings each kind of page must show, by the prefix of its file name. */
    static List<String> headings(String file) {
        if (file.startsWith("medical-")) {
            return List.of("主诉", "现病史", "既往史", "过敏史", "个人史", "家族史", "体格检查", "辅助检查", "初步诊断", "处理意见",
                    "对话原文");
        }
        if (file.startsWith("claim-")) {
            return List.of("审核结论", "赔付计算", "风险提示", "重复票据", "材料（按识别类型）", "原始材料");
        }
        if (file.startsWith("gov-check-")) {
            return List.of("公文原文", "问题清单");
        }
        if (file.startsWith("gov-draft-")) {
            return List.of("版头要素", "草稿全文", "问题清单", "正文引用");
        }
        return List.of("审核提示", "字段与证据", "原文");    // the generic report of search, comparison, Q&A
    }

    @TempDir
    static Path reports;
    private static List<Path> pages;
    private static WebDriverChromium browser;
    private static WebDriverChromium.Binaries binaries;

    @BeforeAll
    static void writePagesAndStartBrowser() throws Exception {
        var found = WebDriverChromium.find();
        if (found.isEmpty()) {
            String why = "headless Chromium or chromedriver not found (install Debian packages chromium, chromium-driver"
                    + " and fonts-noto-cjk, or set DA_CHROMIUM / DA_CHROMEDRIVER): the review pages browser test did NOT run";
            if ("1".equals(System.getenv("DA_REQUIRE_CHROMIUM"))) {
                fail(why + " and DA_REQUIRE_CHROMIUM=1");
            }
            System.err.println("\n*** SKIPPED: " + why + " ***\n");
            Assumptions.abort(why);
        }
        binaries = found.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int failed = RunAll.run(new PrintStream(out, true, StandardCharsets.UTF_8), Map.of(), reports, RunAll.examples());
        assertThat(failed).as(out.toString(StandardCharsets.UTF_8)).isZero();
        try (Stream<Path> files = Files.list(reports)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Files.createDirectories(SHOTS);
        for (Path p : pages) {
            Files.copy(p, SHOTS.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        browser = new WebDriverChromium(binaries, Map.of());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyExampleWritesAPageOfItsKind() {
        assertThat(pages).extracting(p -> p.getFileName().toString()).contains(
                "medical-visit-01-fever-cough.html", "medical-visit-02-child-diarrhoea.html",
                "medical-visit-03-dizziness.html", "medical-visit-04-unlabelled.html",
                "claim-clm-2024-0611-outpatient.html", "claim-clm-2024-0715-inpatient.html",
                "gov-check-dh-request-2024.html", "gov-draft-request-funding.html", "gov-draft-notice-charging.html",
                "gov-search-1.html", "gov-compare.html", "gov-ask-1.html");
    }

    @Test
    void everyPageReadsWellAt1280And1920Pixels() throws IOException {
        List<String> problems = new ArrayList<>();
        int glyphs = 0;
        for (Path page : pages) {
            String name = page.getFileName().toString();
            for (int width : WIDTHS) {
                browser.open(page.toUri().toString(), width, width == 1280 ? 800 : 1080);
                String where = name + " @" + width + ": ";
                PageInspection.layout(browser, headings(name)).forEach(p -> problems.add(where + p));
                PageInspection.Glyphs g = PageInspection.glyphs(browser);
                glyphs += g.checked();
                g.missing().forEach(m -> problems.add(where + "missing glyph " + m
                        + " (is a CJK font installed? Debian: fonts-noto-cjk)"));
                PageInspection.console(browser).forEach(c -> problems.add(where + "console: " + c));
                browser.fullScreenshot(SHOTS.resolve(name.replace(".html", "") + "-" + width + ".png"));
            }
        }
        assertThat(problems).as("what a reader would see wrong").isEmpty();
        assertThat(glyphs).as("characters drawn and compared").isGreaterThan(5000);
        for (Path page : pages) {
            for (int width : WIDTHS) {
                Path shot = SHOTS.resolve(page.getFileName().toString().replace(".html", "") + "-" + width + ".png");
                assertThat(shot).isNotEmptyFile();
            }
        }
    }

    @Test
    void theChecksSeeARemovedSectionATooNarrowLayoutADeadLinkAndABlockedScript() throws IOException {
        Path medical = reports.resolve("medical-visit-01-fever-cough.html");
        String html = Files.readString(medical);
        String sabotaged = html
                // the whole 现病史 section gone
                .replaceFirst("(?s)<section class=\"emr\" id=\"sec-presentIllness\".*?</section>", "")
                // the tables squeezed (the policy is taken out so that the extra style applies)
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</style>", "</style><style>table.grid { table-layout: fixed; width: 160px; }</style>")
                // a link to nothing
                .replace("</main>", "<a href=\"#nowhere\">链接</a></main>");
        Path broken = reports.resolve("sabotaged.html");
        Files.writeString(broken, sabotaged);
        browser.open(broken.toUri().toString(), 1280, 800);
        List<String> layout = PageInspection.layout(browser, headings("medical-"));
        assertThat(layout).contains("section heading missing: 现病史")
                .anySatisfy(p -> assertThat(p).startsWith("text narrower than two characters"))
                .anySatisfy(p -> assertThat(p).startsWith("a link leads nowhere: #nowhere"));

        Path scripted = reports.resolve("scripted.html");
        Files.writeString(scripted, html.replace("</main>", "</main><script>document.title = 'ran';</script>"));
        browser.open(scripted.toUri().toString(), 1280, 800);
        assertThat(PageInspection.console(browser)).as("the script the page's policy blocks is reported")
                .anySatisfy(c -> assertThat(c).contains("Content Security Policy"));
        assertThat(browser.execute("return document.title").asText()).isNotEqualTo("ran");

        Path wide = reports.resolve("wide.html");
        Files.writeString(wide, html.replace("<td class=\"term\">", "<td class=\"term\"><span class=\"id\">"
                + "6217001234567890122621700123456789012262170012345678901226217001234567890122</span>"));
        browser.open(wide.toUri().toString(), 1280, 800);
        assertThat(PageInspection.layout(browser, headings("medical-")))
                .anySatisfy(p -> assertThat(p).matches("(table .* overflows .*|the page overflows horizontally.*)"));
    }

    @Test
    void withoutTheCjkFontTheGlyphCheckSeesBoxes(@TempDir Path fonts) throws Exception {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu");
        Path dir = Files.isDirectory(dejavu) ? dejavu : Files.createDirectories(fonts.resolve("none"));
        Path conf = fonts.resolve("fonts.conf");
        Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>"
                + dir + "</dir><cachedir>" + fonts.resolve("cache") + "</cachedir></fontconfig>\n");
        Path page = reports.resolve("medical-visit-01-fever-cough.html");

        PageInspection.Glyphs withFont;
        browser.open(page.toUri().toString(), 1280, 800);
        withFont = PageInspection.glyphs(browser);
        try (WebDriverChromium fontless = new WebDriverChromium(binaries, Map.of("FONTCONFIG_FILE", conf.toString()))) {
            fontless.open(page.toUri().toString(), 1280, 800);
            PageInspection.Glyphs without = PageInspection.glyphs(fontless);
            fontless.fullScreenshot(SHOTS.resolve("without-cjk-font-medical-visit-01-1280.png"));
            assertThat(withFont.missing()).isEmpty();
            assertThat(without.missing()).as("the same page without the font").hasSizeGreaterThan(100)
                    .anySatisfy(m -> assertThat(m).startsWith("主 U+4E3B"));
        }
    }
}
