package ai.domainassist.core.provider.internal.http;

/**
 * Thrown by the readers of a response ({@link SseParser}, the stream session, the JSON body
 * reader) when the server sent more than a {@link ResponseLimits} bound allows; the transport
 * turns it into a {@link ai.domainassist.core.MalformedResponseException} and closes the
 * connection. Its message names the bound and the setting, never the content.
 */
public final class ResponseLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what what was too long, in words
     * @param limit the bound in bytes
     * @param setting the client builder setting that raises it
     */
    public ResponseLimitException(String what, long limit, String setting) {
        super(what + " exceeds " + limit + " bytes (" + setting + ")");
    }
}
