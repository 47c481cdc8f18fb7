package ai.domainassist.examples.cli.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a batch: a file, or a folder (a claim).
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the item's name in the journal, the progress and the summary: its path relative to the
 *     batch's root, with {@code /} separators (the file name for a single input)
 * @param input the file or folder to read
 * @param outputStem the output's path relative to the output folder, without the format's extension
 */
public record BatchItem(String key, Path input, String outputStem) {
    /** @throws NullPointerException if a component is {@code null} */
    public BatchItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(outputStem, "outputStem");
    }
}
