package ai.domainassist.testkit.contract;

import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.provider.internal.openai.OpenAiProvider;
import ai.domainassist.testkit.FakeOpenAiServer;
import ai.domainassist.testkit.ModelProviderContract;
import java.time.Clock;
import okhttp3.OkHttpClient;

/** The OpenAI-compatible adapter over a real local HTTP server: the test kit's fake, and a stalling one. */
class OpenAiAdapterContractTest extends ModelProviderContract {

    @Override
    protected Backend backend(Scenario scenario) throws Exception {
        OkHttpClient http = AdapterBackend.http();
        if (scenario == Scenario.STALL) {
            WireFake wire = new WireFake(WireFake.Wire.OPENAI, scenario);
            return new AdapterBackend(adapter(wire.baseUrl(), http), http, wire, wire::clientGone);
        }
        FakeOpenAiServer server = FakeOpenAiServer.start();
        if (scenario == Scenario.ANSWER) {
            server.enqueueStream(CHUNKS, USAGE);
        } else {
            server.enqueueError(400, "invalid_request_error", null, "the contract's invalid request");
        }
        return new AdapterBackend(adapter(server.baseUrl(), http), http, server, () -> false);
    }

    private static OpenAiProvider adapter(String baseUrl, OkHttpClient http) {
        return new OpenAiProvider(Providers.openAiCompatible(baseUrl, "sk-contract").toBuilder()
                .defaultChatModel("contract-model").build(), http, Clock.systemUTC());
    }

    @Override
    protected boolean closeReachesBackend() {
        return false;
    }
}
