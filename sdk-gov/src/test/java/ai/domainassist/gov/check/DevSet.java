package ai.domainassist.gov.check;

import ai.domainassist.gov.library.PolicyLibrary;
import ai.domainassist.gov.library.PolicyMetadata;
import ai.domainassist.retrieval.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The development set under src/test/resources/devset: documents, gold findings, the library. */
final class DevSet {
    private DevSet() {
    }

    record Gold(String document, String ruleId, String anchor) {
    }

    static String read(String path) {
        try (InputStream in = DevSet.class.getResourceAsStream("/devset/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource devset/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String path) {
        return read(path).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    static List<Gold> gold() {
        List<Gold> out = new ArrayList<>();
        for (String l : lines("gold.tsv")) {
            String[] c = l.split("\t");
            out.add(new Gold(c[0], c[1], c[2]));
        }
        return out;
    }

    /** @return the documents, from the names listed in documents.txt */
    static List<String> documents() {
        return lines("documents.txt");
    }

    static PolicyLibrary library() {
        PolicyLibrary lib = PolicyLibrary.whitelisting("北京市人民政府", "北京市人民政府办公厅", "北京市人民代表大会常务委员会",
                "全国人民代表大会常务委员会");
        for (String l : lines("library.tsv")) {
            String[] c = l.split("\t", -1);
            lib.addText(read("library/" + c[0]), new PolicyMetadata(c[1], c[4], Validity.valueOf(c[2]), c[3]));
        }
        return lib;
    }
}
