package ai.domainassist.gov;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared/eval}; tests using it skip with a message when it is absent. */
public final class EvalData {
    private EvalData() {
    }

    /**
     * @param file a file name under {@code gov/}
     * @return its path
     */
    public static Path gov(String file) {
        return find("gov", file);
    }

    /**
     * @param file a file name under {@code medical/}
     * @return its path
     */
    public static Path medical(String file) {
        return find("medical", file);
    }

    private static Path find(String folder, String file) {
        String dir = System.getProperty("da.eval.dir", "");
        Path p = dir.isEmpty() ? null : Path.of(dir, folder, file);
        assumeTrue(p != null && Files.isRegularFile(p),
                "evaluation data not found (system property da.eval.dir=" + dir + "): skipping " + folder + "/" + file);
        return p;
    }
}
