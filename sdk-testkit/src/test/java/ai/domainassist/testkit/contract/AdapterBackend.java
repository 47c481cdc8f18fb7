package ai.domainassist.testkit.contract;

import ai.domainassist.core.provider.ModelProvider;
import ai.domainassist.testkit.ModelProviderContract;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;

/** A wire adapter over its own OkHttp client and a local server, as a contract backend. */
final class AdapterBackend implements ModelProviderContract.Backend {
    private final ModelProvider provider;
    private final OkHttpClient http;
    private final AutoCloseable server;
    private final BooleanSupplier clientGone;

    AdapterBackend(ModelProvider provider, OkHttpClient http, AutoCloseable server, BooleanSupplier clientGone) {
        this.provider = provider;
        this.http = http;
        this.server = server;
        this.clientGone = clientGone;
    }

    /** @return an OkHttp client as the model client builder makes one, with timeouts for tests */
    static OkHttpClient http() {
        return new OkHttpClient.Builder().retryOnConnectionFailure(false).connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS).callTimeout(60, TimeUnit.SECONDS).build();
    }

    @Override
    public ModelProvider provider() {
        return provider;
    }

    @Override
    public boolean sawCancel() {
        return clientGone.getAsBoolean();
    }

    @Override
    public boolean sawClose() {
        return false; // an adapter owns nothing: the OkHttp client is the model client's
    }

    @Override
    public void close() throws Exception {
        provider.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        server.close();
    }
}
