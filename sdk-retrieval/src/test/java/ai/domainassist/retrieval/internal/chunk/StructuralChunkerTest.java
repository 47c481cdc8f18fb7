package ai.domainassist.retrieval.internal.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.retrieval.Chunk;
import ai.domainassist.retrieval.Document;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructuralChunkerTest {

    private static List<Chunk> chunk(String text, int cap) {
        return new StructuralChunker(cap).chunk(Document.of("d1", "t", text));
    }

    private static Chunk find(List<Chunk> chunks, String start) {
        Optional<Chunk> c = chunks.stream().filter(x -> x.text().startsWith(start)).findFirst();
        assertThat(c).as("a chunk starting with %s", start).isPresent();
        return c.get();
    }

    @Test
    void regulationArticlesAreChunksUnderTheirChapterAndSection() {
        String text = Texts.load("regulation.txt");
        List<Chunk> chunks = chunk(text, 500);

        Chunk art2 = find(chunks, "第二条");
        assertThat(art2.heading()).isEqualTo("第一章 > 第二条");
        assertThat(art2.text()).as("an article keeps its second paragraph").contains("本条例所称城市供水");

        Chunk art4 = find(chunks, "第四条");
        assertThat(art4.heading()).isEqualTo("第二章 > 第四条");
        assertThat(art4.text()).as("items stay in their article").endsWith("其他可能污染饮用水水体的活动。");

        assertThat(find(chunks, "第五条").heading()).isEqualTo("第三章 > 第一节 > 第五条");
        assertThat(find(chunks, "第六条").heading()).isEqualTo("第三章 > 第二节 > 第六条");
        assertThat(find(chunks, "第八条").heading()).isEqualTo("第五章 > 第八条");
        assertThat(chunks).as("chapter and section titles are headings, not chunks")
                .noneMatch(c -> c.text().startsWith("第一章") || c.text().startsWith("第一节"));
        assertThat(chunks.get(0).text()).isEqualTo("某市城市供水用水管理条例");
        assertThat(chunks.get(0).headingPath()).isEmpty();
    }

    @Test
    void noticeFollowsTheOfficialHeadingLevels() {
        String text = Texts.load("notice.txt");
        List<Chunk> chunks = chunk(text, 500);

        assertThat(find(chunks, "坚持以市场主体").heading()).isEqualTo("一、总体要求");
        assertThat(find(chunks, "（一）进一步破除").heading()).isEqualTo("二、重点任务 > （一）进一步破除隐性门槛");
        assertThat(find(chunks, "1. 全面推行").heading())
                .isEqualTo("二、重点任务 > （二）推动涉企审批减环节减材料减时限 > 1. 全面推行证明事项告知承诺制");
        assertThat(find(chunks, "（2）对实行简化").heading())
                .isEqualTo("二、重点任务 > （二）推动涉企审批减环节减材料减时限 > 2. 压缩工业产品生产许可证审批时限 > （2）对实行简化审批程序的产品");
        assertThat(find(chunks, "（一）加强组织领导").heading()).isEqualTo("三、保障措施 > （一）加强组织领导");
        assertThat(find(chunks, "国办发").headingPath()).isEmpty();
    }

    @Test
    void insuranceClausesKeepListsAndTablesTogether() {
        String text = Texts.load("insurance.txt");
        List<Chunk> chunks = chunk(text, 500);

        assertThat(find(chunks, "1.2 投保范围").heading()).isEqualTo("1 总则 > 1.2 投保范围");
        Chunk exclusions = find(chunks, "2.2 责任免除");
        assertThat(exclusions.heading()).isEqualTo("2 保险责任 > 2.2 责任免除");
        assertThat(exclusions.text()).as("a lead ending with a colon keeps its items")
                .contains("（1）投保人").endsWith("驾驶无有效行驶证的机动车。");
        assertThat(find(chunks, "发生上述第（1）项").heading()).isEqualTo("2 保险责任 > 2.2 责任免除");

        Chunk table = find(chunks, "伤残等级");
        assertThat(table.text()).as("table rows stay together").isEqualTo("伤残等级\t给付比例\n第一级\t100%\n第二级\t90%\n第三级\t80%");
        assertThat(find(chunks, "4.1 意外伤害").heading()).isEqualTo("4 释义 > 4.1 意外伤害");
    }

    @Test
    void longParagraphsAreCutAtSentenceEndsUnderTheCap() {
        String text = Texts.load("insurance.txt");
        List<Chunk> chunks = chunk(text, 120);
        List<Chunk> payment = chunks.stream().filter(c -> c.heading().equals("3 保险金的申请 > 3.2 保险金给付")
                && !c.text().startsWith("伤残")).toList();

        assertThat(payment).hasSizeGreaterThan(2);
        assertThat(payment.get(0).text()).startsWith("3.2 保险金给付");
        for (Chunk c : payment) {
            assertThat(c.text().length()).isLessThanOrEqualTo(120);
            assertThat(c.text()).as("cut at a sentence end").endsWith("。");
        }
        int paragraphStart = text.indexOf("3.2 保险金给付");
        int paragraphEnd = text.indexOf("先予支付；我们最终确定给付保险金的数额后，将支付相应的差额。") + "先予支付；我们最终确定给付保险金的数额后，将支付相应的差额。".length();
        assertThat(payment.get(0).start()).isEqualTo(paragraphStart);
        assertThat(payment.get(payment.size() - 1).end()).isEqualTo(paragraphEnd);
    }

    @Test
    void aSentenceLongerThanTheCapIsCutAtClausesThenHard() {
        String clause = "被保险人在保险期间内因意外伤害事故导致身故或者伤残";
        String sentence = String.join("，", clause, clause, clause, clause) + "。";
        String noPunctuation = "甲".repeat(130);
        List<Chunk> chunks = chunk(sentence + "\n" + noPunctuation, 60);

        assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(60));
        assertThat(chunks.get(0).text()).endsWith("，");
        assertThat(chunks.stream().filter(c -> c.text().startsWith("甲")).map(c -> c.text().length()).toList())
                .containsExactly(60, 60, 10);
    }

    @Test
    void aHeadingWithNothingUnderItIsItsOwnChunk() {
        String text = "一、总体要求\n二、工作目标\n到2099年，基本建成统一的政务服务平台。\n三、附则";
        List<Chunk> chunks = chunk(text, 200);

        assertThat(chunks).extracting(Chunk::text).containsExactly("一、总体要求", "到2099年，基本建成统一的政务服务平台。", "三、附则");
        assertThat(chunks.get(1).heading()).isEqualTo("二、工作目标");
        assertThat(chunks.get(0).heading()).isEqualTo("一、总体要求");
    }

    @Test
    void markdownHeadingsRankAboveChineseMarkers() {
        String text = "# 保险条款\n## 保险责任\n第一条 我们承担身故保险责任。\n## 责任免除\n下列情形我们不承担责任：\n（一）故意犯罪；\n（二）醉酒。";
        List<Chunk> chunks = chunk(text, 200);

        assertThat(find(chunks, "第一条").heading()).isEqualTo("保险条款 > 保险责任 > 第一条");
        Chunk list = find(chunks, "下列情形");
        assertThat(list.heading()).isEqualTo("保险条款 > 责任免除");
        assertThat(list.text()).endsWith("（二）醉酒。");
    }

    @Test
    void shortItemsAfterAColonAreItemsButATitleAfterAColonOpensASection() {
        String items = "申请时需提供下列材料：\n（一）身份证明\n（二）保险单\n（三）事故证明\n申请人应当如实填写。";
        assertThat(chunk(items, 200)).extracting(Chunk::text)
                .containsExactly("申请时需提供下列材料：\n（一）身份证明\n（二）保险单\n（三）事故证明", "申请人应当如实填写。");

        String sections = "现就有关事项通知如下：\n一、总体要求\n坚持问题导向。\n二、主要任务\n优化审批流程。";
        List<Chunk> chunks = chunk(sections, 200);
        assertThat(chunks).extracting(Chunk::text).containsExactly("现就有关事项通知如下：", "坚持问题导向。", "优化审批流程。");
        assertThat(chunks).extracting(Chunk::heading).containsExactly("", "一、总体要求", "二、主要任务");
    }

    @Test
    void numbersThatAreQuantitiesAreNotHeadings() {
        assertThat(Heading.detect("1.5倍以上的保险金额")).isEmpty();
        assertThat(Heading.detect("2099年1月1日起施行")).isEmpty();
        assertThat(Heading.detect("3 个工作日内")).isEmpty();
        assertThat(Heading.detect("第一级\t100%")).isEmpty();
        assertThat(Heading.detect("３．５ 失踪处理 如果被保险人失踪，法院宣告其死亡").orElseThrow().label()).isEqualTo("３．５ 失踪处理");
    }

    @Test
    void capBelowFiftyIsRefused() {
        assertThatThrownBy(() -> new StructuralChunker(49)).isInstanceOf(IllegalArgumentException.class);
    }
}
