package snippets;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.*;
import ai.domainassist.core.chat.*;
import ai.domainassist.core.provider.*;
import ai.domainassist.core.report.*;
import ai.domainassist.finance.*;
import ai.domainassist.finance.cases.*;
import ai.domainassist.finance.model.*;
import ai.domainassist.finance.registry.*;
import ai.domainassist.gov.*;
import ai.domainassist.gov.library.*;
import ai.domainassist.gov.model.*;
import ai.domainassist.gov.rules.*;
import ai.domainassist.medical.*;
import ai.domainassist.medical.export.*;
import ai.domainassist.medical.model.*;
import ai.domainassist.medical.rules.*;
import ai.domainassist.retrieval.*;
import ai.domainassist.testkit.*;
import java.math.BigDecimal;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import javax.sql.DataSource;

/** The Java snippets of docs/retrieval.md, compiled here so that they cannot drift from the API (SnippetsTest matches them). */
@SuppressWarnings({"unused", "resource"})
final class RetrievalSnippets {
    private RetrievalSnippets() {
    }

    static void snippet1(String text) throws Exception {
        try (DocumentLibrary library = DocumentLibrary.builder()
                .directory(Path.of("/data/policy-index"))          // or .inMemory() (the default)
                .sourceWhitelist(SourceWhitelist.of("国务院公报", "https://www.gov.cn/*"))
                .build()) {

            library.add(new Document("gbf-2099-12", "国务院办公厅关于……的通知", text,
                    DocumentMetadata.builder()
                            .source("https://www.gov.cn/zhengce/content/2099-03/01/content_1.htm")
                            .issuingAuthority("国务院办公厅").documentNumber("国办发〔2099〕12号")
                            .issueDate(LocalDate.of(2099, 3, 1)).effectiveDate(LocalDate.of(2099, 4, 1))
                            .validity(Validity.IN_FORCE).tags("营商环境").build()));

            List<Hit> hits = library.search(new SearchRequest("压缩审批时限", 5,
                    Filter.builder().authorities("国务院办公厅").validities(Validity.IN_FORCE)
                            .effectiveOn(LocalDate.now()).build(),
                    SearchMode.AUTO));
            for (Hit hit : hits) {
                Citation c = hit.citation();
                System.out.println(c.reference() + " [" + c.start() + "," + c.end() + ") " + c.quote());
                // prints, for example: 《国务院办公厅关于……的通知》（国办发〔2099〕12号）二、重点任务 > （二）…… > 2. 压缩…… [412,447) ……
            }
        }
    }

    static void snippet2(DocumentLibrary library, List<Path> files, Path path, DocumentMetadata metadata) throws Exception {
        IngestionReport report = Ingestor.create().ingestAll(library, files,
                file -> DocumentMetadata.builder().source("内部文件库").build());
        report.ingested();   // file, document id (the file name), characters
        report.failures();   // file, error: IngestionException (UNSUPPORTED_TYPE, EMPTY, CORRUPT,
                             // ENCRYPTED, UNREADABLE), SourceNotAllowedException, DocumentExistsException
        Document one = Ingestor.create().read(path, "my-id", metadata);   // throws IngestionException
    }

    static void snippet3(ModelClient modelClient) throws Exception {
        Embedder embedder = Embedder.of(modelClient, "bge-m3");     // ModelClient#embed (core)
        DocumentLibrary library = DocumentLibrary.builder().embedder(embedder).build();
        library.search(SearchRequest.of("酒后驾驶出事赔不赔").withMode(SearchMode.HYBRID));
    }
}
