package ai.domainassist.retrieval.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared evaluation data ({@code da.eval.dir}); skips the calling test when it is absent. */
public final class EvalData {
    private EvalData() {
    }

    /**
     * @param relative a file under the evaluation folder
     * @return its path
     * @throws org.opentest4j.TestAbortedException (skips the test) when the folder or file is absent
     */
    public static Path require(String relative) {
        String dir = System.getProperty("da.eval.dir");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                "evaluation data not configured (system property da.eval.dir unset): skipping " + relative);
        Path file = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "evaluation data absent (" + file + " not found): skipping this measurement");
        return file;
    }
}
