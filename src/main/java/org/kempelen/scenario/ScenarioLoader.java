package org.kempelen.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file, applies {@code --set} overrides, fills defaults and validates, and
 * writes the resolved scenario back as YAML.
 */
public final class ScenarioLoader {
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .build();

    private ScenarioLoader() {}

    /** Loads {@code file} with overrides of the form {@code path=value}. */
    public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        return load(file, file.toAbsolutePath().normalize(), ScenarioFiles.DISK, overrides);
    }

    /** Loads {@code file} (at {@code absolute}) and its bases from {@code files}. */
    static Scenario load(Path file, Path absolute, ScenarioFiles files, List<String> overrides) throws ScenarioException {
        return bind(Inheritance.tree(file, absolute, files), file.toString(), InputLimits.stem(file, InputLimits.MAX_NAME), overrides);
    }

    /** Loads scenario text; {@code defaultName} is used when the text gives no name. */
    public static Scenario fromText(String text, String source, String defaultName, List<String> overrides) throws ScenarioException {
        Node root = YamlReader.parse(text, source);
        if (root instanceof Node.MapNode map) root = Inheritance.compose(map, null, List.of(), ScenarioFiles.DISK);
        return bind(root, source, defaultName, overrides);
    }

    private static Scenario bind(Node root, String source, String defaultName, List<String> overrides) throws ScenarioException {
        Node.MapNode map = YamlReader.mapping(root, "a scenario is a mapping of parameters such as name, seed, days, population, countries, platform");
        List<String> topKeys = RecordBinder.componentNames(Scenario.class);
        // Not a scenario at all (say a docker-compose file) when no key is, or is a misspelling of, a scenario parameter.
        if (!map.entries().isEmpty() && map.entries().keySet().stream().noneMatch(k -> topKeys.contains(k) || Names.nearest(k, topKeys) != null)) {
            throw new ScenarioException(new Problem(root.location(), "", "this is not a Kempelen scenario: none of its keys ("
                    + String.join(", ", map.entries().keySet()) + ") is a scenario parameter; expected keys such as "
                    + String.join(", ", topKeys)));
        }
        List<Problem> problems = new ArrayList<>();
        for (String o : overrides) applyOverride(map, o, problems);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        if (map.get("name") == null || (map.get("name") instanceof Node.ScalarNode s && s.text().isEmpty())) {
            Location l = Location.of(source);
            map.entries().put("name", new Node.MapNode.Entry("name", l, new Node.ScalarNode(l, Node.ScalarNode.Kind.STRING, defaultName)));
        }
        inheritPlatform(map, problems);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        RecordBinder binder = new RecordBinder();
        Scenario scenario = binder.bindRecord(Scenario.class, map, "", Map.of());
        if (!binder.problems().isEmpty() || scenario == null) {
            // File order first; problems from --set (no line) after them, in the order found.
            List<Problem> all = new ArrayList<>(binder.problems());
            all.sort(Comparator.comparing((Problem p) -> !p.location().source().equals(source))
                    .thenComparingInt(p -> p.location().line())
                    .thenComparingInt(p -> p.location().column()));
            throw new ScenarioException(all);
        }
        List<Problem> changes = changeProblems(scenario, map.get("policyChanges"));
        if (!changes.isEmpty()) throw new ScenarioException(changes);
        return scenario;
    }

    /**
     * The scenario in force from the start of recorded day {@code day}: {@code scenario} with its
     * policy changes dated on or before that day applied in day order (ties in file order), as
     * {@code --set} applies them to the resolved scenario. The result lists no policy changes.
     */
    public static Scenario inForce(Scenario scenario, int day) {
        List<String> sets = scenario.policyChanges().stream().filter(c -> c.day() <= day)
                .sorted(Comparator.comparingInt(PolicyChange::day)).map(PolicyChange::set).toList();
        try {
            return withChanges(scenario, sets);
        } catch (ScenarioException e) {
            throw new IllegalStateException("policy changes checked when the scenario was loaded no longer apply: " + e.getMessage(), e);
        }
    }

    /** {@code scenario} resolved, without its policy changes, with {@code sets} applied as {@code --set} overrides. */
    public static Scenario withChanges(Scenario scenario, List<String> sets) throws ScenarioException {
        return rebind(scenario, List.of(), sets);
    }

    /** {@code scenario} with {@code changes} as its policy changes (each checked as when a file gives it). */
    public static Scenario withPolicyChanges(Scenario scenario, List<PolicyChange> changes) {
        try {
            return rebind(scenario, changes, List.of());
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Scenario rebind(Scenario scenario, List<PolicyChange> changes, List<String> sets) throws ScenarioException {
        Map<String, Object> tree = new LinkedHashMap<>(castTree(toTree(scenario)));
        tree.put("policyChanges", toTree(changes));
        String yaml;
        try {
            yaml = YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return fromText(yaml, "scenario " + scenario.name(), scenario.name(), sets);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castTree(Object tree) {
        return (Map<String, Object>) tree;
    }

    /**
     * Each policy change's value applied, in day order, on top of those before it: a change whose
     * value the parameter cannot take is reported where it stands in the file.
     */
    private static List<Problem> changeProblems(Scenario scenario, Node listNode) {
        List<Problem> problems = new ArrayList<>();
        List<PolicyChange> changes = scenario.policyChanges();
        if (changes.isEmpty()) return problems;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt(i -> changes.get(i).day()));
        List<String> sets = new ArrayList<>();
        for (int i : order) {
            sets.add(changes.get(i).set());
            try {
                withChanges(scenario, sets);
            } catch (ScenarioException e) {
                Location at = listNode instanceof Node.ListNode l && l.items().get(i) instanceof Node.MapNode m && m.get("set") != null
                        ? m.get("set").location() : listNode == null ? Location.of("policyChanges") : listNode.location();
                for (Problem p : e.problems()) {
                    problems.add(new Problem(at, "policyChanges[" + i + "].set", (p.path().isEmpty() ? "" : p.path() + ": ") + p.message()));
                }
                return problems;
            }
        }
        return problems;
    }

    /**
     * Each of {@code platforms}' entries with {@code platform} merged under it (as {@code extends}
     * merges files, so every value keeps its place in the file) and named by its key: a further
     * platform gives only what differs from the first (docs/ODD.md 7.10).
     */
    private static void inheritPlatform(Node.MapNode root, List<Problem> problems) {
        if (root.get("platform") instanceof Node.MapNode own && own.get(Inheritance.KEY) instanceof Node.MapNode base) {
            root.entries().put("platform", new Node.MapNode.Entry("platform", root.entries().get("platform").keyLocation(),
                    Inheritance.merge(base, withoutBase(own))));
        }
        if (!(root.get("platforms") instanceof Node.MapNode platforms)) return;
        Node.MapNode first = root.get("platform") instanceof Node.MapNode m ? m : Node.MapNode.empty(platforms.location());
        for (var e : List.copyOf(platforms.entries().values())) {
            if (!(e.value() instanceof Node.MapNode own)) continue;
            if (own.get("name") instanceof Node.ScalarNode n && !n.text().equals(e.key())) {
                problems.add(new Problem(n.location(), "platforms." + e.key() + ".name", "found " + InputLimits.quote(n.text())
                        + "; a platform under platforms is named by its key ('" + e.key() + "'): leave name out"));
                continue;
            }
            // From its own preset's platform (extends: FILE), else from the first platform.
            Node.MapNode merged = own.get(Inheritance.KEY) instanceof Node.MapNode base
                    ? Inheritance.merge(base, withoutBase(own)) : Inheritance.merge(first, own);
            merged.entries().put("name", new Node.MapNode.Entry("name", e.keyLocation(),
                    new Node.ScalarNode(e.keyLocation(), Node.ScalarNode.Kind.STRING, e.key())));
            platforms.entries().put(e.key(), new Node.MapNode.Entry(e.key(), e.keyLocation(), merged));
        }
    }

    private static Node.MapNode withoutBase(Node.MapNode platform) {
        Node.MapNode own = Node.MapNode.empty(platform.location());
        platform.entries().forEach((k, e) -> { if (!k.equals(Inheritance.KEY)) own.entries().put(k, e); });
        return own;
    }

    /** Applies one {@code path=value} override onto the tree, creating mappings as needed. */
    static void applyOverride(Node.MapNode root, String override, List<Problem> problems) {
        String source = "--set " + override;
        int eq = override.indexOf('=');
        if (eq <= 0) {
            problems.add(new Problem(Location.of(source), "", "expected PATH=VALUE, e.g. platform.commission=0.2"));
            return;
        }
        String path = override.substring(0, eq).trim();
        if (path.isEmpty() || java.util.Arrays.asList(path.split("\\.", -1)).contains("")) {
            problems.add(new Problem(Location.of(source), "", "'" + path + "' is not a parameter path; expected PATH=VALUE, e.g. platform.commission=0.2"));
            return;
        }
        Node value;
        try {
            value = relocate(YamlReader.parseValue(override.substring(eq + 1), source), Location.of(source));
        } catch (ScenarioException e) {
            problems.add(new Problem(Location.of(source), path, e.problems().get(0).message()));
            return;
        }
        String[] parts = path.split("\\.");
        Node current = root;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (current instanceof Node.MapNode m) {
                if (last) {
                    m.entries().put(part, new Node.MapNode.Entry(part, Location.of(source), value));
                    return;
                }
                if (m.get(part) == null && parts[i + 1].matches("\\d+")) {
                    problems.add(new Problem(Location.of(source), path, "cannot set item " + parts[i + 1] + " of '"
                            + String.join(".", java.util.Arrays.copyOf(parts, i + 1)) + "': it is not given in the file; set the whole list, e.g. --set "
                            + String.join(".", java.util.Arrays.copyOf(parts, i + 1)) + "=[...]"));
                    return;
                }
                Node next = m.get(part);
                if (next == null) {
                    Node.MapNode created = Node.MapNode.empty(Location.of(source));
                    // Overriding one entry of a map the file left to its defaults (countries) changes that entry, not the set.
                    for (String key : defaultKeys(parts, i)) {
                        created.entries().put(key, new Node.MapNode.Entry(key, Location.of(source), Node.MapNode.empty(Location.of(source))));
                    }
                    next = created;
                    m.entries().put(part, new Node.MapNode.Entry(part, Location.of(source), next));
                }
                current = next;
            } else if (current instanceof Node.ListNode l && part.matches("\\d{1,9}") && Integer.parseInt(part) < l.items().size()) {
                int index = Integer.parseInt(part);
                if (last) {
                    l.items().set(index, value);
                    return;
                }
                current = l.items().get(index);
            } else {
                problems.add(new Problem(Location.of(source), path, "cannot set '" + part + "': '"
                        + String.join(".", java.util.Arrays.copyOf(parts, i)) + "' is " + current.describeType()
                        + (current instanceof Node.ListNode l ? listHint(l) : "")));
                return;
            }
        }
    }

    /**
     * Default keys of the map at {@code parts[0..i]} when it is a map whose file entry replaces
     * its defaults (e.g. countries); empty for anything else.
     */
    private static List<String> defaultKeys(String[] parts, int i) {
        Class<?> type = Scenario.class;
        for (int j = 0; j <= i; j++) {
            if (type == null || !type.isRecord()) return List.of();
            RecordComponent comp = null;
            for (RecordComponent c : type.getRecordComponents()) if (c.getName().equals(parts[j])) comp = c;
            if (comp == null) return List.of();
            Param param = comp.getAnnotation(Param.class);
            if (comp.getType() == Map.class) {
                if (j == i) return param.mergeKeys() ? List.of() : RecordBinder.entryTable(param).defaultKeys();
                // parts[j + 1] is a key; continue with the value type after it.
                type = RecordBinder.rawClass(((java.lang.reflect.ParameterizedType) comp.getGenericType()).getActualTypeArguments()[1]);
                j++;
            } else {
                type = comp.getType();
            }
        }
        return List.of();
    }

    private static String listHint(Node.ListNode l) {
        int n = l.items().size();
        return n == 0 ? " with no items (set the whole list instead)"
                : " of " + n + (n == 1 ? " item (use index 0)" : " items (use an index from 0 to " + (n - 1) + ")");
    }

    /** Gives every node of an override value the location of the override itself. */
    private static Node relocate(Node n, Location l) {
        if (n instanceof Node.ScalarNode s) return new Node.ScalarNode(l, s.kind(), s.text());
        if (n instanceof Node.ListNode list) {
            List<Node> items = new ArrayList<>();
            for (Node item : list.items()) items.add(relocate(item, l));
            return new Node.ListNode(l, items);
        }
        Node.MapNode m = (Node.MapNode) n;
        Node.MapNode out = Node.MapNode.empty(l);
        m.entries().forEach((k, e) -> out.entries().put(k, new Node.MapNode.Entry(k, l, relocate(e.value(), l))));
        return out;
    }

    /** The resolved scenario as YAML: every parameter, defaults filled in, in declaration order. */
    public static String toYaml(Scenario scenario) {
        try {
            return YAML.writeValueAsString(toTree(scenario));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record tree as ordered maps, lists and scalars (enum names, numbers, strings). */
    public static Object toTree(Object value) {
        if (value instanceof Record r) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    out.put(c.getName(), toTree(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k instanceof Enum<?> e ? e.name() : k.toString(), toTree(v)));
            return out;
        }
        if (value instanceof List<?> l) return l.stream().map(ScenarioLoader::toTree).toList();
        if (value instanceof Enum<?> e) return e.name();
        return value;
    }

}
