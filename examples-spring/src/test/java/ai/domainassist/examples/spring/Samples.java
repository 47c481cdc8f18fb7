package ai.domainassist.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Request bodies built from the examples module's bundled sample data (the reactor's sibling folder). */
final class Samples {
    static final Path DIR = Path.of("../examples/src/main/resources/samples");
    static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    static String read(String relative) {
        try {
            return Files.readString(DIR.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dialogue() {
        ObjectNode body = JSON.createObjectNode();
        body.put("dialogue", read("medical/visit-01-fever-cough.txt"));
        return body.toString();
    }

    static String document() {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "dh-request-2024");
        body.put("text", read("gov/check/dh-request-2024.txt"));
        return body.toString();
    }

    /** The outpatient claim of the samples: its materials and its policy's main terms. */
    static String claim() throws IOException {
        Path folder = DIR.resolve("claims/clm-2024-0611-outpatient");
        ObjectNode body = JSON.createObjectNode();
        ArrayNode documents = body.putArray("documents");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> !p.getFileName().toString().equals("policy.json")).sorted().toList();
        }
        for (Path f : files) {
            ObjectNode d = documents.addObject();
            d.put("id", f.getFileName().toString());
            d.put(f.toString().endsWith(".json") ? "json" : "text", Files.readString(f, StandardCharsets.UTF_8));
        }
        JsonNode policy = JSON.readTree(folder.resolve("policy.json").toFile());
        ObjectNode p = body.putObject("policy");
        for (String field : List.of("number", "insuredName", "insuredId", "effective", "expiry", "annualLimit",
                "deductible", "ratioWithSocialInsurance", "ratioWithoutSocialInsurance")) {
            p.set(field, policy.get(field));
        }
        return body.toString();
    }
}
