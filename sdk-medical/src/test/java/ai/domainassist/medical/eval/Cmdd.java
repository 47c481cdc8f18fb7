package ai.domainassist.medical.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CMDD (Chinese Medical Diagnosis Dialogue, Lin et al., EMNLP 2019; Apache-2.0, from
 * alibaba-research/ChineseBLUE) from {@code <da.eval.dir>/medical/cmdd/cmdd.jsonl}: 2,067 real
 * paediatric online consultations, each turn with BIO symptom spans, the normalised name of each span
 * (160 names after the file's own spelling variants) and its type (1 the patient has it, 2 the patient
 * does not, 3 uncertain or not the patient). Tests using it skip with a message when the file is absent.
 */
final class Cmdd {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A labelled span. */
    record Mention(int start, int end, String surface, String name, int type) {
    }

    /** One turn: who speaks, what is said, the labelled spans. */
    record Turn(boolean doctor, String text, List<Mention> mentions) {
    }

    /** One consultation. */
    record Dialogue(String id, String split, List<Turn> turns) {
        /** The consultation as labelled lines ({@code 医生：…} / {@code 患者：…}); empty turns are left out. */
        String inputText() {
            StringBuilder sb = new StringBuilder();
            for (Turn t : turns) {
                if (!t.text().isBlank()) {
                    sb.append(t.doctor() ? "医生：" : "患者：").append(t.text().strip()).append('\n');
                }
            }
            return sb.toString();
        }
    }

    private Cmdd() {
    }

    /**
     * The file, or a skipped test when it is absent.
     *
     * @return the path of cmdd.jsonl
     */
    static Path file() {
        String dir = System.getProperty("da.eval.dir", "");
        Path p = dir.isEmpty() ? null : Path.of(dir, "medical", "cmdd", "cmdd.jsonl");
        assumeTrue(p != null && Files.isRegularFile(p),
                "CMDD not found (system property da.eval.dir=" + dir + "): CMDD evaluation NOT run");
        return p;
    }

    /**
     * The consultations whose gold names a split is scored against (the scorer's vocabulary): the split's own and,
     * for dev and test, train's as well.
     *
     * @param split {@code train}, {@code dev} or {@code test}
     * @param set that split, loaded
     * @return the consultations to take the names from
     */
    static List<Dialogue> namesFor(String split, List<Dialogue> set) {
        if (split.equals("train")) {
            return set;
        }
        List<Dialogue> names = new ArrayList<>(set);
        names.addAll(load("train"));
        return names;
    }

    /**
     * The consultations of one split.
     *
     * @param split {@code train}, {@code dev} or {@code test}
     * @return the consultations in file order
     */
    static List<Dialogue> load(String split) {
        List<Dialogue> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                if (!split.equals(n.get("split").asText())) {
                    continue;
                }
                List<Turn> turns = new ArrayList<>();
                for (JsonNode t : n.get("turns")) {
                    turns.add(turn(t));
                }
                out.add(new Dialogue(n.get("id").asText(), split, List.copyOf(turns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Turn turn(JsonNode t) {
        String text = t.get("sentence").asText();
        String label = t.get("label").asText();
        List<String> names = new ArrayList<>();
        t.get("normalized").forEach(x -> names.add(x.asText()));
        List<Integer> types = new ArrayList<>();
        t.get("type").forEach(x -> types.add(Integer.parseInt(x.asText())));
        List<Mention> mentions = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < label.length() && i < text.length(); i++) {
            if (label.charAt(i) != 'B') {
                continue;
            }
            int j = i + 1;
            while (j < label.length() && j < text.length() && label.charAt(j) == 'I') {
                j++;
            }
            if (k < names.size() && k < types.size()) {
                mentions.add(new Mention(i, j, text.substring(i, j), names.get(k), types.get(k)));
            }
            k++;
        }
        if (k != names.size()) {
            // a few turns of the file have more or fewer spans than names: keep the names, without spans
            mentions.clear();
            for (int i = 0; i < Math.min(names.size(), types.size()); i++) {
                mentions.add(new Mention(-1, -1, "", names.get(i), types.get(i)));
            }
        }
        return new Turn(t.get("speaker").asText().equals("医生"), text, List.copyOf(mentions));
    }
}
