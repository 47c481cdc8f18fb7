package ai.domainassist.medical;

import static org.assertj.core.api.Assertions.assertThat;

import ai.domainassist.core.Mode;
import ai.domainassist.core.ModelClient;
import ai.domainassist.core.Result;
import ai.domainassist.core.ReviewFlag;
import ai.domainassist.core.grounding.Evidence;
import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.core.grounding.Origin;
import ai.domainassist.core.chat.Usage;
import ai.domainassist.core.provider.Providers;
import ai.domainassist.medical.eval.GoldSets;
import ai.domainassist.medical.model.Diagnosis;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Section;
import ai.domainassist.medical.model.Symptom;
import ai.domainassist.medical.model.SymptomStatus;
import ai.domainassist.medical.model.Transcript;
import ai.domainassist.medical.rules.internal.OnsetParser;
import ai.domainassist.testkit.FakeOpenAiServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How well the model path keeps a model's errors out of the record, measured with scripted model answers
 * (a real local HTTP server, OpenAI-compatible) over the project's own evaluation dialogues, whose truth
 * is known (their gold records). For every dialogue one answer carries only true items (the gold's
 * symptoms with status and duration, the doctor's diagnoses, 主诉 and 初步诊断, each quoting the clause the
 * words are in); further answers each carry one planted error of a kind issue 12 names: a fabricated
 * quote, a quote that denies what is claimed, a relative's disease as the patient's, a question taken as a
 * fact, a wrong duration. Caught: the planted item stays out of the record and an UNGROUNDED flag names it.
 * Wrongly rejected: a true item flagged and kept out. Prints both per kind; asserts the aims of issue 12
 * (caught at least 95 %, true items rejected at most 5 %).
 */
class ModelGuardEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OnsetParser ONSETS = new OnsetParser();

    private FakeOpenAiServer server;
    private ModelClient client;

    @BeforeEach
    void start() throws IOException {
        server = FakeOpenAiServer.start();
        client = ModelClient.builder()
                .provider(Providers.openAiCompatible(server.baseUrl(), "test-key").toBuilder()
                        .defaultChatModel("med-model").build())
                .retry(null).cache(null).callTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    /** One scripted item and how it fared. */
    record Item(String kind, boolean planted, String what) {
    }

    @Test
    void plantedModelErrorsAreCaughtAndTrueItemsKept() {
        MedicalRecordAssistant offline = MedicalRecordAssistant.builder().build();
        MedicalRecordAssistant hybrid = MedicalRecordAssistant.builder().model(client).mode(Mode.HYBRID).build();
        Map<String, int[]> caught = new LinkedHashMap<>();
        Map<String, int[]> kept = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (GoldSets.Case c : GoldSets.all()) {
            Transcript t = Transcript.parse(c.input());
            OutpatientRecord rules = offline.structure(t).value();
            if (rules.sections().isEmpty()) {
                continue; // no clinical content: the model is not called
            }
            ObjectNode truth = answer();
            List<Item> trueItems = new ArrayList<>();
            List<ObjectNode> planted = new ArrayList<>();
            List<Item> plantedItems = new ArrayList<>();
            List<String> ccQuotes = new ArrayList<>();
            for (GoldSets.GoldSymptom g : c.symptoms()) {
                Grounded<Symptom> found = find(rules, g.term(), g.status());
                if (found == null) {
                    continue;
                }
                String quote = clause(t, found.evidence().get(0));
                symptom(truth, g.term(), g.status(), g.duration(), quote);
                trueItems.add(new Item("symptom", false, g.term() + "=" + g.status()));
                if (g.status() == SymptomStatus.PRESENT) {
                    ccQuotes.add(quote);
                    if (!g.duration().isEmpty()) {
                        ObjectNode wrong = answer();
                        String other = otherDuration(g.duration(), c.input());
                        symptom(wrong, g.term(), SymptomStatus.PRESENT, other, quote);
                        planted.add(wrong);
                        plantedItems.add(new Item("wrong duration", true, g.term() + " " + other));
                    }
                } else if (g.status() == SymptomStatus.ABSENT) {
                    ObjectNode negated = answer();
                    symptom(negated, g.term(), SymptomStatus.PRESENT, "", quote);
                    planted.add(negated);
                    boolean asked = t.utterance(found.evidence().get(0).sourceId()).map(u -> u.speaker().name().equals("DOCTOR"))
                            .orElse(false);
                    plantedItems.add(new Item(asked ? "question as fact" : "negated quote", true, g.term() + "=PRESENT"));
                }
            }
            List<String> dxQuotes = new ArrayList<>();
            List<String> dxTerms = new ArrayList<>();
            for (String d : c.diagnoses()) {
                Grounded<Diagnosis> found = rules.diagnoses().stream().filter(x -> x.value().term().equals(d)
                        && x.value().certainty() != Diagnosis.Certainty.REPORTED).findFirst().orElse(null);
                if (found == null) {
                    continue;
                }
                String quote = clause(t, found.evidence().get(0));
                diagnosis(truth, d, found.value().certainty() == Diagnosis.Certainty.SUSPECTED, quote);
                trueItems.add(new Item("diagnosis", false, d));
                dxQuotes.add(quote);
                dxTerms.add(d);
            }
            if (!c.chiefComplaint().isEmpty() && !ccQuotes.isEmpty()) {
                section(truth, Section.CHIEF_COMPLAINT, c.chiefComplaint(), ccQuotes);
                trueItems.add(new Item("section", false, "主诉"));
            }
            if (!dxTerms.isEmpty()) {
                section(truth, Section.DIAGNOSIS, String.join("；", dxTerms), dxQuotes);
                trueItems.add(new Item("section", false, "初步诊断"));
            }
            for (GoldSets.GoldFamily f : c.family()) {
                Grounded<ai.domainassist.medical.model.FamilyHistoryItem> found = rules.familyHistory().stream()
                        .filter(x -> x.value().condition().equals(f.condition()) && x.value().present()).findFirst().orElse(null);
                if (found != null && !f.condition().isEmpty() && !c.diagnoses().contains(f.condition())
                        && !c.past().contains(f.condition())) { // the patient's own disease too: no error to plant
                    ObjectNode relative = answer();
                    diagnosis(relative, f.condition(), false, clause(t, found.evidence().get(found.evidence().size() - 1)));
                    planted.add(relative);
                    plantedItems.add(new Item("relative's disease", true, f.condition()));
                }
            }
            ObjectNode fabricated = answer();
            symptom(fabricated, "胸痛", SymptomStatus.PRESENT, "", "胸口像压了块石头一样疼");
            planted.add(fabricated);
            plantedItems.add(new Item("fabricated quote", true, "胸痛=PRESENT"));

            if (!trueItems.isEmpty()) {
                Result<OutpatientRecord> r = run(hybrid, t, truth);
                for (Item i : trueItems) {
                    boolean ok = !rejected(r, i);
                    kept.computeIfAbsent(i.kind(), k -> new int[2])[ok ? 0 : 1]++;
                    if (!ok) {
                        misses.add("[" + c.id() + "] true " + i.what() + " rejected: " + flagsAbout(r, i));
                    }
                }
            }
            for (int k = 0; k < planted.size(); k++) {
                Item i = plantedItems.get(k);
                Result<OutpatientRecord> r = run(hybrid, t, planted.get(k));
                boolean ok = keptOut(r, i, rules);
                caught.computeIfAbsent(i.kind(), x -> new int[2])[ok ? 0 : 1]++;
                if (!ok) {
                    misses.add("[" + c.id() + "] planted " + i.kind() + " " + i.what() + " let through");
                }
            }
        }
        int[] allCaught = total(caught);
        int[] allKept = total(kept);
        System.out.println("== model path, planted errors in scripted answers over the own evaluation dialogues");
        caught.forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "  caught %-20s %d/%d", k, v[0], v[0] + v[1])));
        System.out.println(String.format(Locale.ROOT, "  caught, all kinds        %d/%d = %.3f", allCaught[0],
                allCaught[0] + allCaught[1], allCaught[0] / (double) (allCaught[0] + allCaught[1])));
        kept.forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "  true %-10s rejected %d/%d", k, v[1], v[0] + v[1])));
        System.out.println(String.format(Locale.ROOT, "  true items wrongly rejected %d/%d = %.3f", allKept[1],
                allKept[0] + allKept[1], allKept[1] / (double) (allKept[0] + allKept[1])));
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(allCaught[0] + allCaught[1]).isGreaterThan(200);
        assertThat(allCaught[0] / (double) (allCaught[0] + allCaught[1])).isGreaterThanOrEqualTo(0.95);
        assertThat(allKept[1] / (double) (allKept[0] + allKept[1])).isLessThanOrEqualTo(0.05);
    }

    private Result<OutpatientRecord> run(MedicalRecordAssistant hybrid, Transcript t, ObjectNode answer) {
        server.enqueueChat(answer.toString(), Usage.of(900, 300));
        Result<OutpatientRecord> r = hybrid.structure(t);
        assertThat(r.mode()).isEqualTo(Mode.HYBRID);
        return r;
    }

    private static boolean rejected(Result<OutpatientRecord> r, Item i) {
        return !flagsAbout(r, i).isEmpty();
    }

    private static List<String> flagsAbout(Result<OutpatientRecord> r, Item i) {
        List<String> out = new ArrayList<>();
        String name = i.what().split("[= ]")[0];
        for (ReviewFlag f : r.flags(ReviewFlag.Kind.UNGROUNDED)) {
            boolean about = switch (i.kind()) {
                case "section" -> f.field().equals(name.equals("主诉") ? Section.CHIEF_COMPLAINT.key() : Section.DIAGNOSIS.key());
                case "diagnosis", "relative's disease" -> f.field().equals("diagnoses") && f.message().contains("“" + name + "”");
                default -> f.field().equals("symptoms") && f.message().contains("“" + name + "”");
            };
            if (about) {
                out.add(f.message());
            }
        }
        return out;
    }

    /** The planted item is flagged and the record does not carry it from the model. */
    private static boolean keptOut(Result<OutpatientRecord> r, Item i, OutpatientRecord rules) {
        if (flagsAbout(r, i).isEmpty()) {
            return false;
        }
        String name = i.what().split("[= ]")[0];
        if (i.kind().equals("relative's disease")) {
            return r.value().diagnoses().stream().noneMatch(g -> g.origin() == Origin.MODEL && g.value().term().equals(name));
        }
        return r.value().symptoms().stream().noneMatch(g -> g.origin() == Origin.MODEL && g.value().term().equals(name));
    }

    private static int[] total(Map<String, int[]> m) {
        int[] t = new int[2];
        m.values().forEach(v -> {
            t[0] += v[0];
            t[1] += v[1];
        });
        return t;
    }

    private static Grounded<Symptom> find(OutpatientRecord r, String term, SymptomStatus status) {
        return r.symptoms().stream().filter(g -> g.value().term().equals(term) && g.value().status() == status).findFirst()
                .orElse(null);
    }

    /** The clause of the utterance the evidence is in, as a model would quote it. */
    private static String clause(Transcript t, Evidence e) {
        String text = t.utterance(e.sourceId()).orElseThrow().text();
        int a = e.start();
        while (a > 0 && "，。？！；,?!;".indexOf(text.charAt(a - 1)) < 0) {
            a--;
        }
        int b = e.end();
        while (b < text.length() && "，。？！；,?!;".indexOf(text.charAt(b)) < 0) {
            b++;
        }
        return text.substring(a, b);
    }

    /** A duration the dialogue never says: about three times as long, in the unit that fits. */
    private static String otherDuration(String duration, String dialogue) {
        double days = ONSETS.parse(duration).map(o -> o.days()).orElse(3.0);
        double longer = Math.max(2, days * 3 + 1);
        String other = longer < 30 ? Math.round(longer) + "天" : longer < 365 ? Math.round(longer / 30) + "个月"
                : Math.round(longer / 365) + "年";
        return dialogue.contains(other) ? "11年" : other;
    }

    private static ObjectNode answer() {
        ObjectNode a = JSON.createObjectNode();
        a.putArray("sections");
        a.putArray("symptoms");
        a.putArray("diagnoses");
        return a;
    }

    private static void symptom(ObjectNode a, String term, SymptomStatus status, String duration, String quote) {
        ObjectNode s = ((ArrayNode) a.get("symptoms")).addObject();
        s.put("term", term);
        s.put("status", status.name());
        s.put("duration", duration);
        s.put("quote", quote);
    }

    private static void diagnosis(ObjectNode a, String term, boolean suspected, String quote) {
        ObjectNode d = ((ArrayNode) a.get("diagnoses")).addObject();
        d.put("term", term);
        d.put("suspected", suspected);
        d.put("quote", quote);
    }

    private static void section(ObjectNode a, Section s, String text, List<String> quotes) {
        ObjectNode n = ((ArrayNode) a.get("sections")).addObject();
        n.put("section", s.name());
        n.put("text", text);
        ArrayNode q = n.putArray("quotes");
        quotes.forEach(q::add);
    }
}
