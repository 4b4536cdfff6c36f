package org.kempelen.calibration;

import java.util.ArrayList;
import java.util.List;
import org.kempelen.scenario.Fields;
import org.kempelen.scenario.InputLimits;
import org.kempelen.scenario.Node;
import org.kempelen.scenario.Problem;

/**
 * One entry of the targets file: a value target (value, interval), a bound (below or above, with
 * scale) or an ordering (below_each_of or above_each_of, with scale). Problems are added to the
 * shared list with file:line:col, what was found and what is allowed; a mixed entry is refused
 * rather than read one way, since the writer's intent is then unknown.
 */
final class TargetParser {
    static final List<String> KEYS = List.of("metric", "value", "interval", "below", "above", "below_each_of", "above_each_of",
            "scale", "unit", "source", "presets");
    /** The keys that say what kind of target an entry is, grouped by kind: each entry uses one group. */
    private static final List<List<String>> KINDS = List.of(List.of("value", "interval"), List.of("below", "above"),
            List.of("below_each_of", "above_each_of"));
    private static final String FORMS = "a target is either 'value' with 'interval', a bound ('below' or 'above', with 'scale') "
            + "or an ordering ('below_each_of' or 'above_each_of' a list of metrics, with 'scale')";
    private static final String METRIC_PATH = "[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*";

    private final Fields fields;
    private final List<Problem> problems;

    TargetParser(Fields fields) {
        this.fields = fields;
        this.problems = fields.problems();
    }

    /** The target at entry {@code e}, or null when it has problems (reported). */
    Target parse(Node.MapNode.Entry e) {
        String path = "targets." + e.key();
        if (!(e.value() instanceof Node.MapNode t)) {
            problems.add(new Problem(e.value().location(), path, "found " + e.value().describeType() + "; " + FORMS));
            return null;
        }
        int before = problems.size();
        fields.refuseUnknownKeys(t, KEYS, path + ".");
        String metric = required(t, "metric", path);
        if (metric != null) checkPath(t.get("metric"), metric, path + ".metric");
        String origin = required(t, "source", path);
        List<String> presets = fields.strings(t, "presets", "scenario name", path + ".");
        if (t.get("presets") == null || (t.get("presets") instanceof Node.ListNode l && l.items().isEmpty())) {
            problems.add(new Problem(t.get("presets") == null ? t.location() : t.get("presets").location(), path + ".presets",
                    "no presets; give the scenario names the target applies to, e.g. [baseline]"));
        }
        String unit = fields.text(t, "unit", "", path + ".");
        int group = kind(t, path);
        Target out = null;
        if (group == 0) out = value(e, t, path, metric, unit, origin, presets);
        else if (group == 1) out = bound(e, t, path, metric, unit, origin, presets);
        else if (group == 2) out = ordering(e, t, path, metric, unit, origin, presets);
        return problems.size() == before ? out : null;
    }

    /** Which group of {@link #KINDS} the entry uses, or -1 (reported) for none or a mix. */
    private int kind(Node.MapNode t, String path) {
        int found = -1;
        String first = null;
        for (var e : t.entries().values()) {
            for (int g = 0; g < KINDS.size(); g++) {
                if (!KINDS.get(g).contains(e.key())) continue;
                if (found < 0) {
                    found = g;
                    first = e.key();
                } else if (found != g || g > 0) {
                    // Two groups, or both sides of a bound or an ordering.
                    problems.add(new Problem(e.keyLocation(), path + "." + e.key(), InputLimits.quote(e.key()) + " cannot be combined with " + InputLimits.quote(first) + "; " + FORMS));
                    return -1;
                }
            }
        }
        if (found < 0) problems.add(new Problem(t.location(), path, "no criterion; " + FORMS));
        if (found > 0 && t.get("scale") == null) {
            problems.add(new Problem(t.location(), path + ".scale", "missing required key 'scale': a positive number, the miss that counts as one tolerance unit"));
        }
        if (found == 0 && t.get("scale") != null) {
            problems.add(new Problem(t.get("scale").location(), path + ".scale", "'scale' belongs to bounds and orderings; a value target's tolerance is its interval"));
        }
        return found;
    }

    private Target value(Node.MapNode.Entry e, Node.MapNode t, String path, String metric, String unit, String origin, List<String> presets) {
        Double value = t.get("value") == null ? missing(t, path, "value", "the figure aimed at") : fields.number(t.get("value"), path + ".value");
        double[] interval = interval(t, path);
        if (value != null && interval != null && !(value >= interval[0] && value <= interval[1])) {
            problems.add(new Problem(t.get("value").location(), path + ".value", "the value " + value
                    + " lies outside its interval [" + interval[0] + ", " + interval[1] + "]"));
        }
        if (value == null || interval == null || metric == null || origin == null) return null;
        return new Target(e.key(), metric, value, interval[0], interval[1], unit, origin, List.copyOf(presets), e.keyLocation());
    }

    private Target bound(Node.MapNode.Entry e, Node.MapNode t, String path, String metric, String unit, String origin, List<String> presets) {
        boolean below = t.get("below") != null;
        String key = below ? "below" : "above";
        Double limit = fields.number(t.get(key), path + "." + key);
        Double scale = scale(t, path);
        if (limit == null || scale == null || metric == null || origin == null) return null;
        return Target.bound(e.key(), metric, below, limit, scale, unit, origin, List.copyOf(presets), e.keyLocation());
    }

    private Target ordering(Node.MapNode.Entry e, Node.MapNode t, String path, String metric, String unit, String origin, List<String> presets) {
        boolean below = t.get("below_each_of") != null;
        String key = below ? "below_each_of" : "above_each_of";
        Node n = t.get(key);
        List<String> others = fields.strings(t, key, "metric path", path + ".");
        if (n instanceof Node.ListNode l) {
            if (l.items().isEmpty()) {
                problems.add(new Problem(n.location(), path + "." + key, "an empty list; give the metrics that '" + metric + "' must lie "
                        + (below ? "below" : "above") + ", e.g. [acceptance_by_country.FACE_PHOTO.IN]"));
            }
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < l.items().size() && i < others.size(); i++) {
                Node item = l.items().get(i);
                String other = others.get(i);
                checkPath(item, other, path + "." + key);
                if (other.equals(metric)) {
                    problems.add(new Problem(item.location(), path + "." + key, InputLimits.quote(other) + " is the target's own metric; list other metrics"));
                } else if (seen.contains(other)) {
                    problems.add(new Problem(item.location(), path + "." + key, InputLimits.quote(other) + " is listed twice"));
                }
                seen.add(other);
            }
        }
        Double scale = scale(t, path);
        if (scale == null || metric == null || origin == null || others.isEmpty()) return null;
        return Target.ordering(e.key(), metric, below, others, scale, unit, origin, List.copyOf(presets), e.keyLocation());
    }

    /** The scale of a bound or ordering: a positive finite number (the objective divides by it). */
    private Double scale(Node.MapNode t, String path) {
        Node n = t.get("scale");
        if (n == null) return null; // reported with the kind
        Double s = fields.number(n, path + ".scale");
        if (s != null && !(s > 0)) {
            problems.add(new Problem(n.location(), path + ".scale", "found " + s + ", allowed a number > 0 (the miss that counts as one tolerance unit)"));
            return null;
        }
        return s;
    }

    private void checkPath(Node where, String metric, String path) {
        if (!metric.matches(METRIC_PATH)) {
            problems.add(new Problem(where.location(), path, InputLimits.quote(metric)
                    + " is not a metric path; expected a dotted path into summary.json such as wages.unpaid_time_share"));
        }
    }

    private String required(Node.MapNode t, String key, String path) {
        if (t.get(key) == null) return missing(t, path, key, key.equals("metric")
                ? "the dotted path into summary.json, e.g. wages.unpaid_time_share" : "where the figure comes from");
        return fields.text(t, key, null, path + ".");
    }

    private <T> T missing(Node.MapNode t, String path, String key, String what) {
        problems.add(new Problem(t.location(), path + "." + key, "missing required key '" + key + "': " + what));
        return null;
    }

    private double[] interval(Node.MapNode t, String path) {
        Node n = t.get("interval");
        if (n == null) return missing(t, path, "interval", "[low, high], the range counted as a fit");
        if (!(n instanceof Node.ListNode l) || l.items().size() != 2) {
            problems.add(new Problem(n.location(), path + ".interval", "found " + n.describeType()
                    + (n instanceof Node.ListNode l2 ? " of " + l2.items().size() + " items" : "") + ", expected [low, high]"));
            return null;
        }
        Double low = fields.number(l.items().get(0), path + ".interval");
        Double high = fields.number(l.items().get(1), path + ".interval");
        if (low == null || high == null) return null;
        if (!(low < high)) {
            problems.add(new Problem(n.location(), path + ".interval", "low " + low + " is not below high " + high
                    + "; the interval must have a width (the moment distance divides by it)"));
            return null;
        }
        return new double[] {low, high};
    }
}
