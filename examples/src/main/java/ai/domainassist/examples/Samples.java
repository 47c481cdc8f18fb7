package ai.domainassist.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The bundled sample data ({@code src/main/resources/samples}), as paths: a folder on disk when
 * the examples run from a build, a folder inside the jar otherwise. The command line reads the
 * same files from any folder a user gives it.
 *
 * <p>Thread-safe.
 */
public final class Samples {
    private static final String ROOT = "samples";

    private Samples() {
    }

    /**
     * A sample file or folder.
     *
     * @param relative the path under {@code samples/}, for example {@code claims/clm-2024-0611-outpatient}
     * @return its path (readable with {@link Files})
     * @throws IllegalArgumentException if there is no such sample
     * @throws UncheckedIOException if the jar holding the samples cannot be opened
     */
    public static Path path(String relative) {
        String name = ROOT + "/" + relative;
        URL url = Samples.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no bundled sample " + name);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/" + name);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad sample location " + url, e);
        }
    }

    /**
     * The text of a sample file.
     *
     * @param relative the path under {@code samples/}
     * @return the file's text (UTF-8)
     * @throws IllegalArgumentException if there is no such sample
     * @throws UncheckedIOException if it cannot be read
     */
    public static String text(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + relative, e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar holding the samples", e);
        }
    }
}
