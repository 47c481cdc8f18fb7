package ai.domainassist.testkit.contract;

import ai.domainassist.core.provider.Providers;
import ai.domainassist.core.provider.internal.anthropic.AnthropicProvider;
import ai.domainassist.testkit.ModelProviderContract;
import java.time.Clock;
import okhttp3.OkHttpClient;

/** The Anthropic Messages adapter over a real local HTTP server speaking that wire format. */
class AnthropicAdapterContractTest extends ModelProviderContract {

    @Override
    protected Backend backend(Scenario scenario) throws Exception {
        OkHttpClient http = AdapterBackend.http();
        WireFake wire = new WireFake(WireFake.Wire.ANTHROPIC, scenario);
        AnthropicProvider adapter = new AnthropicProvider(Providers.anthropicCompatible(wire.baseUrl(), "sk-contract")
                .toBuilder().defaultChatModel("contract-model").build(), http, Clock.systemUTC());
        return new AdapterBackend(adapter, http, wire, wire::clientGone);
    }

    @Override
    protected boolean closeReachesBackend() {
        return false;
    }
}
