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

    /** Short name of the table for documentation, e.g. "built-in country table (FIELD.md)". */
    String describe();

    /** No per-key defaults. */
    final class None implements EntryDefaults {
        @Override public List<String> defaultKeys() { return List.of(); }
        @Override public Map<String, Object> fieldDefaults(String key) { return Map.of(); }
        @Override public String describe() { return ""; }
    }
}
