package ai.domainassist.examples.claims;

import ai.domainassist.core.text.TextDecoding;
import ai.domainassist.finance.model.ClaimBundle;
import ai.domainassist.finance.model.ClaimDocument;
import ai.domainassist.finance.model.InsurancePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A claim as a folder on disk: the materials as OCR text ({@code .txt}) or OCR key-value JSON
 * ({@code .json}), one file each, in file-name order; and {@code policy.json}, the policy the claim
 * is made under ({@link PolicyFile}). The claim id is the folder's name, a document's id its file
 * name without the extension. Files starting with a dot or named {@code README*} are ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param folder the folder
 * @param bundle the claim bundle
 * @param policy the policy
 */
public record ClaimFolder(Path folder, ClaimBundle bundle, InsurancePolicy policy) {
    /** The policy file's name inside a claim folder. */
    public static final String POLICY_FILE = "policy.json";

    /**
     * Whether a folder looks like one claim (it holds a {@code policy.json}).
     *
     * @param folder the folder
     * @return {@code true} if it holds the policy file
     */
    public static boolean isClaim(Path folder) {
        return Files.isRegularFile(folder.resolve(POLICY_FILE));
    }

    /**
     * Reads a claim folder.
     *
     * @param folder the folder
     * @return the claim
     * @throws ClaimFolderException if the policy file is missing or malformed, or there is no document
     * @throws UncheckedIOException if a file cannot be read
     */
    public static ClaimFolder read(Path folder) {
        return read(folder, null);
    }

    /**
     * Reads a claim folder whose text files are in a stated encoding.
     *
     * @param folder the folder
     * @param encoding the encoding of its .txt and .json files, or {@code null} to detect it (UTF-8,
     *     UTF-16 with BOM, else GB18030)
     * @return the claim
     * @throws ClaimFolderException if it has no policy.json, no document, or a file is not text in that encoding
     * @throws UncheckedIOException if a file cannot be read
     */
    public static ClaimFolder read(Path folder, Charset encoding) {
        Path policyFile = folder.resolve(POLICY_FILE);
        if (!Files.isRegularFile(policyFile)) {
            throw new ClaimFolderException("no " + POLICY_FILE + " in claim folder " + folder, null);
        }
        InsurancePolicy policy = PolicyFile.read(policyFile);
        List<ClaimDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.equals(POLICY_FILE) || name.startsWith(".") || lower.startsWith("readme")) {
                    continue;
                }
                int dot = name.lastIndexOf('.');
                String id = dot > 0 ? name.substring(0, dot) : name;
                String content = decode(file, encoding);
                if (lower.endsWith(".json")) {
                    documents.add(ClaimDocument.ocrJson(id, content));
                } else if (lower.endsWith(".txt")) {
                    documents.add(ClaimDocument.ocrText(id, content));
                } else {
                    continue;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read claim folder " + folder, e);
        }
        if (documents.isEmpty()) {
            throw new ClaimFolderException("claim folder " + folder + " holds no .txt or .json document", null);
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String claimId = name == null ? "claim" : name.toString().replaceAll("/+$", "");
        return new ClaimFolder(folder, ClaimBundle.of(claimId, documents), policy);
    }

    private static String decode(Path file, Charset encoding) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return encoding == null ? TextDecoding.decode(bytes).text() : TextDecoding.decode(bytes, encoding);
        } catch (IllegalArgumentException e) {
            throw new ClaimFolderException(file + ": " + e.getMessage(), e);
        }
    }
}
