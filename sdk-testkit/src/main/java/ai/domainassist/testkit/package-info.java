/**
 * Test support for applications built on the SDK: unit-test code that uses a model without a
 * network or a model server.
 *
 * <ul>
 *   <li>{@link ai.domainassist.testkit.ScriptedModelProvider}: a fake
 *       {@link ai.domainassist.core.provider.ModelProvider} to plug under the real pipeline,
 *       answering from a script of {@link ai.domainassist.testkit.Answer}s, in order or by
 *       {@link ai.domainassist.testkit.ChatRequestMatchers matching} the request.</li>
 *   <li>{@link ai.domainassist.testkit.FakeOpenAiServer}: a fake OpenAI-compatible HTTP server
 *       replaying {@link ai.domainassist.testkit.Recording recorded} exchanges or generated
 *       answers, for testing the HTTP path too; what the client sent is kept as
 *       {@link ai.domainassist.testkit.ReceivedRequest}s.</li>
 * </ul>
 */
package ai.domainassist.testkit;
