package ai.domainassist.gov.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.PolicyHit;
import ai.domainassist.gov.model.PolicyRecord;
import ai.domainassist.retrieval.DocumentExistsException;
import ai.domainassist.retrieval.IngestionException;
import ai.domainassist.retrieval.SourceNotAllowedException;
import ai.domainassist.retrieval.Validity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLibraryTest {
    static final String OLD = """
            北京市人民政府文件

            京政发〔2019〕12号

            北京市人民政府关于加强城市道路停车管理的通知

            各区人民政府：
                一、道路停车泊位由区交通行政主管部门统一设置。
                二、道路停车实行电子收费。

                                                北京市人民政府
                                                2019年4月2日
            """;
    static final String NEW = """
            北京市人民政府文件

            京政发〔2023〕8号

            北京市人民政府关于进一步加强城市道路停车管理的通知

            各区人民政府：
                一、统一设置停车泊位
                道路停车泊位由区交通行政主管部门会同公安机关交通管理部门统一设置。
                二、实行电子收费
                核心区每小时不超过10元。

                                                北京市人民政府
                                                2023年6月15日
            """;

    static PolicyLibrary library() {
        PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府");
        lib.addText(OLD, new PolicyMetadata("p2019", "北京市人民政府", Validity.REPEALED, "京政发〔2023〕8号"));
        lib.addText(NEW, PolicyMetadata.inForce("p2023", "北京市人民政府"));
        return lib;
    }

    @Test
    void recordsCarryTheParsedElementsAndValidity() {
        PolicyRecord r = library().get("p2023").orElseThrow();
        assertThat(r.title()).isEqualTo("北京市人民政府关于进一步加强城市道路停车管理的通知");
        assertThat(r.documentNumber()).isEqualTo("京政发〔2023〕8号");
        assertThat(r.authority()).isEqualTo("北京市人民政府");
        assertThat(r.documentType()).contains(DocumentType.NOTICE);
        assertThat(r.issued()).contains(LocalDate.of(2023, 6, 15));
        assertThat(r.inForce()).isTrue();
        assertThat(library().get("p2019").orElseThrow().supersededBy()).isEqualTo("京政发〔2023〕8号");
    }

    @Test
    void searchReturnsClauseLevelHitsWithCitationsAndFilters() {
        PolicyLibrary lib = library();
        List<PolicyHit> all = lib.search(PolicyQuery.of("停车泊位设置"));
        assertThat(all).extracting(h -> h.policy().id()).contains("p2019", "p2023");
        List<PolicyHit> now = lib.inForce("停车泊位设置", 5);
        assertThat(now).isNotEmpty().allMatch(h -> h.policy().id().equals("p2023"));
        PolicyHit top = now.get(0);
        assertThat(top.citation().quote()).contains("停车泊位");
        assertThat(lib.document("p2023").orElseThrow().text().substring(top.citation().start(), top.citation().end()))
                .isEqualTo(top.citation().quote());
        assertThat(top.citation().reference()).startsWith("《北京市人民政府关于进一步加强城市道路停车管理的通知》（京政发〔2023〕8号）");
        assertThat(lib.search(PolicyQuery.of("停车").year(2019))).allMatch(h -> h.policy().id().equals("p2019"));
        assertThat(lib.search(PolicyQuery.of("停车").type(DocumentType.OPINION))).isEmpty();
        assertThat(lib.search(PolicyQuery.of("停车").authority("国务院"))).isEmpty();
    }

    @Test
    void referencesAreFoundByTitleOrStandardisedNumber() {
        PolicyLibrary lib = library();
        assertThat(lib.findByTitle("北京市人民政府关于加强城市道路停车管理的通知")).map(PolicyRecord::id).contains("p2019");
        assertThat(lib.findByNumber("京政发[2019]第012号")).map(PolicyRecord::id).contains("p2019");
        assertThat(lib.findByNumber("京政发〔2020〕1号")).isEmpty();
        assertThat(lib.passagesLike("道路停车泊位由区交通行政主管部门统一设置", 3)).allMatch(p -> p.policy().inForce());
    }

    @Test
    void onlyWhitelistedSourcesAndKnownFormatsAreAccepted(@TempDir Path dir) throws Exception {
        PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府");
        assertThatThrownBy(() -> lib.addText(NEW, PolicyMetadata.inForce("x", "某论坛"))).isInstanceOf(
                SourceNotAllowedException.class);
        Path html = dir.resolve("p.html");
        Files.writeString(html, "<html><body><p>北京市人民政府关于进一步加强城市道路停车管理的通知</p><p>各区人民政府：</p>"
                + "<p>一、道路停车泊位统一设置。</p><p>北京市人民政府</p><p>2023年6月15日</p></body></html>");
        assertThat(lib.addFile(html, PolicyMetadata.inForce("h", "北京市人民政府")).issued()).contains(LocalDate.of(2023, 6, 15));
        Path md = dir.resolve("p.md");
        Files.writeString(md, "# 北京市人民政府关于停车管理的通知\n\n一、**统一**设置泊位。\n");
        assertThat(lib.addFile(md, PolicyMetadata.inForce("m", "北京市人民政府")).title()).isEqualTo("北京市人民政府关于停车管理的通知");
        Path doc = dir.resolve("p.rtf");
        Files.writeString(doc, "x");
        assertThatThrownBy(() -> lib.addFile(doc, PolicyMetadata.inForce("r", "北京市人民政府")))
                .isInstanceOf(IngestionException.class);
        assertThatThrownBy(() -> lib.addText(NEW, PolicyMetadata.inForce("h", "北京市人民政府")))
                .isInstanceOf(DocumentExistsException.class);
    }

    @Test
    void readsWordFilesThroughTheRetrievalIngestion(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("p.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                java.io.OutputStream out = Files.newOutputStream(docx)) {
            for (String line : NEW.split("\n")) {
                d.createParagraph().createRun().setText(line.strip());
            }
            d.write(out);
        }
        try (PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府")) {
            PolicyRecord r = lib.addFile(docx, PolicyMetadata.inForce("w", "北京市人民政府"));
            assertThat(r.title()).isEqualTo("北京市人民政府关于进一步加强城市道路停车管理的通知");
            assertThat(r.documentNumber()).isEqualTo("京政发〔2023〕8号");
            assertThat(lib.inForce("电子收费", 1).get(0).clause().path()).isEqualTo("二、");
        }
    }

    @Test
    void anIndexOnDiskSurvivesARestart(@TempDir Path dir) {
        try (PolicyLibrary lib = PolicyLibrary.open(dir.resolve("index"), "北京市人民政府")) {
            lib.addText(NEW, PolicyMetadata.inForce("p2023", "北京市人民政府"));
            lib.addText(OLD, new PolicyMetadata("p2019", "北京市人民政府", Validity.REPEALED, "京政发〔2023〕8号"));
        }
        try (PolicyLibrary again = PolicyLibrary.open(dir.resolve("index"), "北京市人民政府")) {
            assertThat(again.records()).extracting(PolicyRecord::id).containsExactlyInAnyOrder("p2019", "p2023");
            assertThat(again.get("p2019").orElseThrow().validity()).isEqualTo(Validity.REPEALED);
            assertThat(again.findByNumber("京政发〔2019〕12号")).isPresent();
            assertThat(again.get("p2023").orElseThrow().documentType()).contains(DocumentType.NOTICE);
            assertThat(again.inForce("停车泊位", 3)).isNotEmpty().allMatch(h -> h.policy().id().equals("p2023"));
        }
    }

    @Test
    void validityCanChangeLater() {
        PolicyLibrary lib = library();
        lib.setValidity("p2023", Validity.AMENDED, "京政发〔2024〕1号");
        assertThat(lib.get("p2023").orElseThrow().validity()).isEqualTo(Validity.AMENDED);
        assertThat(lib.inForce("停车泊位", 3)).isNotEmpty();
    }
}
