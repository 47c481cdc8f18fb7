package ai.domainassist.finance.rules.internal;

import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.Severity;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.text.NormalizedText;
import ai.domainassist.finance.model.BankAccount;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.ClaimForm;
import ai.domainassist.finance.model.ClaimMaterial;
import ai.domainassist.finance.model.DiagnosisCertificate;
import ai.domainassist.finance.model.DischargeSummary;
import ai.domainassist.finance.model.DocumentType;
import ai.domainassist.finance.model.ExpenseItem;
import ai.domainassist.finance.model.ExpenseList;
import ai.domainassist.finance.model.IdentityDocument;
import ai.domainassist.finance.model.MedicalInvoice;
import ai.domainassist.finance.model.SettlementStatement;
import ai.domainassist.finance.model.UnrecognizedDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The offline extraction engine: classifies a document and reads its typed record from OCR text or
 * OCR JSON with the label tables, value patterns and lexicons. Immutable and thread-safe.
 */
public final class MaterialReader {
    /** The confidence given to a model-read value whose quote was found in the document. */
    static final double MODEL_CONFIDENCE = 0.8;
    private final RuleData data;
    private final DocumentClassifier classifier;
    private final Map<String, LabeledText.LabelSet> labelSets = new java.util.HashMap<>();
    private final Map<String, Map<String, String>> keyIndexes = new java.util.HashMap<>();

    /** @param data the rule data */
    public MaterialReader(RuleData data) {
        this.data = data;
        this.classifier = new DocumentClassifier(data);
        List<String> stops = new ArrayList<>();
        data.classifierKeywords().values().forEach(m -> stops.addAll(m.keySet()));
        for (Map.Entry<String, Map<String, List<String>>> e : data.labels().entrySet()) {
            labelSets.put(e.getKey(), LabeledText.LabelSet.of(e.getValue(), stops));
            keyIndexes.put(e.getKey(), JsonFields.keyIndex(e.getValue()));
        }
    }

    /**
     * Classifies a document (its declared type wins when given).
     *
     * @param doc the document
     * @return the type
     */
    public DocumentType classify(ClaimDocument doc) {
        if (doc.declared().isPresent()) {
            return doc.declaredType();
        }
        String text = doc.format() == ClaimDocument.Format.OCR_JSON
                ? JsonFields.asText(JsonFields.read(doc.id(), doc.content())) : doc.content();
        return classifier.classify(text);
    }

    /**
     * Reads the typed record of a document.
     *
     * @param doc the document
     * @param type its type
     * @return the record ({@link UnrecognizedDocument} for {@link DocumentType#UNKNOWN})
     */
    public ClaimMaterial read(ClaimDocument doc, DocumentType type) {
        return read(doc, type, List.of(), false).material();
    }

    /**
     * A document read by the rules together with values a model proposed.
     *
     * @param material the typed record
     * @param conflicts fields where the rules and the model read different values
     */
    public record Reading(ClaimMaterial material, List<ReviewFlag> conflicts) {
    }

    /**
     * Reads the typed record of a document from the rules' raw values and a model's (already
     * grounded) raw values: the preferred source's value stands, the other fills fields the first
     * left empty, and every field both read differently is reported as a conflict.
     *
     * @param doc the document
     * @param type its type
     * @param modelRaws the model's values, each located in the document
     * @param modelFirst whether the model's values stand over the rules' (model mode) or the rules' (hybrid)
     * @return the record and the conflicts
     */
    public Reading read(ClaimDocument doc, DocumentType type, List<RawField> modelRaws, boolean modelFirst) {
        if (type == DocumentType.UNKNOWN) {
            return new Reading(new UnrecognizedDocument(doc.id()), List.of());
        }
        Fields f = fields(doc, type);
        f.modelRaws = modelRaws;
        f.modelFirst = modelFirst;
        return new Reading(material(doc, type, f), List.copyOf(f.conflicts));
    }

    private ClaimMaterial material(ClaimDocument doc, DocumentType type, Fields f) {
        return switch (type) {
            case INVOICE_OUTPATIENT, INVOICE_INPATIENT -> invoice(doc, type, f);
            case EXPENSE_LIST -> new ExpenseList(doc.id(), f.one("patientName", f.p::name), hospital(doc, f),
                    f.one("total", f.p::money), f.items);
            case DISCHARGE_SUMMARY -> discharge(doc, f);
            case DIAGNOSIS_CERTIFICATE -> new DiagnosisCertificate(doc.id(), f.one("patientName", f.p::name),
                    hospital(doc, f), f.one("department", f.p::shortText), f.one("visitDate", f.p::date),
                    f.list("diagnoses"), f.one("advice", f.p::freeText), f.last("issueDate", f.p::date));
            case ID_CARD -> identity(doc, f);
            case BANK_CARD -> bank(doc, f);
            case CLAIM_FORM -> claimForm(f, doc);
            case SETTLEMENT_STATEMENT -> new SettlementStatement(doc.id(), f.one("patientName", f.p::name),
                    f.one("total", f.p::money), f.one("fundPaid", f.p::money), f.one("personalPaid", f.p::money),
                    f.one("settlementDate", f.p::date));
            case UNKNOWN -> new UnrecognizedDocument(doc.id());
        };
    }

    private MedicalInvoice invoice(ClaimDocument doc, DocumentType type, Fields f) {
        return new MedicalInvoice(doc.id(), type, f.one("code", f.p::code), f.one("number", f.p::code),
                f.one("checkCode", f.p::code), f.one("payer", f.p::name), f.one("issueDate", f.p::date),
                f.one("hospital", f.p::hospital), f.one("institutionType", f.p::shortText),
                f.one("insuranceType", f.p::shortText), f.one("visitDate", f.p::date),
                f.one("admissionDate", f.p::date), f.one("dischargeDate", f.p::date),
                f.one("daysInHospital", f.p::integer), f.one("totalInWords", f.p::amountInWords),
                f.one("total", f.p::money), f.one("fundPaid", f.p::money), f.one("otherPaid", f.p::money),
                f.one("accountPaid", f.p::money), f.one("selfPay", f.p::money), f.one("selfExpense", f.p::money),
                f.items);
    }

    private DischargeSummary discharge(ClaimDocument doc, Fields f) {
        List<Grounded<String>> dx = f.list("diagnoses");
        if (dx.isEmpty()) {
            dx = f.list("admissionDiagnoses");
        }
        return new DischargeSummary(doc.id(), f.one("patientName", f.p::name), hospital(doc, f),
                f.one("department", f.p::shortText), f.one("admissionDate", f.p::date),
                f.one("dischargeDate", f.p::date), f.one("daysInHospital", f.p::integer), dx, f.list("procedures"),
                f.one("history", f.p::freeText), f.one("course", f.p::freeText));
    }

    private IdentityDocument identity(ClaimDocument doc, Fields f) {
        Optional<Grounded<String>> id = f.one("idNumber", f.p::idNumber).or(() -> f.p.idNumber(f.whole));
        return new IdentityDocument(doc.id(), f.one("name", f.p::name), f.one("sex", f.p::sex),
                f.one("ethnicity", f.p::shortText), f.one("birthDate", f.p::date), f.one("address", f.p::freeText), id);
    }

    private BankAccount bank(ClaimDocument doc, Fields f) {
        Optional<Grounded<String>> number = f.one("cardNumber", f.p::cardNumber).or(() -> f.p.cardNumber(f.whole));
        return new BankAccount(doc.id(), bankName(f.whole, f.p), f.one("holder", f.p::name), number);
    }

    private ClaimForm claimForm(Fields f, ClaimDocument doc) {
        return new ClaimForm(doc.id(), f.one("policyNumber", f.p::code), f.one("insuredName", f.p::name),
                f.one("insuredIdNumber", f.p::idNumber), f.one("claimantName", f.p::name),
                f.one("incidentDate", f.p::date), f.one("cause", r -> f.p.choice(r, List.of("疾病", "意外"))),
                f.one("claimType", r -> f.p.choice(r, List.of("住院", "门诊", "急诊"))),
                f.one("claimedAmount", f.p::money), f.one("reimbursedElsewhere", r -> f.p.choice(r, List.of("是", "否"))),
                f.one("bankName", r -> bankName(r, f.p)), f.one("accountHolder", f.p::name),
                f.one("accountNumber", f.p::cardNumber), f.one("applicationDate", f.p::date));
    }

    private Optional<Grounded<String>> hospital(ClaimDocument doc, Fields f) {
        return f.one("hospital", f.p::hospital).or(() -> f.p.hospital(f.whole));
    }

    private Optional<Grounded<String>> bankName(RawField raw, FieldParser p) {
        NormalizedText nt = NormalizedText.of(raw.value());
        String folded = nt.folded();
        int best = -1;
        int bestEnd = -1;
        String name = null;
        for (Map.Entry<String, List<String>> e : data.banks().entrySet()) {
            for (String variant : e.getValue()) {
                String v = NormalizedText.of(variant).folded();
                int at = folded.indexOf(v);
                if (at >= 0 && (best < 0 || at < best || (at == best && at + v.length() > bestEnd))) {
                    best = at;
                    bestEnd = at + v.length();
                    name = e.getKey();
                }
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        int[] span = nt.toOriginalSpan(best, bestEnd);
        Evidence ev = raw.exact() ? new Evidence(p.whole(raw).sourceId(), raw.start() + span[0], raw.start() + span[1],
                raw.value().substring(span[0], span[1])) : p.whole(raw);
        return Optional.of(Grounded.byRules(name, ev));
    }

    private Fields fields(ClaimDocument doc, DocumentType type) {
        String kind = RuleData.labelKind(type);
        Map<String, List<String>> labels = data.labels().getOrDefault(kind, Map.of());
        FieldParser parser = new FieldParser(doc.id(), doc.content(), data.hospitals());
        RawField whole = new RawField("", doc.content(), 0, doc.content().length(), true);
        if (doc.format() == ClaimDocument.Format.OCR_TEXT) {
            List<RawField> raws = LabeledText.read(doc.content(),
                    labelSets.getOrDefault(kind, LabeledText.LabelSet.of(labels, List.of())));
            List<ExpenseItem> items = type.isInvoice() || type == DocumentType.EXPENSE_LIST
                    ? ItemRows.read(doc.id(), doc.content()) : List.of();
            return new Fields(doc.id(), parser, raws, items, whole);
        }
        List<JsonFields.Scalar> scalars = JsonFields.read(doc.id(), doc.content());
        Map<String, String> keys = keyIndexes.getOrDefault(kind, Map.of());
        Map<String, String> itemKeys = keyIndexes.getOrDefault("ITEM", Map.of());
        List<RawField> raws = new ArrayList<>();
        Map<Integer, Map<String, RawField>> rows = new LinkedHashMap<>();
        for (JsonFields.Scalar s : scalars) {
            String folded = NormalizedText.of(s.key()).folded();
            if (s.row() >= 0 && itemKeys.containsKey(folded)) {
                rows.computeIfAbsent(s.row(), k -> new LinkedHashMap<>()).putIfAbsent(itemKeys.get(folded),
                        new RawField(itemKeys.get(folded), s.value(), s.start(), s.end(), s.exact()));
                continue;
            }
            String field = keys.get(folded);
            if (field != null && !"other".equals(field)) {
                raws.add(new RawField(field, s.value(), s.start(), s.end(), s.exact()));
            }
        }
        List<ExpenseItem> items = new ArrayList<>();
        for (Map<String, RawField> row : rows.values()) {
            RawField name = row.get("name");
            Optional<Grounded<BigDecimal>> amount = Optional.ofNullable(row.get("amount")).flatMap(parser::money);
            if (name == null || amount.isEmpty()) {
                continue;
            }
            BigDecimal qty = Optional.ofNullable(row.get("quantity")).flatMap(parser::money)
                    .map(g -> g.value().stripTrailingZeros()).map(v -> v.scale() < 0 ? v.setScale(0) : v).orElse(null);
            String unit = Optional.ofNullable(row.get("unit")).map(u -> u.value().strip()).orElse("");
            List<Evidence> ev = List.of(parser.whole(name), amount.get().evidence().get(0));
            items.add(new ExpenseItem(NormalizedText.of(name.value(), LabeledText.FOLDS).folded(), qty, unit,
                    amount.get().value().setScale(2, RoundingMode.HALF_UP), ev));
        }
        return new Fields(doc.id(), parser, raws, items, whole);
    }

    /** The raw fields of one document with the parser that types them. */
    private static final class Fields {
        final FieldParser p;
        final List<RawField> raws;
        final List<ExpenseItem> items;
        final RawField whole;
        final String docId;
        List<RawField> modelRaws = List.of();
        boolean modelFirst;
        final List<ReviewFlag> conflicts = new ArrayList<>();

        Fields(String docId, FieldParser p, List<RawField> raws, List<ExpenseItem> items, RawField whole) {
            this.docId = docId;
            this.p = p;
            this.raws = raws;
            this.items = items;
            this.whole = whole;
        }

        private static <T> Optional<Grounded<T>> first(List<RawField> raws, String field,
                Function<RawField, Optional<Grounded<T>>> parse, boolean last) {
            Optional<Grounded<T>> out = Optional.empty();
            for (RawField r : raws) {
                if (r.field().equals(field)) {
                    Optional<Grounded<T>> v = parse.apply(r);
                    if (v.isPresent()) {
                        out = v;
                        if (!last) {
                            return out;
                        }
                    }
                }
            }
            return out;
        }

        private static <T> Grounded<T> byModel(Grounded<T> g) {
            return new Grounded<>(g.value(), g.evidence(), Origin.MODEL, MODEL_CONFIDENCE);
        }

        private <T> Optional<Grounded<T>> pick(String field, Optional<Grounded<T>> rules, Optional<Grounded<T>> model) {
            if (rules.isPresent() && model.isPresent() && !same(rules.get().value(), model.get().value())) {
                Grounded<T> kept = modelFirst ? model.get() : rules.get();
                Grounded<T> other = modelFirst ? rules.get() : model.get();
                List<Evidence> ev = new ArrayList<>(kept.evidence());
                ev.addAll(other.evidence());
                conflicts.add(new ReviewFlag(ReviewFlag.Kind.CONFLICT, Severity.ERROR, docId + "." + field,
                        "模型读为「" + model.get().value() + "」，规则读为「" + rules.get().value() + "」；采用"
                                + (modelFirst ? "模型" : "规则") + "结果", ev));
            }
            return modelFirst ? model.or(() -> rules) : rules.or(() -> model);
        }

        private static boolean same(Object a, Object b) {
            if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
                return x.compareTo(y) == 0;
            }
            return NormalizedText.of(a.toString()).folded().equals(NormalizedText.of(b.toString()).folded());
        }

        <T> Optional<Grounded<T>> one(String field, Function<RawField, Optional<Grounded<T>>> parse) {
            return pick(field, first(raws, field, parse, false), first(modelRaws, field, parse, false).map(Fields::byModel));
        }

        <T> Optional<Grounded<T>> last(String field, Function<RawField, Optional<Grounded<T>>> parse) {
            return pick(field, first(raws, field, parse, true), first(modelRaws, field, parse, true).map(Fields::byModel));
        }

        List<Grounded<String>> list(String field) {
            List<Grounded<String>> rules = list(raws, field);
            List<Grounded<String>> model = list(modelRaws, field).stream().map(Fields::byModel).toList();
            if (!rules.isEmpty() && !model.isEmpty()
                    && !same(rules.stream().map(Grounded::value).toList(), model.stream().map(Grounded::value).toList())) {
                pick(field, Optional.of(Grounded.byRules(rules.stream().map(Grounded::value).toList().toString(),
                        rules.get(0).evidence())), Optional.of(byModel(Grounded.byRules(
                        model.stream().map(Grounded::value).toList().toString(), model.get(0).evidence()))));
            }
            if (modelFirst) {
                return model.isEmpty() ? rules : model;
            }
            return rules.isEmpty() ? model : rules;
        }

        private List<Grounded<String>> list(List<RawField> from, String field) {
            for (RawField r : from) {
                if (r.field().equals(field)) {
                    List<Grounded<String>> l = p.list(r);
                    if (!l.isEmpty()) {
                        return l;
                    }
                }
            }
            return List.of();
        }
    }
}
