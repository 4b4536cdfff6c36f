package org.kempelen.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed readers of the keys of a YAML mapping for files other than scenarios (sweeps,
 * calibration targets, calibrations, policy searches): each reader returns the value or a fallback and records a
 * {@link Problem} at the value's line and column, so a loader reports every problem at once.
 * {@code prefix} is the dotted path of the mapping read from ("design."), empty at the top.
 */
public final class Fields {
    private final List<Problem> problems;

    public Fields(List<Problem> problems) {
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Reports every key of {@code map} not in {@code allowed}, with a suggestion for a misspelling. */
    public void refuseUnknownKeys(Node.MapNode map, List<String> allowed, String prefix) {
        for (var e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                problems.add(new Problem(e.keyLocation(), prefix + e.key(), "unknown key " + InputLimits.quote(e.key())
                        + Names.didYouMean(e.key(), allowed) + "; allowed" + (prefix.isEmpty() ? " here" : "") + ": " + String.join(", ", allowed)));
            }
        }
    }

    /** The fixed settings under 'set' (PATH: VALUE) as {@code --set} overrides; a value that is not a single value is reported. */
    public List<String> settings(Node.MapNode map) {
        List<String> out = new ArrayList<>();
        Node.MapNode set = mapping(map, "set", "");
        if (set == null) return out;
        for (var e : set.entries().values()) {
            if (e.value() instanceof Node.ScalarNode s && s.kind() != Node.ScalarNode.Kind.NULL) out.add(e.key() + "=" + s.text());
            else problems.add(new Problem(e.value().location(), "set." + e.key(), "found " + e.value().describeType() + ", expected a single value"));
        }
        return out;
    }

    /** The base scenario of a file with its fixed settings ({@link #settings}); their problems point at the file's 'set'. */
    public static Scenario baseScenario(Path scenario, List<String> settings, Node.MapNode map) throws ScenarioException {
        try {
            return ScenarioLoader.load(scenario, settings);
        } catch (ScenarioException e) {
            Node set = map.get("set");
            List<Problem> moved = new ArrayList<>();
            for (Problem p : e.problems()) {
                moved.add(set != null && p.location().source().startsWith("--set") ? new Problem(set.location(), "set." + p.path(), p.message()) : p);
            }
            throw new ScenarioException(moved);
        }
    }

    /** The mapping at {@code key}, null when absent or not a mapping (reported). */
    public Node.MapNode mapping(Node.MapNode map, String key, String prefix) {
        Node n = map.get(key);
        if (n == null) return null;
        if (n instanceof Node.MapNode m) return m;
        problems.add(new Problem(n.location(), prefix + key, "found " + n.describeType() + ", expected a mapping"));
        return null;
    }

    /** Text at {@code key}, {@code fallback} when absent. */
    public String text(Node.MapNode map, String key, String fallback, String prefix) {
        Node n = map.get(key);
        if (n == null) return fallback;
        if (n instanceof Node.ScalarNode s && s.kind() != Node.ScalarNode.Kind.NULL && s.kind() != Node.ScalarNode.Kind.BOOLEAN) return s.text();
        problems.add(new Problem(n.location(), prefix + key, "found " + n.describeType() + ", expected text"));
        return fallback;
    }

    /**
     * The name at {@code key}, which names a directory ({@link InputLimits#NAME_RULE}, here at
     * most {@code max} characters); {@code fallback} when absent.
     */
    public String name(Node.MapNode map, String key, String fallback, int max, String prefix) {
        Node n = map.get(key);
        String s = text(map, key, fallback, prefix);
        if (n == null || !(n instanceof Node.ScalarNode)) return s;
        String problem = InputLimits.nameProblem(s, max);
        if (problem == null) return s;
        problems.add(new Problem(n.location(), prefix + key, problem));
        return fallback;
    }

    /** A whole number from {@code min} to {@code max} at {@code key}, {@code fallback} when absent. */
    public long whole(Node.MapNode map, String key, long fallback, long min, long max, String prefix) {
        Node n = map.get(key);
        if (n == null) return fallback;
        if (n instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.INTEGER) {
            try {
                long v = Long.parseLong(s.text().replace("_", ""));
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problems.add(new Problem(n.location(), prefix + key, "found " + n.describeType() + ", allowed a whole number from " + min + " to " + max));
        return fallback;
    }

    /** The finite number {@code n} (never null), or null with a problem at {@code path}. */
    public Double number(Node n, String path) {
        if (n instanceof Node.ScalarNode s && (s.kind() == Node.ScalarNode.Kind.INTEGER || s.kind() == Node.ScalarNode.Kind.DECIMAL)) {
            double v = Double.parseDouble(s.text().replace("_", ""));
            if (Double.isFinite(v)) return v;
        }
        problems.add(new Problem(n.location(), path, "found " + n.describeType() + ", expected a finite number"));
        return null;
    }

    /** A list of text items at {@code key} (empty when absent); {@code noun} names one item in messages. */
    public List<String> strings(Node.MapNode map, String key, String noun, String prefix) {
        List<String> out = new ArrayList<>();
        Node n = map.get(key);
        if (n == null) return out;
        if (!(n instanceof Node.ListNode list)) {
            problems.add(new Problem(n.location(), prefix + key, "found " + n.describeType() + ", expected a list of " + noun + "s"));
            return out;
        }
        for (Node item : list.items()) {
            if (item instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.STRING) {
                out.add(s.text());
            } else {
                problems.add(new Problem(item.location(), prefix + key, "found " + item.describeType() + ", expected a " + noun));
            }
        }
        return out;
    }
}
