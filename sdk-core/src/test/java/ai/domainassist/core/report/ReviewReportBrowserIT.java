package ai.domainassist.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a review report in a real headless Chromium (Debian package {@code chromium}) and checks
 * what a reviewer would see: the page loads without console errors, the highlights are painted
 * in their colours where the evidence is, the links move between fields and spans, and the markup
 * planted in the source does not run.
 *
 * <p>Skips (loudly) when no Chromium is installed, unless {@code DA_REQUIRE_CHROMIUM=1}, which CI
 * sets so that a missing browser fails the build instead of passing it silently.
 */
class ReviewReportBrowserIT {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1200;
    /** The colours of review-report.css. */
    private static final int FIELD_YELLOW = 0xffe066;
    private static final int WARNING_ORANGE = 0xffc078;
    /** The background of the source text: it must not show through a highlight. */
    private static final int SOURCE_BACKGROUND = 0xfbfbfb;

    @TempDir
    static Path dir;
    private static HeadlessChromium browser;
    private static String url;

    @BeforeAll
    static void startBrowser() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            String why = "headless Chromium not found (install Debian packages chromium and chromium-driver, "
                    + "or set DA_CHROMIUM): the review report browser test did NOT run";
            if ("1".equals(System.getenv("DA_REQUIRE_CHROMIUM"))) {
                fail(why + " and DA_REQUIRE_CHROMIUM=1");
            }
            System.err.println("\n*** SKIPPED: " + why + " ***\n");
            Assumptions.abort(why);
        }
        Path page = dir.resolve("review.html");
        ReportFixtures.report().writeTo(page);
        url = page.toUri().toString();
        browser = new HeadlessChromium(chromium.get());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void load() throws Exception {
        browser.load(url, WIDTH, HEIGHT);
    }

    @Test
    void thePageLoadsWithoutConsoleErrorsOrBlockedRequests() throws Exception {
        assertThat(browser.problems()).as("console and log output; all events: %s", browser.events()).isEmpty();
        assertThat(browser.evaluate("document.title").asText()).isEqualTo("门诊病历审核 <b>张三</b>");
        assertThat(browser.evaluate("document.querySelectorAll('tr.field').length").asInt()).isEqualTo(7);
        // every resource the page used is the page itself
        assertThat(browser.evaluate("performance.getEntriesByType('resource').length").asInt()).isZero();
    }

    @Test
    void theConsoleCheckSeesWhatThePagePolicyBlocks() throws Exception {
        // the same page with a script and an image slipped in: the policy must block both, and say so
        Path tampered = dir.resolve("tampered.html");
        Files.writeString(tampered, ReportFixtures.report().html().replace("</body>",
                "<script>window.__ran = 1;</script><img src=\"http://127.0.0.1:9/x.png\"></body>"));
        browser.load(tampered.toUri().toString(), WIDTH, HEIGHT);
        assertThat(browser.evaluate("typeof window.__ran").asText()).isEqualTo("undefined");
        assertThat(browser.problems()).anySatisfy(p -> assertThat(p).contains("script"))
                .anySatisfy(p -> assertThat(p).contains("127.0.0.1:9"));
    }

    @Test
    void markupInTheSourceDoesNotRun() throws Exception {
        assertThat(browser.evaluate("typeof window.__pwned").asText()).isEqualTo("undefined");
        assertThat(browser.evaluate("document.scripts.length + document.images.length").asInt()).isZero();
        assertThat(browser.evaluate("document.querySelector('pre.text').textContent").asText())
                .contains("<script>window.__pwned = 1;</script>");
    }

    @Test
    void theScreenshotShowsTheHighlightsWhereTheEvidenceIs() throws Exception {
        JsonNode marks = browser.evaluate("""
                [...document.querySelectorAll('mark.hl')].map(m => {
                  const r = m.getBoundingClientRect();
                  return {text: m.textContent, cls: m.className, bg: getComputedStyle(m).backgroundColor,
                          x: r.left, y: r.top, w: r.width, h: r.height};
                })""");
        assertThat(marks.size()).isGreaterThanOrEqualTo(5);
        JsonNode complaint = find(marks, "咳嗽三天");
        assertThat(complaint.path("bg").asText()).isEqualTo("rgb(255, 224, 102)");
        JsonNode range = find(marks, "最高");
        assertThat(range.path("cls").asText()).contains("sev-warning");
        assertThat(range.path("bg").asText()).isEqualTo("rgb(255, 192, 120)");

        BufferedImage shot = browser.screenshot(Path.of("target", "review-report-it", "review.png"));
        Files.writeString(Path.of("target", "review-report-it", "review.html"), ReportFixtures.report().html());
        assertThat(shot.getWidth()).isEqualTo(WIDTH);
        // the highlight colour is painted inside the span's box (the rest of the box is glyphs, whose
        // share depends on the fonts installed), and the plain source background shows nowhere in it
        assertThat(share(shot, complaint, FIELD_YELLOW)).as("yellow share of 咳嗽三天's box").isGreaterThan(0.2);
        assertThat(share(shot, complaint, SOURCE_BACKGROUND)).as("unpainted share of 咳嗽三天's box").isZero();
        assertThat(share(shot, range, WARNING_ORANGE)).as("orange share of 最高's box").isGreaterThan(0.2);
        assertThat(share(shot, range, SOURCE_BACKGROUND)).as("unpainted share of 最高's box").isZero();
        assertThat(count(shot, SOURCE_BACKGROUND, 0, 0, WIDTH, HEIGHT)).as("the source panel is on screen")
                .isGreaterThan(10_000);
        // and in every highlighted span on screen, not elsewhere by accident: a page without highlights has none
        int yellow = count(shot, FIELD_YELLOW, 0, 0, WIDTH, HEIGHT);
        int expected = 0;
        for (JsonNode m : marks) {
            if (m.path("cls").asText().equals("hl") && m.path("y").asDouble() + m.path("h").asDouble() <= HEIGHT) {
                expected += count(shot, FIELD_YELLOW, m.path("x").asInt(), m.path("y").asInt(),
                        m.path("w").asInt() + 1, m.path("h").asInt() + 1);
            }
        }
        assertThat(yellow).isGreaterThan(500).isEqualTo(expected);
    }

    @Test
    void aFieldLinkLeadsToItsSpanAndTheSpanLeadsBack() throws Exception {
        String target = browser.evaluate("""
                (() => { const a = document.querySelector('tr[data-path="allergies[0]"] a.ev-link');
                         a.click(); return a.getAttribute('href'); })()""").asText();
        assertThat(browser.evaluate("location.hash").asText()).isEqualTo(target);
        assertThat(browser.evaluate("document.querySelector(':target').id").asText()).isEqualTo(target.substring(1));
        JsonNode box = browser.evaluate("(() => { const r = document.querySelector(':target + mark')"
                + ".getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; })()");
        assertThat(box.path("top").asDouble()).isBetween(0.0, (double) HEIGHT);

        String back = browser.evaluate("""
                (() => { const a = document.querySelector(':target + mark > a'); a.click();
                         return a.getAttribute('href'); })()""").asText();
        assertThat(browser.evaluate("document.querySelector(':target').dataset.path").asText()).isEqualTo("allergies[0]");
        assertThat(back).isEqualTo("#" + browser.evaluate("document.querySelector(':target').id").asText());
    }

    private static JsonNode find(JsonNode marks, String text) {
        for (JsonNode m : marks) {
            if (m.path("text").asText().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no mark with text " + text + " in " + marks);
    }

    private static double share(BufferedImage img, JsonNode box, int rgb) {
        int x = (int) Math.ceil(box.path("x").asDouble());
        int y = (int) Math.ceil(box.path("y").asDouble());
        int w = (int) Math.floor(box.path("w").asDouble()) - 1;
        int h = (int) Math.floor(box.path("h").asDouble()) - 1;
        assertThat(w * h).as("box of %s", box).isPositive();
        return count(img, rgb, x, y, w, h) / (double) (w * h);
    }

    private static int count(BufferedImage img, int rgb, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x0 + w); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
