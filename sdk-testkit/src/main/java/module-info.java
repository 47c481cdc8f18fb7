/**
 * The test kit: a scripted {@code ModelProvider}, a fake OpenAI-compatible server over MockWebServer, and the
 * contract every {@code ModelProvider} passes.
 *
 * <p>Exports {@code ai.domainassist.testkit}; the wire helpers and the recordings' reader under
 * {@code internal} are not exported. MockWebServer is required transitively ({@code FakeOpenAiServer} hands out
 * its {@code MockResponse}); JUnit is optional ({@code requires static}: only {@code ModelProviderContract}
 * needs it), and the API package is opened to JUnit's commons so that the contract's inherited test methods
 * can be run reflectively on the module path.
 */
module ai.domainassist.testkit {
    requires transitive ai.domainassist.core;
    requires transitive mockwebserver3;
    requires static org.junit.jupiter.api;

    exports ai.domainassist.testkit;

    opens ai.domainassist.testkit to org.junit.platform.commons;
}
