package ai.domainassist.gov;

import static ai.domainassist.gov.llm.ModelServerAccess.list;
import static ai.domainassist.gov.llm.ModelServerAccess.map;
import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.audit.AuditRecord;
import ai.domainassist.core.audit.InMemoryAuditSink;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.gov.library.PolicyQuery;
import ai.domainassist.gov.llm.ModelServer;
import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.KeyPoint;
import ai.domainassist.gov.model.PolicyAnswer;
import ai.domainassist.gov.model.PolicyDraft;
import ai.domainassist.gov.model.ProofreadSuggestion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hybrid paths of the facade against a real local HTTP server speaking the OpenAI protocol. */
class PolicyAssistantModelTest {

    private static PolicyAssistant assistant(ModelServer server) {
        PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府");
        lib.addText(PolicyAssistantTest.POLICY, PolicyMetadata.inForce("p2023", "北京市人民政府"));
        return PolicyAssistant.builder().model(server.client()).library(lib).build();
    }

    private static DraftRequest request() {
        return DraftRequest.builder(DocumentType.NOTICE).authority("北京市东城区人民政府").subject("规范道路停车秩序")
                .addressees("各街道办事处").documentNumber("东政发", 6).date(LocalDate.of(2024, 4, 25))
                .keyPoint(KeyPoint.of("设置泊位")).references("p2023").build();
    }

    @Test
    void hybridDraftKeepsHeaderFromTheRequestAndVerifiedCitations() throws Exception {
        try (ModelServer server = new ModelServer()) {
            server.answer(map("paragraphs", list(map("heading", "一、设置泊位",
                    "text", "各街道要配合区交通部门统一设置道路停车泊位，任何单位和个人不得擅自设置。",
                    "citations", list(map("sourceId", "p2023", "quote", "任何单位和个人不得擅自设置、撤除或者占用"))))));
            Result<PolicyDraft> r = assistant(server).draft(request());
            assertThat(r.mode()).isEqualTo(Mode.HYBRID);
            assertThat(r.auditId()).as("a model was called").hasValueSatisfying(id -> assertThat(id).matches("gov\\.draft#[0-9a-f]{8}"));
            PolicyDraft d = r.value();
            assertThat(d.body().origin()).isEqualTo(Origin.MODEL);
            assertThat(d.documentNumber().value()).isEqualTo("东政发〔2024〕6号");
            assertThat(d.documentNumber().origin()).isEqualTo(Origin.INPUT);
            assertThat(d.text()).contains("一、设置泊位\n    各街道要配合区交通部门");
            assertThat(d.citations()).hasSize(1);
            assertThat(r.usage().totalTokens()).isEqualTo(120);
        }
    }

    @Test
    void theResultsAuditIdIsOnTheAuditRecordsOfItsModelCallAndAnOfflineResultHasNone() throws Exception {
        InMemoryAuditSink audit = new InMemoryAuditSink();
        try (ModelServer server = new ModelServer(); ModelClient client = server.client(audit)) {
            server.answer(map("paragraphs", list(map("heading", "一、设置泊位",
                    "text", "各街道要配合区交通部门统一设置道路停车泊位，任何单位和个人不得擅自设置。",
                    "citations", list(map("sourceId", "p2023", "quote", "任何单位和个人不得擅自设置、撤除或者占用"))))));
            PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府");
            lib.addText(PolicyAssistantTest.POLICY, PolicyMetadata.inForce("p2023", "北京市人民政府"));
            PolicyAssistant assistant = PolicyAssistant.builder().model(client).library(lib).build();

            Result<PolicyDraft> r = assistant.draft(request());
            String id = r.auditId().orElseThrow();
            assertThat(audit.records()).isNotEmpty().extracting(AuditRecord::auditId).containsOnly(id);
            assertThat(audit.records()).extracting(AuditRecord::task).containsOnly("gov.draft");

            int records = audit.records().size();
            assertThat(assistant.search(PolicyQuery.of("道路停车")).auditId()).as("search calls no model").isEmpty();
            assertThat(audit.records()).hasSize(records);
        }
    }

    @Test
    void aModelFailureReturnsTheSkeletonMarkedDegraded() throws Exception {
        try (ModelServer server = new ModelServer()) {
            server.error(400);
            Result<PolicyDraft> r = assistant(server).draft(request());
            assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
            assertThat(r.value().body().origin()).isEqualTo(Origin.RULES);
            assertThat(r.flags(ReviewFlag.Kind.DEGRADED)).hasSize(1);
        }
    }

    @Test
    void aBodyThatAddsErrorsIsRejected() throws Exception {
        try (ModelServer server = new ModelServer()) {
            server.answer(map("paragraphs", list(map("heading", "一、设置泊位",
                    "text", "加强与北朝鲜等国家的交流，各街道要统一设置泊位。", "citations", list()))));
            Result<PolicyDraft> r = assistant(server).draft(request());
            assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
            assertThat(r.value().text()).doesNotContain("北朝鲜");
            assertThat(r.flags()).extracting(ReviewFlag::message).anyMatch(m -> m.contains("未通过规范性检查"));
        }
    }

    @Test
    void askWithAModelVerifiesCitationsOrFallsBackToTheExtractiveAnswer() throws Exception {
        try (ModelServer server = new ModelServer()) {
            server.answer(map("answerable", true, "answer", "test", "citations", list(map("sourceId", "C1", "quote", "test"))));
            Result<PolicyAnswer> r = assistant(server).ask("道路停车怎么收费？");
            assertThat(r.mode()).isEqualTo(Mode.DEGRADED);
            assertThat(r.auditId()).as("the model was called, and failed").hasValueSatisfying(id -> assertThat(id).startsWith("gov.ask#"));
            assertThat(r.value().answer()).contains("电子收费");
            assertThat(r.flags(ReviewFlag.Kind.UNGROUNDED)).isNotEmpty();
        }
    }

    @Test
    void proofreadingAddsCheckedModelSuggestionsBesideTheRules() throws Exception {
        String text = "各区要认真贯撤落实，统筹推进各项工作。";
        try (ModelServer server = new ModelServer()) {
            server.answer(map("suggestions", list(map("original", "贯撤", "start", 5, "suggestion", "贯穿", "reason", ""),
                    map("original", "推近", "start", 12, "suggestion", "推进", "reason", ""))));
            Result<List<ProofreadSuggestion>> r = assistant(server).proofread(text);
            assertThat(r.mode()).isEqualTo(Mode.HYBRID);
            assertThat(r.value()).extracting(ProofreadSuggestion::suggestion).containsExactly("贯穿", "彻");
            assertThat(r.flags()).extracting(ReviewFlag::kind).containsExactlyInAnyOrder(ReviewFlag.Kind.CONFLICT,
                    ReviewFlag.Kind.UNGROUNDED);
        }
    }
}
