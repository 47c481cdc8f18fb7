package ai.domainassist.core.provider.internal.http;

import ai.domainassist.core.ErrorDetails;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What an adapter knows about one call when something fails: provider, model and how to scrub
 * text before it reaches a message. The scrubber may be given lazily: it is only needed when a
 * call fails, and collecting the prompt texts for it on every call cost a copy of each message.
 *
 * <p>Thread-safe: the lazy scrubber is made at most once per thread that first needs it (making
 * it twice is harmless: it is a pure function of the request).
 */
public final class CallContext {
    private final String provider;
    private final String model;
    private final Supplier<Scrubber> makeScrubber;
    private volatile Scrubber scrubber;

    /**
     * @param provider the provider's name
     * @param model the model asked for, or {@code null}
     * @param scrubber hides the key and prompt text
     */
    public CallContext(String provider, String model, Scrubber scrubber) {
        this.provider = provider;
        this.model = model;
        this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
        this.makeScrubber = null;
    }

    /**
     * @param provider the provider's name
     * @param model the model asked for, or {@code null}
     * @param scrubber makes the scrubber when a failure first needs it
     */
    public CallContext(String provider, String model, Supplier<Scrubber> scrubber) {
        this.provider = provider;
        this.model = model;
        this.makeScrubber = Objects.requireNonNull(scrubber, "scrubber");
    }

    /** @return the provider's name */
    public String provider() {
        return provider;
    }

    /** @return the model asked for, or {@code null} */
    public String model() {
        return model;
    }

    /** @return the scrubber that hides the key and prompt text */
    public Scrubber scrubber() {
        Scrubber s = scrubber;
        if (s == null) {
            s = Objects.requireNonNull(makeScrubber.get(), "scrubber");
            scrubber = s;
        }
        return s;
    }

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
        return details().withResponse(status, code == null ? null : scrubber().scrub(code), requestId);
    }

    @Override
    public String toString() {
        return "CallContext[provider=" + provider + ", model=" + model + "]";
    }
}
