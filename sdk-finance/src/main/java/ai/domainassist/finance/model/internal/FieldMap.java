package ai.domainassist.finance.model.internal;

import ai.domainassist.core.grounding.Grounded;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the flat field view ({@code path -> grounded value}) of an extracted document. Not thread-safe. */
public final class FieldMap {
    private final Map<String, Grounded<?>> map = new LinkedHashMap<>();

    /**
     * Adds a field when present.
     *
     * @param path the field path
     * @param value the value, possibly empty
     * @return this
     */
    public FieldMap put(String path, Optional<? extends Grounded<?>> value) {
        value.ifPresent(v -> map.put(path, v));
        return this;
    }

    /**
     * Adds a list of values as {@code path[0]}, {@code path[1]} ...
     *
     * @param path the list's path
     * @param values the values
     * @return this
     */
    public FieldMap putAll(String path, List<? extends Grounded<?>> values) {
        for (int i = 0; i < values.size(); i++) {
            map.put(path + "[" + i + "]", values.get(i));
        }
        return this;
    }

    /**
     * Adds one value.
     *
     * @param path the path
     * @param value the value
     * @return this
     */
    public FieldMap put(String path, Grounded<?> value) {
        map.put(path, value);
        return this;
    }

    /** @return an unmodifiable copy, in insertion order */
    public Map<String, Grounded<?>> build() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
