package ai.domainassist.core.provider.internal.http;

import ai.domainassist.core.ErrorDetails;

/**
 * What an adapter knows about one call when something fails: provider, model and how to scrub
 * text before it reaches a message. Immutable and thread-safe.
 *
 * @param provider the provider's name
 * @param model the model asked for, or {@code null}
 * @param scrubber hides the key and prompt text
 */
public record CallContext(String provider, String model, Scrubber scrubber) {

    /** @return the error details known before any response */
    public ErrorDetails details() {
        return ErrorDetails.of(provider, model);
    }

    /**
     * @param status the HTTP status, or 0
     * @param code the provider's error code, or {@code null}
     * @param requestId the request id, or {@code null}
     * @return the error details with a response
     */
    public ErrorDetails details(int status, String code, String requestId) {
        return details().withResponse(status, code == null ? null : scrubber.scrub(code), requestId);
    }
}
