package ai.domainassist.examples.gov;

import ai.domainassist.gov.model.DocumentType;
import ai.domainassist.gov.model.DraftRequest;
import ai.domainassist.gov.model.KeyPoint;
import ai.domainassist.gov.model.Secrecy;
import ai.domainassist.gov.model.Urgency;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@link DraftRequest} from JSON, the form a document system would send:
 * <pre>
 * { "type": "REQUEST", "authority": "江州市城市管理局", "subject": "拨付2024年生活垃圾分类专项资金",
 *   "addressees": ["江州市人民政府"], "agencyCode": "江城管", "serial": 12, "signers": ["陈立群"],
 *   "date": "2024-05-06", "urgency": "URGENT", "secrecy": "NONE",
 *   "keyPoints": [{"text": "基本情况", "children": ["工作进展"]}, {"text": "请示事项"}],
 *   "references": ["jzf-2024-3"], "attachments": ["资金分配表"], "copyTo": ["江州市财政局"] }
 * </pre>
 * {@code type} is a {@link DocumentType} name (REQUEST, NOTICE ...) or its Chinese name (请示, 通知 ...);
 * the rest is optional.
 *
 * <p>Stateless and thread-safe.
 */
public final class DraftRequestFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DraftRequestFile() {
    }

    /**
     * Reads a draft request file.
     *
     * @param file the JSON file
     * @return the request
     * @throws IllegalArgumentException if it is not JSON, lacks the type, or a field has the wrong form
     *     (the message names the file and the field)
     * @throws IOException if it cannot be read
     */
    public static DraftRequest read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(java.nio.file.Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("draft request " + file + " is not JSON (line "
                    + e.getLocation().getLineNr() + ")", e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("draft request " + file + ": " + e.getMessage(), e);
        }
    }

    static DraftRequest parse(JsonNode root) {
        if (root == null || !root.isObject() || !root.hasNonNull("type")) {
            throw new IllegalArgumentException("expected an object with a \"type\"");
        }
        DraftRequest.Builder b = DraftRequest.builder(type(root.get("type").asText()));
        if (root.hasNonNull("authority")) {
            b.authority(root.get("authority").asText());
        }
        if (root.hasNonNull("subject")) {
            b.subject(root.get("subject").asText());
        }
        b.addressees(strings(root, "addressees"));
        if (root.hasNonNull("agencyCode")) {
            b.documentNumber(root.get("agencyCode").asText(), root.path("serial").asInt(1));
        }
        b.signers(strings(root, "signers"));
        if (root.hasNonNull("date")) {
            b.date(LocalDate.parse(root.get("date").asText()));
        }
        if (root.hasNonNull("urgency")) {
            b.urgency(Urgency.valueOf(root.get("urgency").asText().toUpperCase(Locale.ROOT)));
        }
        if (root.hasNonNull("secrecy")) {
            b.secrecy(Secrecy.valueOf(root.get("secrecy").asText().toUpperCase(Locale.ROOT)));
        }
        for (JsonNode k : root.path("keyPoints")) {
            b.keyPoint(keyPoint(k));
        }
        b.references(strings(root, "references"));
        b.attachments(strings(root, "attachments"));
        b.copyTo(strings(root, "copyTo"));
        return b.build();
    }

    private static DocumentType type(String name) {
        for (DocumentType t : DocumentType.values()) {
            if (t.name().equalsIgnoreCase(name.strip()) || t.chineseName().equals(name.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("\"type\" " + name + " is not a document type (REQUEST, NOTICE ... or 请示, 通知 ...)");
    }

    private static KeyPoint keyPoint(JsonNode node) {
        if (node.isTextual()) {
            return KeyPoint.of(node.asText());
        }
        List<KeyPoint> children = new ArrayList<>();
        for (JsonNode c : node.path("children")) {
            children.add(keyPoint(c));
        }
        return new KeyPoint(node.path("text").asText(), children);
    }

    private static String[] strings(JsonNode root, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = root.get(field);
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else if (v != null && v.isTextual()) {
            out.add(v.asText());
        }
        return out.toArray(String[]::new);
    }
}
