package org.kempelen.scenario;

import java.util.List;
import java.util.Map;

/**
 * Per-key defaults for a map of records, e.g. the built-in country table: which keys a map
 * holds when the scenario does not mention it, and the field values of each known key.
 */
public interface EntryDefaults {
    /** Keys present when the scenario omits the map, in output order. */
    List<String> defaultKeys();

    /** Field defaults for one key (empty when the key is not in the table). Values are YAML scalars as text, or lists. */
    Map<String, Object> fieldDefaults(String key);

    /** The row of an enum-keyed table for {@code key}, or an empty map when the key names no constant. */
    static <E extends Enum<E>> Map<String, Object> enumRow(Map<E, Map<String, Object>> rows, Class<E> type, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) return rows.getOrDefault(constant, Map.of());
        }
        return Map.of();
    }

    /** No per-key defaults. */
    final class None implements EntryDefaults {
        @Override public List<String> defaultKeys() { return List.of(); }
        @Override public Map<String, Object> fieldDefaults(String key) { return Map.of(); }
    }
}
