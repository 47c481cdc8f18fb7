package ai.domainassist.core.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The start of every review page: the document type, the language, the charset, a
 * Content-Security-Policy that allows exactly the page's one inline stylesheet (by its SHA-256) and
 * nothing else (no script, font, image, frame, request), the title and the stylesheet.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageHead {
    private PageHead() {
    }

    /**
     * The page's policy.
     *
     * @param css the page's stylesheet
     * @return the Content-Security-Policy value
     */
    public static String csp(String css) {
        return "default-src 'none'; style-src '" + sha256(css) + "'; base-uri 'none'; form-action 'none'";
    }

    /**
     * Appends everything up to and including {@code <body>}.
     *
     * @param out where to write
     * @param lang the page's language ({@code zh-CN})
     * @param title the title (escaped here)
     * @param css the stylesheet (written as given: it is the page's own resource, never user data)
     */
    public static void write(StringBuilder out, String lang, String title, String css) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp(css)).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Domain Assistant SDK review report\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>").append(css).append("</style>\n</head>\n<body>\n");
    }

    /**
     * Reads a text resource (a stylesheet, say).
     *
     * @param owner the class whose loader and package resolve the name
     * @param name the resource name
     * @return its text (UTF-8)
     * @throws IllegalStateException if it is missing
     * @throws UncheckedIOException if it cannot be read
     */
    public static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (next to " + owner.getName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
