package snippets;

import ai.domainassist.core.*;
import ai.domainassist.core.chat.*;
import ai.domainassist.core.provider.*;

/** The Java snippets of docs/core-trust.md, compiled here so that they cannot drift from the API (SnippetsTest matches them). */
@SuppressWarnings({"unused", "resource"})
final class CoreTrustSnippets {
    private CoreTrustSnippets() {
    }

    static void snippet1(ProviderSpec qwen, ProviderSpec deepSeek) {
        ModelInterceptor tenant = new ModelInterceptor() {            // application slot: label every call
            @Override
            public ChatResponse chat(ChatRequest request, Chain chain) {
                return chain.chat(request.toBuilder().task("tenant-42." + request.options().task()).build());
            }
        };
        ModelInterceptor thinking = new ModelInterceptor() {          // attempt slot: a provider parameter
            @Override
            public ChatResponse chat(ChatRequest request, Chain chain) {
                return chain.chat(chain.provider().equals("qwen")
                        ? request.toBuilder().extraParameter("enable_thinking", false).build() : request);
            }
        };
        ModelClient client = ModelClient.builder().provider(qwen).provider(deepSeek)
                .interceptor(tenant).attemptInterceptor(thinking).build();
    }
}
