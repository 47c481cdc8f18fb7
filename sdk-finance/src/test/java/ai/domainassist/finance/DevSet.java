package ai.domainassist.finance;

import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimCase;
import ai.domainassist.finance.model.Recommendation.Decision;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.Cause;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.HospitalRequirement;
import ai.domainassist.finance.model.InsurancePolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The development set in src/test/resources/devset: bundles, policies, gold extraction, gold alerts. */
public final class DevSet {

    /** One gold document. */
    public record GoldDocument(String id, DocumentType type, Map<String, String> fields) {
    }

    /** One bundle with its gold. */
    public record Case(String id, String seed, String kind, ClaimBundle bundle, InsurancePolicy policy,
            List<GoldDocument> documents, Set<String> goldAlerts) {
    }

    private DevSet() {
    }

    /** @return every case, in order (earlier claims first: the duplicate-invoice cases depend on it) */
    public static List<Case> load() {
        try (InputStream in = DevSet.class.getResourceAsStream("/devset/devset.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Case> out = new ArrayList<>();
            for (JsonNode b : root.get("bundles")) {
                List<ClaimDocument> docs = new ArrayList<>();
                List<GoldDocument> gold = new ArrayList<>();
                for (JsonNode d : b.get("documents")) {
                    String content = resource("/devset/" + d.get("file").asText());
                    docs.add(new ClaimDocument(d.get("id").asText(), ClaimDocument.Format.valueOf(d.get("format").asText()),
                            content, DocumentType.UNKNOWN));
                    Map<String, String> fields = new LinkedHashMap<>();
                    Iterator<Map.Entry<String, JsonNode>> it = d.get("gold").fields();
                    while (it.hasNext()) {
                        var e = it.next();
                        fields.put(e.getKey(), e.getValue().asText());
                    }
                    gold.add(new GoldDocument(d.get("id").asText(), DocumentType.valueOf(d.get("type").asText()), fields));
                }
                Set<String> alerts = new LinkedHashSet<>();
                b.get("goldAlerts").forEach(a -> alerts.add(a.asText()));
                out.add(new Case(b.get("id").asText(), b.get("seed").asText(), b.get("kind").asText(),
                        ClaimBundle.of(b.get("claimId").asText(), docs), policy(b.get("policy")), gold, alerts));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) throws IOException {
        try (InputStream in = DevSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Builds the policy of a case from its JSON spec.
     *
     * @param p the spec
     * @return the policy
     */
    public static InsurancePolicy policy(JsonNode p) {
        JsonNode h = p.get("hospital");
        InsurancePolicy.Builder b = InsurancePolicy.builder().number(p.get("number").asText())
                .insured(p.get("insuredName").asText(), p.get("insuredId").asText())
                .period(LocalDate.parse(p.get("effective").asText()), LocalDate.parse(p.get("expiry").asText()))
                .waitingDays(Cause.ILLNESS, p.get("waitingIllness").asInt())
                .waitingDays(Cause.ACCIDENT, p.get("waitingAccident").asInt())
                .deductible(new BigDecimal(p.get("deductible").asText()))
                .annualLimit(new BigDecimal(p.get("annualLimit").asText()))
                .payoutRatios(new BigDecimal(p.get("ratioWith").asText()), new BigDecimal(p.get("ratioWithout").asText()))
                .hospitalRequirement(new HospitalRequirement(h.get("minLevel").asInt(), h.get("publicOnly").asBoolean(),
                        h.get("ordinaryOnly").asBoolean(), h.get("clause").asText()))
                .preExisting(p.get("preExisting").asBoolean(), p.get("clauses").get("pre-existing").asText());
        p.get("namedWaiting").forEach(w -> b.namedWaitingPeriod(w.get("disease").asText(), w.get("days").asInt()));
        p.get("itemLimits").fields().forEachRemaining(e -> b.itemLimit(ClaimType.valueOf(e.getKey()),
                new BigDecimal(e.getValue().asText())));
        p.get("exclusions").forEach(e -> b.exclusion(e.get("category").asText(), e.get("clause").asText()));
        p.get("clauses").fields().forEachRemaining(e -> b.clause(e.getKey(), e.getValue().asText()));
        return b.build();
    }
    /**
     * The synthetic past cases of src/test/resources/cases/past-cases.json.
     *
     * @return the cases
     * @throws IOException if the resource cannot be read
     */
    public static List<ClaimCase> pastCases() throws IOException {
        try (InputStream in = DevSet.class.getResourceAsStream("/cases/past-cases.json")) {
            List<ClaimCase> out = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                List<String> dx = new ArrayList<>();
                c.get("diagnoses").forEach(d -> dx.add(d.asText()));
                List<String> tx = new ArrayList<>();
                c.get("treatments").forEach(t -> tx.add(t.asText()));
                out.add(new ClaimCase(c.get("caseId").asText(), ClaimType.valueOf(c.get("claimType").asText()), dx, tx,
                        new BigDecimal(c.get("amount").asText()), Decision.valueOf(c.get("decision").asText()),
                        new BigDecimal(c.get("payout").asText()), c.get("reason").asText(),
                        LocalDate.parse(c.get("decidedOn").asText())));
            }
            return out;
        }
    }

}
