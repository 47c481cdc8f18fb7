package ai.domainassist.medical.export;

import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.Onset;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.UtteranceDecision;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Writes a record as JSON in a stable, versioned schema ({@value #SCHEMA}, version
 * {@value #SCHEMA_VERSION}.{@value #SCHEMA_MINOR_VERSION}; the JSON Schema ships as
 * {@code ai/domainassist/medical/schema/outpatient-record.schema.json} and docs/medical.md describes
 * it). Every key is always written, in a fixed order: absent sections and optional values are
 * {@code null}, absent lists are {@code []}. A minor version adds optional keys (1.1: the
 * {@code personalHistory} and {@code familyHistory} sections and lists, and {@code schemaMinorVersion}
 * itself; 1.2: the diagnosis certainty {@code REPORTED}); existing keys never change meaning or type without a
 * new {@code schemaVersion}.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordJson {
    /** The schema's name, written as {@code "schema"}. */
    public static final String SCHEMA = "domainassist.medical.outpatient-record";
    /** The schema's version, written as {@code "schemaVersion"}. */
    public static final int SCHEMA_VERSION = 1;
    /**
     * The schema's minor version, written as {@code "schemaMinorVersion"}: 1 since the personal and
     * family history were added (a document without the key is version 1.0), 2 since a diagnosis may be
     * {@code REPORTED} (named by the patient's side), 3 since a symptom may be {@code RESOLVED} (had in
     * this illness, over now).
     */
    public static final int SCHEMA_MINOR_VERSION = 3;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RecordJson() {
    }

    /**
     * The record as JSON.
     *
     * @param record the record
     * @return the JSON text, UTF-8 characters unescaped
     */
    public static String write(OutpatientRecord record) {
        return text(tree(record));
    }

    /**
     * A result as JSON: the record plus {@code "mode"}, {@code "flags"} and {@code "auditId"}.
     *
     * @param result the result
     * @return the JSON text
     */
    public static String write(Result<OutpatientRecord> result) {
        ObjectNode root = tree(result.value());
        root.put("mode", result.mode().name());
        root.put("auditId", result.auditId().orElse(null));
        ArrayNode flags = root.putArray("flags");
        for (ReviewFlag f : result.flags()) {
            ObjectNode n = flags.addObject();
            n.put("kind", f.kind().name());
            n.put("severity", f.severity().name());
            n.put("field", f.field());
            n.put("message", f.message());
            evidence(n, f.evidence());
        }
        return text(root);
    }

    /**
     * The record as a Jackson tree (to embed in a larger document).
     *
     * @param record the record
     * @return the tree
     */
    public static ObjectNode tree(OutpatientRecord record) {
        Objects.requireNonNull(record, "record");
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("schemaMinorVersion", SCHEMA_MINOR_VERSION);
        grounded(root, "visitTime", record.visitTime().orElse(null));
        grounded(root, "department", record.department().orElse(null));
        ObjectNode sections = root.putObject("sections");
        for (Section s : Section.values()) {
            Grounded<String> g = record.section(s).orElse(null);
            if (g == null) {
                sections.putNull(s.key());
            } else {
                ObjectNode n = sections.putObject(s.key());
                n.put("title", s.title());
                n.put("text", g.value());
                meta(n, g);
            }
        }
        items(root, "symptoms", record.symptoms(), (n, s) -> {
            n.put("term", s.term());
            n.put("mention", s.mention());
            n.put("status", s.status().name());
            n.put("attribution", s.attribution().name());
            onset(n, "onset", s.onset());
            n.put("severity", emptyToNull(s.severity()));
            n.put("site", emptyToNull(s.site()));
            n.put("frequency", emptyToNull(s.frequency()));
        });
        items(root, "vitalSigns", record.vitalSigns(), (n, v) -> {
            n.put("kind", v.kind().name());
            n.put("name", v.kind().chinese());
            n.put("value", v.value());
            n.put("unit", v.unit());
            n.put("unitSaid", emptyToNull(v.unitSaid()));
        });
        items(root, "findings", record.findings(), (n, f) -> {
            n.put("term", f.term());
            n.put("mention", f.mention());
            n.put("present", f.present());
            n.put("site", emptyToNull(f.site()));
        });
        items(root, "medications", record.medications(), (n, m) -> {
            n.put("name", m.name());
            n.put("mention", m.mention());
            n.put("drugClass", emptyToNull(m.drugClass()));
            n.put("dose", emptyToNull(m.dose()));
            n.put("frequency", emptyToNull(m.frequency()));
            n.put("status", m.status().name());
        });
        items(root, "allergies", record.allergies(), (n, a) -> {
            n.put("substance", emptyToNull(a.substance()));
            n.put("kind", a.kind().name());
            n.put("reaction", emptyToNull(a.reaction()));
            n.put("present", a.present());
        });
        items(root, "history", record.history(), (n, h) -> {
            n.put("condition", h.condition());
            n.put("kind", h.kind().name());
            onset(n, "duration", h.duration());
            n.put("present", h.present());
            n.put("note", emptyToNull(h.note()));
        });
        items(root, "personalHistory", record.personalHistory(), (n, p) -> {
            n.put("kind", p.kind().name());
            n.put("name", p.kind().chinese());
            n.put("status", p.status().name());
            onset(n, "duration", p.duration());
            n.put("detail", emptyToNull(p.detail()));
        });
        items(root, "familyHistory", record.familyHistory(), (n, f) -> {
            n.put("condition", emptyToNull(f.condition()));
            ArrayNode relatives = n.putArray("relatives");
            f.relatives().forEach(relatives::add);
            n.put("present", f.present());
        });
        items(root, "examinations", record.examinations(), (n, e) -> {
            n.put("name", e.name());
            n.put("result", emptyToNull(e.result()));
            n.put("status", e.status().name());
        });
        items(root, "diagnoses", record.diagnoses(), (n, d) -> {
            n.put("term", d.term());
            n.put("certainty", d.certainty().name());
        });
        items(root, "advice", record.advice(), (n, a) -> {
            n.put("kind", a.kind().name());
            n.put("text", a.text());
        });
        ArrayNode us = root.putArray("utterances");
        for (UtteranceDecision d : record.utterances()) {
            ObjectNode n = us.addObject();
            n.put("id", d.utteranceId());
            n.put("speaker", d.speaker().name());
            n.put("speakerConfidence", d.speakerConfidence());
            n.put("speakerInferred", d.speakerInferred());
            n.put("kept", d.kept());
            n.put("category", d.category().name());
            n.put("reason", d.reason());
        }
        return root;
    }

    private static <T> void items(ObjectNode root, String name, List<Grounded<T>> list, BiConsumer<ObjectNode, T> fields) {
        ArrayNode a = root.putArray(name);
        for (Grounded<T> g : list) {
            ObjectNode n = a.addObject();
            fields.accept(n, g.value());
            meta(n, g);
        }
    }

    private static void grounded(ObjectNode root, String name, Grounded<String> g) {
        if (g == null) {
            root.putNull(name);
            return;
        }
        ObjectNode n = root.putObject(name);
        n.put("value", g.value());
        meta(n, g);
    }

    private static void meta(ObjectNode n, Grounded<?> g) {
        n.put("origin", g.origin().name());
        n.put("confidence", g.confidence());
        evidence(n, g.evidence());
    }

    private static void evidence(ObjectNode n, List<Evidence> evidence) {
        ArrayNode a = n.putArray("evidence");
        for (Evidence e : evidence) {
            ObjectNode x = a.addObject();
            x.put("source", e.sourceId());
            x.put("start", e.start());
            x.put("end", e.end());
            x.put("quote", e.quote());
        }
    }

    private static void onset(ObjectNode n, String name, Onset o) {
        if (!o.isKnown()) {
            n.putNull(name);
            return;
        }
        ObjectNode x = n.putObject(name);
        x.put("said", o.said());
        x.put("normalized", o.normalized());
        x.put("days", o.days());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String text(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record JSON", e);
        }
    }
}
