package ai.domainassist.gov.llm;

import java.util.List;
import java.util.Map;

/** Public access to the JSON helpers of {@link ModelServer} for tests of other packages. */
public final class ModelServerAccess {
    private ModelServerAccess() {
    }

    public static Map<String, Object> map(Object... kv) {
        return ModelServer.map(kv);
    }

    public static List<Object> list(Object... xs) {
        return ModelServer.list(xs);
    }
}
