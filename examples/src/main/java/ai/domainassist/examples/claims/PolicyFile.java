package ai.domainassist.examples.claims;

import ai.domainassist.finance.model.Cause;
import ai.domainassist.finance.model.ClaimType;
import ai.domainassist.finance.model.HospitalRequirement;
import ai.domainassist.finance.model.InsurancePolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads an {@link InsurancePolicy} from a JSON file, the form an insurer's policy system would
 * export. Keys (all but the first five optional):
 * <pre>
 * { "number": "P2024030188127", "insuredName": "陈雅琴", "insuredId": "310104198803162522",
 *   "effective": "2024-03-01", "expiry": "2025-02-28", "annualLimit": "1000000.00",
 *   "deductible": "0.00", "waitingDays": {"ILLNESS": 30, "ACCIDENT": 0},
 *   "namedWaitingPeriods": {"恶性肿瘤": 90}, "itemLimits": {"OUTPATIENT": "10000.00"},
 *   "ratioWithSocialInsurance": "1.00", "ratioWithoutSocialInsurance": "0.60",
 *   "hospitalRequirement": {"minLevel": 2, "publicOnly": true, "ordinaryDepartmentOnly": true, "clause": "第2.2条 ..."},
 *   "exclusions": {"cosmetic": "第2.5条第(11)项 ..."}, "preExisting": {"excluded": true, "clause": "..."},
 *   "clauses": {"waiting-period": "第2.3条 等待期"} }
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyFile() {
    }

    /**
     * Reads a policy file.
     *
     * @param file the file
     * @return the policy
     * @throws ClaimFolderException if the file cannot be read, is not JSON, or lacks or garbles a field
     *     (the message names the file and the field, not its value)
     */
    public static InsurancePolicy read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(java.nio.file.Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ClaimFolderException("policy file " + file + " is not readable JSON: " + e.getClass().getSimpleName(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new ClaimFolderException("policy file " + file + ": " + e.getMessage(), e);
        }
    }

    private static InsurancePolicy parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        InsurancePolicy.Builder b = InsurancePolicy.builder()
                .number(text(root, "number"))
                .insured(text(root, "insuredName"), root.hasNonNull("insuredId") ? root.get("insuredId").asText() : null)
                .period(LocalDate.parse(text(root, "effective")), LocalDate.parse(text(root, "expiry")))
                .annualLimit(money(root, "annualLimit"));
        if (root.hasNonNull("deductible")) {
            b.deductible(money(root, "deductible"));
        }
        for (Map.Entry<String, JsonNode> e : entries(root, "waitingDays")) {
            b.waitingDays(Cause.valueOf(e.getKey()), e.getValue().asInt());
        }
        for (Map.Entry<String, JsonNode> e : entries(root, "namedWaitingPeriods")) {
            b.namedWaitingPeriod(e.getKey(), e.getValue().asInt());
        }
        for (Map.Entry<String, JsonNode> e : entries(root, "itemLimits")) {
            b.itemLimit(ClaimType.valueOf(e.getKey()), new BigDecimal(e.getValue().asText()));
        }
        if (root.hasNonNull("ratioWithSocialInsurance") || root.hasNonNull("ratioWithoutSocialInsurance")) {
            b.payoutRatios(money(root, "ratioWithSocialInsurance"), money(root, "ratioWithoutSocialInsurance"));
        }
        JsonNode hospital = root.get("hospitalRequirement");
        if (hospital != null && hospital.isObject()) {
            b.hospitalRequirement(new HospitalRequirement(hospital.path("minLevel").asInt(0),
                    hospital.path("publicOnly").asBoolean(false), hospital.path("ordinaryDepartmentOnly").asBoolean(false),
                    hospital.path("clause").asText("")));
        }
        for (Map.Entry<String, JsonNode> e : entries(root, "exclusions")) {
            b.exclusion(e.getKey(), e.getValue().asText());
        }
        JsonNode pre = root.get("preExisting");
        if (pre != null && pre.isObject()) {
            b.preExisting(pre.path("excluded").asBoolean(false), pre.path("clause").asText(""));
        }
        for (Map.Entry<String, JsonNode> e : entries(root, "clauses")) {
            b.clause(e.getKey(), e.getValue().asText());
        }
        return b.build();
    }

    private static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException("missing field \"" + field + "\"");
        }
        return v.asText().strip();
    }

    private static BigDecimal money(JsonNode root, String field) {
        try {
            return new BigDecimal(text(root, field));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field \"" + field + "\" is not a decimal number", e);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return java.util.List.of();
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be an object");
        }
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        return () -> it;
    }
}
