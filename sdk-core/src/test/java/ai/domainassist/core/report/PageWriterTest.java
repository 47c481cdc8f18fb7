package ai.domainassist.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.core.Mode;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.grounding.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageWriterTest {
    private static final String U2 = "我咳嗽三天了，<script>window.x=1</script>昨天开始发烧。";
    private static final String POLICY = "江州市人民政府关于推行生活垃圾分类的通知";

    private static Evidence at(String id, String text, String quote) {
        int i = text.indexOf(quote);
        return Evidence.of(id, text, i, i + quote.length());
    }

    private static PageWriter writer() {
        return PageWriter.create("审核 <b>页</b>", ReportLabels.core(Locale.SIMPLIFIED_CHINESE), "main { display: block; }")
                .source("u2", "患者 u2", U2)
                .source("jzf-2020-15", "《" + POLICY + "》", POLICY);
    }

    @Test
    void evidenceLinksLeadToTheMarkedWordsAndTheWordsLeadBack() {
        PageWriter w = writer();
        w.markup("<p id=\"cc\">").text("咳嗽3天").markup("</p>")
                .evidence(List.of(at("u2", U2, "咳嗽"), at("u2", U2, "三天")), "cc", "主诉", null);
        w.markup("<div>").sourceText("u2").markup("</div>");
        Document doc = Jsoup.parse(w.finish().html());

        List<Element> links = doc.select("#cc + .evidence a.ev-link");
        assertThat(links).extracting(Element::text).containsExactly("「咳嗽」", "「三天」");
        for (Element link : links) {
            Element anchor = doc.getElementById(link.attr("href").substring(1));
            assertThat(anchor).as("target of %s", link).isNotNull();
            Element mark = anchor.nextElementSibling();
            assertThat(mark.tagName()).isEqualTo("mark");
            assertThat(mark.attr("class")).isEqualTo("hl");
            assertThat(link.text()).contains(mark.text());
            assertThat(mark.selectFirst("a").attr("href")).isEqualTo("#cc");
            assertThat(mark.attr("title")).isEqualTo("主诉");
        }
        assertThat(doc.selectFirst("div").text()).contains("<script>window.x=1</script>");
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void aFlagIsColouredByItsSeverityAndItsWordsToo() {
        PageWriter w = writer();
        ReviewFlag flag = new ReviewFlag(ReviewFlag.Kind.CONFLICT, Severity.WARNING, "symptoms", "“发热”既被述有又被否认",
                List.of(at("u2", U2, "发烧")));
        w.markup("<ul class=\"flags\">").flag(flag, "flag-0", "现病史").markup("</ul>").sourceText("u2");
        Document doc = Jsoup.parse(w.finish().html());
        Element li = doc.getElementById("flag-0");
        assertThat(li.className()).isEqualTo("flag sev-warning");
        assertThat(li.selectFirst(".badge").text()).isEqualTo("警告");
        assertThat(li.selectFirst(".kind").text()).isEqualTo("相互矛盾");
        assertThat(li.selectFirst(".concerns").text()).isEqualTo("现病史");
        assertThat(li.text()).doesNotContain("symptoms");
        Element mark = doc.select("mark").stream().filter(m -> m.text().equals("发烧")).findFirst().orElseThrow();
        assertThat(mark.className()).isEqualTo("hl sev-warning");
        assertThat(mark.selectFirst("a").attr("href")).isEqualTo("#flag-0");
    }

    @Test
    void evidenceNamingAWholeDocumentIsALinkToItNeverAnEmptyQuote() {
        PageWriter w = writer();
        w.markup("<p id=\"f1\">").text("引用的文件已废止").markup("</p>")
                .evidence(List.of(new Evidence("jzf-2020-15", 0, 0, "")), "f1", "reference.repealed", Severity.ERROR);
        w.markup("<article>").sourceText("jzf-2020-15").markup("</article>").sourceText("u2");
        Document doc = Jsoup.parse(w.finish().html());
        Element link = doc.selectFirst("a.doc-link");
        assertThat(link.text()).isEqualTo("文件“《" + POLICY + "》”（全文）");
        assertThat(doc.getElementById(link.attr("href").substring(1))).isNotNull();
        assertThat(doc.text()).doesNotContain("「」").doesNotContain("「 」").doesNotContain("空片段");
    }

    @Test
    void evidenceThatCannotBeLocatedSaysWhyAndIsMarkedNowhere() {
        PageWriter w = writer();
        w.markup("<p id=\"p\">").text("x").markup("</p>").evidence(List.of(new Evidence("u2", 0, 2, "发热"),
                new Evidence("input", 3, 7, "呼吸内科"), new Evidence("u2", 0, 2, "  ")), "p", "p", null);
        w.sourceText("u2");
        Document doc = Jsoup.parse(w.finish().html());
        assertThat(doc.select(".unlocated").eachText())
                .containsExactly("「发热」在原文中未找到", "「呼吸内科」未提供原文“input”", "在原文中未找到");
        assertThat(doc.select("mark")).isEmpty();
    }

    @Test
    void notesSitRightAfterTheWordsTheyConcern() {
        PageWriter w = writer();
        Evidence fever = at("u2", U2, "发烧");
        w.cite(fever, "f0", "finding", Severity.ERROR);
        w.markup("<pre>").sourceText("u2", Map.of(fever.end(), "<span class=\"note\">" + PageWriter.escape("建议：<发热>")
                + "</span>", U2.length(), "<span class=\"note\">end</span>")).markup("</pre>");
        w.markup("<p id=\"f0\">").text("finding").markup("</p>");
        Document doc = Jsoup.parse(w.finish().html());
        Element mark = doc.select("mark").stream().filter(m -> m.text().equals("发烧")).findFirst().orElseThrow();
        assertThat(mark.className()).isEqualTo("hl sev-error");
        assertThat(mark.nextElementSibling().text()).isEqualTo("建议：<发热>");
        assertThat(doc.selectFirst("pre").text()).endsWith("。end");
    }

    @Test
    void thePageIsSelfContainedAndItsPolicyAllowsExactlyItsStylesheet() throws Exception {
        PageWriter w = writer();
        w.markup("<header class=\"page-header\"><h1>").text("审核 <b>页</b>").markup("</h1>")
                .production(new Result<>("x", List.of(), Mode.HYBRID, new Usage(10, 5, 15, 0, 0), "audit-1"))
                .markup("</header>");
        Document doc = Jsoup.parse(w.finish().html());
        assertThat(doc.title()).isEqualTo("审核 <b>页</b>");
        assertThat(doc.selectFirst("h1").children()).isEmpty();
        assertThat(doc.select("script, link, img, iframe, object, embed, [src], [srcset], [style]")).isEmpty();
        String css = doc.selectFirst("style").data();
        assertThat(css).contains("mark.hl").endsWith("main { display: block; }")
                .doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(css.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'; style-src 'sha256-" + hash + "'");
        assertThat(doc.selectFirst("#mode .mode").attr("data-mode")).isEqualTo("HYBRID");
        assertThat(doc.selectFirst("#audit").text()).isEqualTo("audit-1");
    }

    @Test
    void aCitedSourceThatIsNeverShownFailsTheBuildInsteadOfLeavingDeadLinks() {
        PageWriter w = writer();
        w.markup("<p id=\"cc\">").text("x").markup("</p>").evidence(List.of(at("u2", U2, "咳嗽")), "cc", "主诉", null);
        assertThatThrownBy(w::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("u2");
    }

    @Test
    void evidenceCitedAfterItsSourceWasShownIsRefused() {
        PageWriter w = writer();
        w.sourceText("u2");
        assertThatThrownBy(() -> w.cite(at("u2", U2, "咳嗽"), "cc", "主诉", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shown before");
        assertThatThrownBy(() -> w.sourceText("u2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void elementIdsMustBePlainIdentifiers() {
        PageWriter w = writer();
        assertThatThrownBy(() -> w.cite(at("u2", U2, "咳嗽"), "x\" onclick=\"y", "t", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.source("u2", "again", "text")).isInstanceOf(IllegalArgumentException.class);
    }
}
