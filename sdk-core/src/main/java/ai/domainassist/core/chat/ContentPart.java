package ai.domainassist.core.chat;

import java.util.Objects;

/**
 * One part of a message's content: text, or an image for vision models.
 *
 * <p>All implementations are immutable records and thread-safe.
 */
public sealed interface ContentPart permits ContentPart.Text, ContentPart.ImageUrl, ContentPart.ImageData {

    /**
     * A text part.
     *
     * @param text the text; never {@code null}
     */
    record Text(String text) implements ContentPart {
        /**
         * Checks and normalises the components.
         *
         * @param text the text; never {@code null}
         * @throws NullPointerException if {@code text} is {@code null}
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        /** @return the length only, never the text (personal data must not reach a log line) */
        @Override
        public String toString() {
            return "Text[" + text.length() + " chars]";
        }
    }

    /**
     * An image the provider fetches by URL (or a {@code data:} URL).
     *
     * @param url the image URL; never {@code null}
     * @param detail the detail level some providers accept ({@code low}, {@code high}, {@code auto}),
     *     or {@code null} for the provider's default
     */
    record ImageUrl(String url, String detail) implements ContentPart {
        /**
         * Checks and normalises the components.
         *
         * @param url the image URL; never {@code null}
         * @param detail the detail level some providers accept ({@code low}, {@code high}, {@code auto}), or {@code null} for the provider's default
         * @throws NullPointerException if {@code url} is {@code null}
         */
        public ImageUrl {
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * An image sent inline, base64-encoded.
     *
     * @param mediaType the MIME type, for example {@code image/png}
     * @param base64 the image bytes in base64, without a {@code data:} prefix
     */
    record ImageData(String mediaType, String base64) implements ContentPart {
        /**
         * Checks and normalises the components.
         *
         * @param mediaType the MIME type, for example {@code image/png}
         * @param base64 the image bytes in base64, without a {@code data:} prefix
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if {@code mediaType} is not an {@code image/} type
         */
        public ImageData {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(base64, "base64");
            if (!mediaType.startsWith("image/")) {
                throw new IllegalArgumentException("mediaType must be an image/ type, was " + mediaType);
            }
        }
    }

    /**
     * A text part.
     *
     * @param text the text
     * @return the part
     */
    static ContentPart text(String text) {
        return new Text(text);
    }

    /**
     * An image by URL with the provider's default detail.
     *
     * @param url the URL
     * @return the part
     */
    static ContentPart imageUrl(String url) {
        return new ImageUrl(url, null);
    }

    /**
     * An inline base64 image.
     *
     * @param mediaType the MIME type, for example {@code image/jpeg}
     * @param base64 the image bytes in base64
     * @return the part
     */
    static ContentPart imageData(String mediaType, String base64) {
        return new ImageData(mediaType, base64);
    }
}
