package ai.domainassist.medical.rules.internal;

import ai.domainassist.core.grounding.Grounded;
import ai.domainassist.medical.model.OutpatientRecord;
import ai.domainassist.medical.model.Symptom;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/m2/probe.txt"))) {
            if (line.isBlank()) continue;
            OutpatientRecord r = Fixture.record(line.split("\\|"));
            StringBuilder sb = new StringBuilder();
            for (Grounded<Symptom> g : r.symptoms()) sb.append(g.value().term()).append('=').append(g.value().status()).append(' ');
            System.out.println("PROBE " + line + "  ->  " + sb);
        }
    }
}
