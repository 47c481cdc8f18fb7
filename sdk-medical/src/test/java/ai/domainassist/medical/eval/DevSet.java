package ai.domainassist.medical.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hand-written development and held-out sets under {@code src/test/resources} (see their READMEs). */
final class DevSet {
    static final String[] FILES = {"01-respiratory-ent.txt", "02-digestive-cardio.txt", "03-paediatrics.txt",
        "04-derm-gyn.txt", "05-internal-misc.txt", "06-history.txt"};
    private static final Pattern LINE = Pattern.compile("^(\\[[0-9:.]+\\]\\s*)?([^：:]{1,8})\\s*[：:]\\s*(.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One labelled line of a gold dialogue. */
    record Line(String label, boolean doctor, String text, boolean drop, String raw) {
    }

    /** One dialogue with its gold record. */
    record Dialogue(String id, String dept, boolean child, String input, List<Line> lines, Map<String, List<String>> gold) {
        List<String> gold(String key) {
            return gold.getOrDefault(key, List.of());
        }

        /** The dialogue in its input form. */
        String inputText() {
            switch (input) {
                case "unlabeled": {
                    StringBuilder sb = new StringBuilder();
                    for (Line l : lines) {
                        sb.append(l.text()).append('\n');
                    }
                    return sb.toString();
                }
                case "json":
                case "diarized": {
                    ArrayNode a = JSON.createArrayNode();
                    double t = 0;
                    String firstSide = null;
                    for (Line l : lines) {
                        ObjectNode n = a.addObject();
                        if (input.equals("json")) {
                            n.put("speaker", l.label());
                        } else {
                            String side = l.doctor() ? "D" : "P";
                            if (firstSide == null) {
                                firstSide = side;
                            }
                            n.put("speaker", side.equals(firstSide) ? "spk_0" : "spk_1");
                        }
                        n.put("text", l.text());
                        n.put("start", t);
                        t += 1 + l.text().length() * 0.25;
                        n.put("end", t);
                    }
                    return a.toString();
                }
                default: {
                    StringBuilder sb = new StringBuilder();
                    for (Line l : lines) {
                        sb.append(l.raw()).append('\n');
                    }
                    return sb.toString();
                }
            }
        }
    }

    private DevSet() {
    }

    static List<Dialogue> load() {
        List<Dialogue> out = new ArrayList<>();
        for (String f : FILES) {
            out.addAll(parse(read("/devset/" + f)));
        }
        return out;
    }

    /** @return the first held-out dialogues, written after the first engine was frozen */
    static List<Dialogue> heldOut() {
        return parse(read("/heldout/heldout.txt"));
    }

    /** @return the second held-out dialogues, written before the second iteration changed the engine */
    static List<Dialogue> heldOut2() {
        return parse(read("/heldout2/heldout2.txt"));
    }

    /** @return the third held-out dialogues, written before the third iteration changed the engine */
    static List<Dialogue> heldOut3() {
        return parse(read("/heldout3/heldout3.txt"));
    }

    private static String read(String path) {
        try (InputStream in = DevSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Dialogue> parse(String text) {
        List<Dialogue> out = new ArrayList<>();
        for (String block : text.split("(?m)^=== ")) {
            if (block.isBlank()) {
                continue;
            }
            String[] parts = block.split("(?m)^--- gold\\s*$", 2);
            String[] head = parts[0].split("\n");
            String id = head[0].replace("id:", "").strip();
            String dept = "";
            boolean child = false;
            String input = "labelled";
            List<Line> lines = new ArrayList<>();
            for (int i = 1; i < head.length; i++) {
                String l = head[i].strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("dept:")) {
                    dept = l.substring(5).strip();
                } else if (l.startsWith("patient:")) {
                    child = l.contains("child");
                } else if (l.startsWith("input:")) {
                    input = l.substring(6).strip();
                } else {
                    boolean drop = l.endsWith("#drop");
                    String raw = drop ? l.substring(0, l.length() - 5).strip() : l;
                    Matcher m = LINE.matcher(raw);
                    if (!m.matches()) {
                        throw new IllegalStateException(id + ": unlabelled gold line " + raw);
                    }
                    String label = m.group(2).strip();
                    boolean doctor = label.equals("医生") || label.equalsIgnoreCase("Doctor");
                    lines.add(new Line(label, doctor, m.group(3).strip(), drop, raw));
                }
            }
            Map<String, List<String>> gold = new LinkedHashMap<>();
            if (parts.length > 1) {
                for (String g : parts[1].split("\n")) {
                    int c = g.indexOf(':');
                    if (g.isBlank() || c < 0) {
                        continue;
                    }
                    gold.computeIfAbsent(g.substring(0, c).strip(), k -> new ArrayList<>()).add(g.substring(c + 1).strip());
                }
            }
            out.add(new Dialogue(id, dept, child, input, lines, gold));
        }
        return out;
    }
}
