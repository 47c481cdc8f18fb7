package ai.domainassist.retrieval.internal.lucene;

import ai.domainassist.retrieval.DocumentMetadata;
import ai.domainassist.retrieval.RetrievalException;
import ai.domainassist.retrieval.Validity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stores metadata and heading paths as small JSON strings in stored fields. Thread-safe. */
final class MetadataCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataCodec() {
    }

    static String encode(DocumentMetadata m) {
        ObjectNode o = JSON.createObjectNode();
        m.source().ifPresent(v -> o.put("source", v));
        m.issuingAuthority().ifPresent(v -> o.put("authority", v));
        m.documentNumber().ifPresent(v -> o.put("number", v));
        m.issueDate().ifPresent(v -> o.put("issued", v.toString()));
        m.effectiveDate().ifPresent(v -> o.put("effective", v.toString()));
        m.expiryDate().ifPresent(v -> o.put("expiry", v.toString()));
        o.put("validity", m.validity().name());
        m.supersededBy().ifPresent(v -> o.put("supersededBy", v));
        ArrayNode tags = o.putArray("tags");
        m.tags().forEach(tags::add);
        return o.toString();
    }

    static DocumentMetadata decode(String json) {
        JsonNode o = read(json);
        DocumentMetadata.Builder b = DocumentMetadata.builder()
                .source(text(o, "source"))
                .issuingAuthority(text(o, "authority"))
                .documentNumber(text(o, "number"))
                .issueDate(date(o, "issued"))
                .effectiveDate(date(o, "effective"))
                .expiryDate(date(o, "expiry"))
                .validity(Validity.valueOf(o.path("validity").asText(Validity.IN_FORCE.name())))
                .supersededBy(text(o, "supersededBy"));
        for (JsonNode t : o.path("tags")) {
            b.tags(t.asText());
        }
        return b.build();
    }

    static String encodePath(List<String> path) {
        ArrayNode a = JSON.createArrayNode();
        path.forEach(a::add);
        return a.toString();
    }

    static List<String> decodePath(String json) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : read(json)) {
            out.add(n.asText());
        }
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RetrievalException("index holds unreadable metadata; was it written by another program?", e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode o, String field) {
        String s = text(o, field);
        return s == null ? null : LocalDate.parse(s);
    }
}
