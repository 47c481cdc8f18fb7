package snippets;

import ai.domainassist.core.*;
import ai.domainassist.core.report.*;
import ai.domainassist.finance.*;
import ai.domainassist.finance.model.*;
import ai.domainassist.finance.registry.*;
import ai.domainassist.finance.report.*;
import ai.domainassist.gov.*;
import ai.domainassist.gov.library.*;
import ai.domainassist.gov.model.*;
import ai.domainassist.gov.report.*;
import ai.domainassist.gov.rules.*;
import ai.domainassist.medical.model.*;
import ai.domainassist.medical.report.*;
import ai.domainassist.retrieval.*;
import ai.domainassist.retrieval.opensearch.*;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.*;
import java.util.*;

/** The review pages', registry's, domain proofreading's and OpenSearch snippets of README and docs (SnippetsTest matches them). */
@SuppressWarnings({"unused", "resource"})
final class PagesAndScaleSnippets {
    private PagesAndScaleSnippets() {
    }

    static void snippet1(Result<OutpatientRecord> record, Transcript transcript, Result<ClaimAssessment> assessment, ClaimBundle bundle, Result<NormativeReport> check, PolicyLibrary library, Result<PolicyDraft> draft, DraftRequest request, Path path) throws Exception {
        OutpatientRecordPage.builder(record, transcript).build().writeTo(path);   // the record in EMR order beside the dialogue
        ClaimAssessmentPage.builder(assessment, bundle).build().writeTo(path);    // decision, payable computation, alerts, documents
        NormativeCheckPage.builder(check).library(library).build().writeTo(path);  // findings inline in the document with rule and fix
        DraftPage.builder(draft).request(request).build().writeTo(path);           // locked header fields and where each came from
    }

    static void snippet2(Result<OutpatientRecord> record, Transcript transcript, Result<ClaimAssessment> assessment, ClaimBundle bundle, Result<NormativeReport> check, PolicyLibrary library, Result<PolicyDraft> draft, DraftRequest request) throws Exception {
        OutpatientRecordPage.builder(record, transcript).build().writeTo(Path.of("visit.html"));     // sdk-medical
        ClaimAssessmentPage.builder(assessment, bundle).build().writeTo(Path.of("claim.html"));      // sdk-finance
        NormativeCheckPage.builder(check).library(library).build().writeTo(Path.of("check.html"));   // sdk-gov
        DraftPage.builder(draft).request(request).library(library).build().writeTo(Path.of("draft.html"));
    }

    static void snippet3(Result<OutpatientRecord> record, Transcript transcript, Result<ClaimAssessment> assessment, ClaimBundle bundle) throws Exception {
        ReportLabels ours = ReportLabels.load(Path.of("/etc/his/report-words.properties"));   // only the keys to change
        OutpatientRecordPage.builder(record, transcript).labels(ours).build();
        ClaimAssessmentPage.builder(assessment, bundle).labels(ours).build();
    }

    static void snippet4(ClaimBundle claim, InsurancePolicy policy) throws Exception {
        HikariDataSource ds = new HikariDataSource();              // any pooled javax.sql.DataSource
        ds.setJdbcUrl("jdbc:postgresql://db.internal:5432/claims");
        ds.setUsername("claims_app"); ds.setPassword(System.getenv("CLAIMS_DB_PASSWORD"));
        try (ClaimsAssistant assistant = ClaimsAssistant.builder()
                .invoiceRegistry(InvoiceRegistry.jdbc(ds))            // creates or migrates the tables
                .build()) {
            assistant.assess(claim, policy);
        }
    }

    static void snippet5(String text, String record, PolicyAssistant assistant) throws Exception {
        Proofreader p = Proofreader.standard();          // shared, thread-safe; loads its data once per JVM
        p.check(text);                                   // the domain told by p.detect(text)
        p.check(record, TextDomain.MEDICAL);             // the caller knows better: say so
        p.detect(text);                                  // OFFICIAL, LEGAL or MEDICAL (GENERAL only when stated)
        assistant.proofread(text, TextDomain.LEGAL);     // the same through the facade
    }

    static void snippet6(List<Document> documents, Filter filter, String url) throws Exception {
        try (OpenSearchLibrary library = OpenSearchLibrary.builder()
                .url("https://search.internal:9200")              // any node of the cluster
                .basicAuth("da_app", System.getenv("OPENSEARCH_PASSWORD"))  // or .httpClient(yourOkHttpClient) for TLS/proxy
                .index("policy-library")                          // indices policy-library-chunks and policy-library-docs
                .sourceWhitelist(SourceWhitelist.of("国务院公报", "https://www.gov.cn/*"))
                .build()) {                                       // creates both indices if absent
            library.addAll(documents);                            // chunked here, one bulk request per 1,000 chunks
            List<Hit> hits = library.search(new SearchRequest("压缩审批时限", 5, filter, SearchMode.KEYWORD));
            // the terms Q&A (sdk-finance):
            ClaimsAssistant.builder().termsLibrary(library);
        }
        // a policy library (sdk-gov) stored and searched in OpenSearch:
        PolicyLibrary policies = PolicyLibrary.on(OpenSearchLibrary.builder().url(url).index("gov")
                .chunker(PolicyLibrary.chunker()).build(), "北京市人民政府");
    }
}
