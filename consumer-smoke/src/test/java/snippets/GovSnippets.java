package snippets;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.*;
import ai.domainassist.core.chat.*;
import ai.domainassist.core.provider.*;
import ai.domainassist.core.report.*;
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

/** The Java snippets of docs/gov.md, compiled here so that they cannot drift from the API (SnippetsTest matches them). */
@SuppressWarnings({"unused", "resource"})
final class GovSnippets {
    private GovSnippets() {
    }

    static void snippet1(String oldText, String text) throws Exception {
        PolicyLibrary library = PolicyLibrary.open(Path.of("policy-index"), "国务院", "北京市人民政府"); // on disk; only these sources
        library.addFile(Path.of("policies/jzf-2023-8.txt"), PolicyMetadata.inForce("jzf-2023-8", "北京市人民政府"));
        library.addText(oldText, new PolicyMetadata("jzf-2019-12", "北京市人民政府", Validity.REPEALED,   // retrieval's Validity
                "《北京市人民政府关于进一步加强城市道路停车管理的通知》（京政发〔2023〕8号）"));

        PolicyAssistant assistant = PolicyAssistant.builder()
                .library(library)                                  // search, Q&A, reference and duplicate rules
                .dictionary(ExpertDictionary.load(Path.of("our-terms.tsv")))   // optional; default: shipped example
                .draftBox(Path.of("drafts"))                       // optional; versions on disk
                .build();                                          // .model(modelClient) for the model path

        Result<NormativeReport> report = assistant.check("incoming-17", text);   // any text: a draft, an import
        report.value().findings();    // rule id, severity, [start, end), message, suggested fix, cited sources
        report.flags();               // one ReviewFlag per WARNING/ERROR finding (MISSING for absent elements)

        Result<PolicyDraft> draft = assistant.draft(DraftRequest.builder(DocumentType.REQUEST)
                .authority("北京市教育委员会").subject("增加2024年中小学校舍安全改造资金")
                .addressees("市人民政府").documentNumber("京教发", 6).signers("李文华")
                .date(LocalDate.of(2024, 3, 18))
                .keyPoint(KeyPoint.of("基本情况", "排查结果", "资金缺口")).keyPoint("请示事项")
                .attachments("校舍排查表").build());
        draft.value().text();         // the skeleton; header fields have Origin.INPUT, never a model's

        assistant.search(PolicyQuery.of("道路停车收费").authority("北京市").year(2023).inForce());
        assistant.ask("道路停车怎么收费？");        // extractive offline: the best clauses in force, cited; NO_ANSWER when none answers
        assistant.compare("jzf-2019-12", "jzf-2023-8");  // clauses added/removed/changed, changed figures
        assistant.proofread(text);                 // suggestions with positions; the text is never rewritten
    }
}
