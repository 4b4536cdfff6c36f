package org.kempelen.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every scenario parameter with its path, type, unit, default, valid range and meaning, read
 * from the {@link Param} annotations of the scenario records. {@code describe} prints it and
 * docs/SCENARIOS.md is generated from it.
 */
public final class ParameterCatalog {
    /** One parameter. {@code path} uses {@code <country>}, {@code <category>}, ... for map keys and {@code [i]} for list items. */
    public record Entry(String path, String type, String unit, String defaultText, String range, String doc) {}

    private ParameterCatalog() {}

    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        walk(Scenario.class, "", null, out);
        return out;
    }

    /** Entries whose path starts with {@code prefix} (all when empty). */
    public static List<Entry> entries(String prefix) {
        return entries().stream().filter(e -> e.path().startsWith(prefix)).toList();
    }

    /**
     * The entry of a path as given to {@code --set} ({@code countries.PH.localHourlyWage},
     * {@code shocks.0.magnitude}), or null when no parameter has that path: a map key matches
     * its {@code <country>}-style placeholder, a list index its {@code [i]}.
     */
    public static Entry find(String setPath) {
        String[] given = setPath.split("\\.", -1);
        for (Entry e : entries()) {
            String[] parts = e.path().replace("[i]", ".[i]").split("\\.");
            if (parts.length != given.length) continue;
            boolean match = true;
            for (int i = 0; i < parts.length && match; i++) {
                if (parts[i].equals("[i]")) match = given[i].matches("\\d{1,9}");
                else if (!parts[i].startsWith("<")) match = parts[i].equals(given[i]);
            }
            if (match) return e;
        }
        return null;
    }

    private static void walk(Class<?> type, String prefix, EntryDefaults table, List<Entry> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            String path = Checks.join(prefix, c.getName());
            Type g = c.getGenericType();
            Class<?> raw = RecordBinder.rawClass(g);
            if (raw.isRecord()) {
                walk(raw, path, null, out);
            } else if (raw == Map.class && RecordBinder.rawClass(typeArg(g, 1)).isRecord()) {
                Class<?> keyType = RecordBinder.rawClass(typeArg(g, 0));
                String keyToken = keyType.isEnum() ? "<" + RecordBinder.enumNoun(keyType).replace(' ', '-') + ">" : "<country>";
                EntryDefaults entries = RecordBinder.entryTable(p);
                String keys = keyType.isEnum() ? String.join(", ", RecordBinder.enumNames(keyType)) : "ISO-3166 alpha-2 codes";
                String keysDefault = keyType.isEnum() && p.mergeKeys() ? "all"
                        : entries.defaultKeys().isEmpty() ? "none" : String.join(", ", entries.defaultKeys());
                out.add(new Entry(path, "mapping", "", keysDefault, "keys: " + keys, p.doc()));
                walk(RecordBinder.rawClass(typeArg(g, 1)), path + "." + keyToken, entries, out);
            } else if (raw == List.class && RecordBinder.rawClass(typeArg(g, 0)).isRecord()) {
                out.add(new Entry(path, "list", "", "[]", "", p.doc()));
                walk(RecordBinder.rawClass(typeArg(g, 0)), path + "[i]", null, out);
            } else {
                out.add(new Entry(path, typeName(g), p.unit(), defaultText(c, p, table), rangeWords(p, raw), p.doc()));
            }
        }
    }

    private static String defaultText(RecordComponent c, Param p, EntryDefaults table) {
        if (table != null && !table.defaultKeys().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String key : table.defaultKeys()) {
                Object v = table.fieldDefaults(key).get(c.getName());
                if (v != null) parts.add(key + "=" + v);
            }
            if (!parts.isEmpty()) {
                String perKey = String.join(", ", parts);
                return p.def().isEmpty() ? perKey : perKey + "; otherwise " + p.def();
            }
        }
        if (!p.def().isEmpty()) return p.def();
        Class<?> raw = c.getType();
        if (raw == List.class) return "[]";
        if (raw == Map.class) return "{}";
        return "required";
    }

    private static Type typeArg(Type t, int i) {
        return ((ParameterizedType) t).getActualTypeArguments()[i];
    }

    private static String typeName(Type t) {
        Class<?> raw = RecordBinder.rawClass(t);
        if (raw == double.class || raw == Double.class) return "number";
        if (raw == int.class || raw == long.class) return "integer";
        if (raw == boolean.class) return "boolean";
        if (raw == String.class) return "text";
        if (raw.isEnum()) return "one of " + String.join(", ", RecordBinder.enumNames(raw));
        if (raw == List.class) return "list of " + typeName(typeArg(t, 0));
        if (raw == Map.class) {
            Class<?> k = RecordBinder.rawClass(typeArg(t, 0));
            String key = k.isEnum() ? RecordBinder.enumNoun(k) : "country code";
            return "mapping " + key + " -> " + typeName(typeArg(t, 1));
        }
        return raw.getSimpleName();
    }

    /** Range as words for messages: "a number from 0 to 1", "a whole number >= 1". */
    static String rangeWords(Param p, Class<?> raw) {
        boolean whole = raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class;
        String noun = whole ? "a whole number" : "a number";
        if (raw == String.class && p.directoryName()) return InputLimits.NAME_RULE;
        if (raw == boolean.class || raw == String.class || raw.isEnum() || raw == List.class || raw == Map.class) {
            if (raw == Map.class && Double.isFinite(p.min())) return "values " + bounds(p);
            return "";
        }
        String b = bounds(p);
        return b.isEmpty() ? noun : noun + " " + b;
    }

    private static String bounds(Param p) {
        boolean lo = Double.isFinite(p.min());
        boolean hi = Double.isFinite(p.max());
        if (lo && hi && !p.minExclusive() && !p.maxExclusive()) return "from " + num(p.min()) + " to " + num(p.max());
        List<String> parts = new ArrayList<>();
        if (lo) parts.add((p.minExclusive() ? "> " : ">= ") + num(p.min()));
        if (hi) parts.add((p.maxExclusive() ? "< " : "<= ") + num(p.max()));
        return String.join(" and ", parts);
    }

    /** ", a number from 0 to 1" style suffix for "expected ..." messages. */
    static String rangeText(Param p, Class<?> raw) {
        String b = bounds(p);
        return b.isEmpty() ? "" : " " + b;
    }

    static String rangeSuffix(Param p, Class<?> raw) {
        String w = rangeWords(p, raw);
        String unit = p.unit().isEmpty() ? "" : p.unit();
        if (w.isEmpty() && unit.isEmpty()) return "";
        return " (" + (w.isEmpty() ? unit : w + (unit.isEmpty() ? "" : ", " + unit)) + ")";
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%s", v);
    }
}
