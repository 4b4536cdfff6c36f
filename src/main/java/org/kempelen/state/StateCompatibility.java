package org.kempelen.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.kempelen.scenario.PolicyLevers;

/**
 * Which parameters a run continuing from a saved state may change (docs/SCENARIOS.md, "Saved
 * states"): the policy levers, which act from the state's day on, and nothing that made the
 * saved market what it is. The two resolved scenarios are compared leaf by leaf.
 */
public final class StateCompatibility {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Besides the policy levers ({@link PolicyLevers}): what names or describes the run. */
    private static final List<Pattern> NAMING = List.of(Pattern.compile("name"), Pattern.compile("description"));

    private StateCompatibility() {}

    /**
     * Whether the parameter at {@code path} is a policy lever that may always change when
     * continuing from a state (shocks and {@code days} only may, under conditions: not counted).
     */
    public static boolean isLever(String path) {
        return PolicyLevers.isLever(path) || NAMING.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** A change the state cannot take: the parameters named, and why. */
    public static final class StructuralChangeException extends Exception {
        public StructuralChangeException(String message) {
            super(message);
        }
    }

    /**
     * Checks that {@code continuing} (resolved YAML) differs from {@code saved} only in levers,
     * and in shocks only on or after {@code day}; returns the parameters that differ (levers).
     */
    public static List<String> check(String saved, String continuing, int day) throws StructuralChangeException {
        Object a, b;
        try {
            a = YAML.readValue(saved, Object.class);
            b = YAML.readValue(continuing, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("a resolved scenario does not read back: " + e.getMessage(), e);
        }
        List<String> differ = new ArrayList<>();
        diff("", a, b, differ);
        List<String> structural = new ArrayList<>();
        List<String> levers = new ArrayList<>();
        for (String path : differ) {
            if (path.equals("days") && ((Number) node(b, "days")).intValue() > ((Number) node(a, "days")).intValue()) {
                // Misuse due after the saved horizon was never scheduled: a longer run would lose it.
                structural.add("days (longer than the saved run's " + node(a, "days") + ")");
            } else if (path.matches("countries\\.[^.]+\\.shocks(\\..*)?")) {
                String country = path.substring(0, path.indexOf(".shocks"));
                if (!sameBefore(node(a, country + ".shocks"), node(b, country + ".shocks"), day)) structural.add(country + ".shocks (before day " + day + ")");
                else levers.add(path);
            } else if (path.equals("policyChanges")) {
                // Dated switches of levers: those before the state's day have acted on the saved market already.
                if (!sameBefore(node(a, path), node(b, path), day)) structural.add("policyChanges (before day " + day + ")");
                else levers.add(path);
            } else if (path.startsWith("platforms.") && !(has(a, platformOf(path)) && has(b, platformOf(path)))) {
                structural.add(platformOf(path) + " (a platform added or removed)");
            } else if (isLever(path) || path.equals("days")) {
                levers.add(path);
            } else {
                structural.add(path);
            }
        }
        if (!structural.isEmpty()) {
            List<String> named = new ArrayList<>(new TreeSet<>(structural));
            String shown = String.join(", ", named.subList(0, Math.min(8, named.size()))) + (named.size() > 8 ? " and " + (named.size() - 8) + " more" : "");
            throw new StructuralChangeException("the saved market cannot take a change of " + shown
                    + ": only policy levers may change when continuing from a state (" + PolicyLevers.NAMES
                    + ", shocks and policyChanges on or after day " + day + ", days no longer than saved, name, description)");
        }
        return levers;
    }

    /** Paths of the leaves (or lists) that differ, dotted; a key present on one side only is a difference too. */
    private static void diff(String path, Object a, Object b, List<String> out) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            TreeSet<String> keys = new TreeSet<>();
            for (Object k : ma.keySet()) keys.add(String.valueOf(k));
            for (Object k : mb.keySet()) keys.add(String.valueOf(k));
            for (String k : keys) diff(path.isEmpty() ? k : path + "." + k, ma.get(k), mb.get(k), out);
        } else if (!Objects.equals(a, b)) {
            out.add(path);
        }
    }

    private static String platformOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length < 2 ? path : parts[0] + "." + parts[1];
    }

    private static boolean has(Object tree, String path) {
        return node(tree, path) != null;
    }

    private static Object node(Object tree, String path) {
        Object n = tree;
        for (String k : path.split("\\.")) n = n instanceof Map<?, ?> m ? m.get(k) : null;
        return n;
    }

    /** Whether two shock lists hold the same shocks dated before {@code day}, in the same order. */
    private static boolean sameBefore(Object a, Object b, int day) {
        return before(a, day).equals(before(b, day));
    }

    private static List<Object> before(Object shocks, int day) {
        List<Object> out = new ArrayList<>();
        if (shocks instanceof List<?> l) {
            for (Object s : l) {
                Object d = s instanceof Map<?, ?> m ? m.get("day") : null;
                if (!(d instanceof Number n) || n.intValue() < day) out.add(s);
            }
        }
        return out;
    }
}
