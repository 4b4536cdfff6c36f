package org.kempelen.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds a tree of {@link Node}s to parameter records, filling defaults and collecting every
 * problem with its place in the file. What a record may hold is read from its components and
 * their {@link Param} annotations; nothing here knows about particular parameters.
 */
final class RecordBinder {
    static final Location DEFAULT = Location.of("(default)");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    /** Codes people use that ISO-3166 reserves for another: the United Kingdom is GB, Greece GR. */
    private static final Map<String, String> COUNTRY_ALIASES = Map.of("UK", "GB", "EL", "GR");

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    /** Binds {@code node} (a mapping) to a record of {@code type}; null when it has problems. */
    <R extends Record> R bindRecord(Class<R> type, Node node, String path, Map<String, Object> keyDefaults) {
        if (!(node instanceof Node.MapNode map)) {
            problems.add(new Problem(node.location(), path, "found " + node.describeType()
                    + ", expected a mapping with keys " + String.join(", ", componentNames(type))));
            return null;
        }
        RecordComponent[] comps = type.getRecordComponents();
        List<String> names = componentNames(type);
        for (var e : map.entries().values()) {
            if (!names.contains(e.key())) {
                problems.add(new Problem(e.keyLocation(), Checks.join(path, e.key()), "unknown key " + InputLimits.quote(e.key())
                        + Names.didYouMean(e.key(), names) + "; allowed here: " + String.join(", ", names)));
            }
        }
        Object[] values = new Object[comps.length];
        boolean ok = true;
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            Param param = c.getAnnotation(Param.class);
            if (param == null) throw new IllegalStateException(type.getName() + "." + c.getName() + " lacks @Param");
            String childPath = Checks.join(path, c.getName());
            Node child = map.get(c.getName());
            int before = problems.size();
            values[i] = child != null
                    ? bindValue(c.getGenericType(), param, child, childPath)
                    : bindDefault(c, param, keyDefaults.get(c.getName()), childPath, map.location());
            if (problems.size() > before) ok = false;
        }
        if (!ok) return null;
        R record = construct(type, values);
        if (record instanceof Checked checked) {
            checked.check(new Checks(map, path, problems));
        }
        return record;
    }

    private Object bindDefault(RecordComponent c, Param param, Object keyDefault, String path, Location parent) {
        Type t = c.getGenericType();
        Class<?> raw = rawClass(t);
        if (keyDefault != null) {
            return bindValue(t, param, fromDefault(keyDefault), path);
        }
        if (!param.def().isEmpty()) {
            return bindValue(t, param, fromDefault(param.def()), path);
        }
        if (raw.isRecord()) {
            return bindValue(t, param, Node.MapNode.empty(parent), path);
        }
        if (raw == List.class) {
            return List.of();
        }
        if (raw == Map.class) {
            EntryDefaults table = entryTable(param);
            Node.MapNode empty = Node.MapNode.empty(parent);
            for (String key : table.defaultKeys()) {
                empty.entries().put(key, new Node.MapNode.Entry(key, parent, Node.MapNode.empty(parent)));
            }
            return bindValue(t, param, empty, path);
        }
        problems.add(new Problem(parent, path, "missing required parameter '" + c.getName() + "'"
                + ParameterCatalog.rangeSuffix(param, raw) + ": " + param.doc()));
        return null;
    }

    private static Node fromDefault(Object value) {
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            for (Object o : list) items.add(fromDefault(o));
            return new Node.ListNode(DEFAULT, items);
        }
        if (value instanceof Map<?, ?> m) {
            Node.MapNode node = Node.MapNode.empty(DEFAULT);
            m.forEach((k, v) -> node.entries().put(k.toString(), new Node.MapNode.Entry(k.toString(), DEFAULT, fromDefault(v))));
            return node;
        }
        try {
            return YamlReader.parseValue(value.toString(), DEFAULT.source());
        } catch (ScenarioException e) {
            throw new IllegalStateException("bad built-in default '" + value + "'", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object bindValue(Type type, Param param, Node node, String path) {
        Class<?> raw = rawClass(type);
        if (raw == double.class || raw == Double.class) return bindDouble(param, node, path);
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            Long v = bindWhole(param, node, path, raw == int.class || raw == Integer.class);
            if (v == null) return null;
            return (raw == int.class || raw == Integer.class) ? (Object) v.intValue() : (Object) v;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (node instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.BOOLEAN) {
                return isTrue(s.text());
            }
            return wrong(node, path, "true or false");
        }
        if (raw == String.class) {
            if (node instanceof Node.ScalarNode s && s.kind() != Node.ScalarNode.Kind.NULL) {
                String problem = param.directoryName() ? InputLimits.nameProblem(s.text(), InputLimits.MAX_NAME) : null;
                if (problem == null) return s.text();
                problems.add(new Problem(s.location(), path, problem));
                return null;
            }
            if (node instanceof Node.ScalarNode s) return "";
            return wrong(node, path, "text");
        }
        if (raw.isEnum()) return bindEnum((Class<? extends Enum>) raw, node, path);
        if (raw.isRecord()) return bindRecord((Class<? extends Record>) raw, node, path, Map.of());
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (!(node instanceof Node.ListNode list)) return wrong(node, path, "a list");
            List<Object> out = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < list.items().size(); i++) {
                Object v = bindValue(element, param, list.items().get(i), path + "[" + i + "]");
                if (v == null) ok = false;
                out.add(v);
            }
            return ok ? Collections.unmodifiableList(out) : null;
        }
        if (raw == Map.class) return bindMap((ParameterizedType) type, param, node, path);
        throw new IllegalStateException("unsupported parameter type " + type + " at " + path);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object bindMap(ParameterizedType type, Param param, Node node, String path) {
        Class<?> keyType = rawClass(type.getActualTypeArguments()[0]);
        Type valueType = type.getActualTypeArguments()[1];
        if (!(node instanceof Node.MapNode map)) return wrong(node, path, "a mapping");
        EntryDefaults table = entryTable(param);
        Map<Object, Object> out = keyType.isEnum() ? new EnumMap(keyType) : new LinkedHashMap<>();
        Map<String, Node.MapNode.Entry> entries = new LinkedHashMap<>();
        if (param.mergeKeys()) {
            for (Object constant : keyType.getEnumConstants()) {
                String k = ((Enum<?>) constant).name();
                entries.put(k, new Node.MapNode.Entry(k, map.location(), Node.MapNode.empty(map.location())));
            }
        }
        entries.putAll(map.entries());
        boolean ok = true;
        for (var e : entries.values()) {
            String childPath = Checks.join(path, e.key());
            Object key;
            if (keyType.isEnum()) {
                key = enumConstant((Class<? extends Enum>) keyType, e.key());
                if (key == null) {
                    problems.add(new Problem(e.keyLocation(), childPath, "unknown " + enumNoun(keyType) + " " + InputLimits.quote(e.key())
                            + Names.didYouMean(e.key(), enumNames(keyType)) + "; allowed: " + String.join(", ", enumNames(keyType))));
                    ok = false;
                    continue;
                }
            } else if (param.countryKeys()) {
                if (!ISO_COUNTRIES.contains(e.key())) {
                    problems.add(new Problem(e.keyLocation(), childPath, "unknown country code " + InputLimits.quote(e.key())
                            + countrySuggestion(e.key(), table.defaultKeys())
                            + "; allowed: ISO-3166 alpha-2 codes in capitals, such as US, DE, PH"));
                    ok = false;
                    continue;
                }
                key = e.key();
            } else {
                key = e.key();
            }
            Object value = rawClass(valueType).isRecord()
                    ? bindRecord((Class<? extends Record>) rawClass(valueType), e.value(), childPath, table.fieldDefaults(e.key()))
                    : bindValue(valueType, param, e.value(), childPath);
            if (value == null) {
                ok = false;
            } else {
                out.put(key, value);
            }
        }
        return ok ? Collections.unmodifiableMap(out) : null;
    }

    private Double bindDouble(Param param, Node node, String path) {
        String expected = "a number" + ParameterCatalog.rangeText(param, double.class);
        if (!(node instanceof Node.ScalarNode s)) return (Double) wrong(node, path, expected);
        if (s.kind() != Node.ScalarNode.Kind.INTEGER && s.kind() != Node.ScalarNode.Kind.DECIMAL) {
            if (s.kind() == Node.ScalarNode.Kind.STRING && isNonFinite(s.text())) return (Double) nonFinite(s, path, "a finite number" + ParameterCatalog.rangeText(param, double.class));
            return (Double) wrong(node, path, expected);
        }
        if (isNonFinite(s.text())) return (Double) nonFinite(s, path, "a finite number" + ParameterCatalog.rangeText(param, double.class));
        BigDecimal n = numberValue(s);
        if (n == null) return (Double) wrong(node, path, expected);
        double v = n.doubleValue();
        if (!Double.isFinite(v)) return (Double) nonFinite(s, path, "a finite number" + ParameterCatalog.rangeText(param, double.class));
        return inRange(param, v, s, path, double.class) ? v : null;
    }

    private Long bindWhole(Param param, Node node, String path, boolean isInt) {
        Class<?> raw = isInt ? int.class : long.class;
        String expected = "a whole number" + ParameterCatalog.rangeText(param, raw);
        if (node instanceof Node.ScalarNode s && s.kind() != Node.ScalarNode.Kind.INTEGER
                && (s.kind() == Node.ScalarNode.Kind.STRING || s.kind() == Node.ScalarNode.Kind.DECIMAL) && isNonFinite(s.text())) {
            return (Long) nonFinite(s, path, expected);
        }
        if (!(node instanceof Node.ScalarNode s) || s.kind() != Node.ScalarNode.Kind.INTEGER) {
            return (Long) wrong(node, path, expected);
        }
        BigDecimal n = numberValue(s);
        if (n == null) return (Long) wrong(node, path, expected);
        BigInteger v = n.toBigInteger();
        BigInteger lo = BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
        BigInteger hi = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
        if (v.compareTo(lo) < 0 || v.compareTo(hi) > 0) {
            // Beyond what the parameter can hold; its declared range may be open on that side.
            String words = ParameterCatalog.rangeWords(param, raw);
            String allowed = Double.isFinite(param.max()) && Double.isFinite(param.min()) ? words
                    : !Double.isFinite(param.min()) && !Double.isFinite(param.max()) ? "a whole number from " + lo + " to " + hi
                    : Double.isFinite(param.min()) ? words + " and <= " + hi : words + " and >= " + lo;
            problems.add(new Problem(s.location(), path, "found " + s.text() + ", allowed " + allowed));
            return null;
        }
        long value = v.longValue();
        return inRange(param, value, s, path, raw) ? value : null;
    }

    /**
     * The value of a YAML number as the YAML parser reads it: underscores are ignored, a sign is
     * allowed, and whole numbers may be written 0x1F (hex), 0b101 (binary) or 017 (octal, YAML 1.1).
     * Null when the text is no finite number.
     */
    static BigDecimal numberValue(Node.ScalarNode s) {
        String t = s.text().replace("_", "").trim();
        try {
            if (s.kind() == Node.ScalarNode.Kind.DECIMAL) return new BigDecimal(t);
            boolean negative = t.startsWith("-");
            String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
            BigInteger v;
            if (body.startsWith("0x") || body.startsWith("0X")) v = new BigInteger(body.substring(2), 16);
            else if (body.startsWith("0b") || body.startsWith("0B")) v = new BigInteger(body.substring(2), 2);
            else if (body.length() > 1 && body.startsWith("0")) v = new BigInteger(body.substring(1), 8);
            else v = new BigInteger(body);
            return new BigDecimal(negative ? v.negate() : v);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private Object nonFinite(Node.ScalarNode s, String path, String expected) {
        problems.add(new Problem(s.location(), path, "found " + s.text() + "; NaN and infinite numbers are not allowed, give " + expected));
        return null;
    }

    private boolean inRange(Param param, double v, Node.ScalarNode s, String path, Class<?> raw) {
        boolean low = param.minExclusive() ? v > param.min() : v >= param.min();
        boolean high = param.maxExclusive() ? v < param.max() : v <= param.max();
        if (low && high) return true;
        problems.add(new Problem(s.location(), path, "found " + s.text() + ", allowed " + ParameterCatalog.rangeWords(param, raw)));
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object bindEnum(Class<? extends Enum> type, Node node, String path) {
        List<String> names = enumNames(type);
        if (node instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.STRING) {
            Object v = enumConstant(type, s.text());
            if (v != null) return v;
            problems.add(new Problem(s.location(), path, "unknown " + enumNoun(type) + " " + InputLimits.quote(s.text())
                    + Names.didYouMean(s.text(), names) + "; allowed: " + String.join(", ", names)));
            return null;
        }
        return wrong(node, path, "one of " + String.join(", ", names));
    }

    private Object wrong(Node node, String path, String expected) {
        problems.add(new Problem(node.location(), path, "found " + node.describeType() + ", expected " + expected));
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<? extends Enum> type, String name) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum) c).name().equals(name)) return c;
        }
        return null;
    }

    static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** "data category" for DataCategory, used in messages. */
    static String enumNoun(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** YAML's true: true, yes and on in any case (the parser has already decided that the value is a boolean). */
    static boolean isTrue(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("on");
    }

    /** " (did you mean 'PH'?)" for a country code in the wrong case, a common mistake, or a near table key. */
    private static String countrySuggestion(String given, List<String> tableKeys) {
        String upper = given.toUpperCase(Locale.ROOT);
        if (ISO_COUNTRIES.contains(upper)) return " (did you mean '" + upper + "'?)";
        if (COUNTRY_ALIASES.containsKey(upper)) return " (did you mean '" + COUNTRY_ALIASES.get(upper) + "'?)";
        return Names.didYouMean(given, tableKeys);
    }

    private static boolean isNonFinite(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
        return Set.of("nan", ".nan", "inf", ".inf", "infinity").contains(t);
    }

    static List<String> componentNames(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    static EntryDefaults entryTable(Param param) {
        try {
            return param.entries().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new IllegalStateException("unsupported type " + t);
    }

    private static <R extends Record> R construct(Class<R> type, Object[] values) {
        try {
            Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
