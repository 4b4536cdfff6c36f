package org.kempelen.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kempelen.scenario.Fields;
import org.kempelen.scenario.Names;
import org.kempelen.scenario.Node;
import org.kempelen.scenario.Problem;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.YamlReader;

/**
 * The calibration targets file (calibration/targets.yaml): a mapping {@code targets:} from
 * target name to metric, value, tolerance interval, unit, source and presets. Errors name
 * file:line:col like scenario errors; every problem is reported at once.
 */
public final class Targets {
    /** Where validate and calibrate look for targets unless told otherwise, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("calibration", "targets.yaml");
    static final List<String> TARGET_KEYS = List.of("metric", "value", "interval", "unit", "source", "presets");

    private Targets() {}

    public static List<Target> load(Path file) throws ScenarioException {
        String text = YamlReader.readFile(file, "a targets file listing calibration targets (see calibration/targets.yaml)");
        return parse(text, file.toString());
    }

    /** Reads targets from text; {@code source} names it in messages. */
    public static List<Target> parse(String text, String source) throws ScenarioException {
        Node root = YamlReader.parse(text, source);
        List<Problem> problems = new ArrayList<>();
        Fields fields = new Fields(problems);
        if (!(root instanceof Node.MapNode map)) {
            throw new ScenarioException(new Problem(root.location(), "", "found " + root.describeType()
                    + "; a targets file is a mapping 'targets:' of target names to metric, value, interval, source and presets"));
        }
        fields.refuseUnknownKeys(map, List.of("targets"), "");
        Node.MapNode all = fields.mapping(map, "targets", "");
        if (all == null || all.entries().isEmpty()) {
            if (problems.isEmpty()) problems.add(new Problem(map.location(), "targets", "no targets; give at least one under 'targets:'"));
            throw new ScenarioException(problems);
        }
        List<Target> out = new ArrayList<>();
        for (var e : all.entries().values()) {
            String path = "targets." + e.key();
            if (!(e.value() instanceof Node.MapNode t)) {
                problems.add(new Problem(e.value().location(), path, "found " + e.value().describeType()
                        + ", expected a mapping with keys " + String.join(", ", TARGET_KEYS)));
                continue;
            }
            int before = problems.size();
            fields.refuseUnknownKeys(t, TARGET_KEYS, path + ".");
            String metric = required(fields, t, "metric", path);
            if (metric != null && !metric.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*")) {
                problems.add(new Problem(t.get("metric").location(), path + ".metric", "'" + metric
                        + "' is not a metric path; expected a dotted path into summary.json such as wages.unpaid_time_share"));
            }
            Double value = t.get("value") == null ? missing(problems, t, path, "value", "the figure aimed at") : fields.number(t.get("value"), path + ".value");
            double[] interval = interval(fields, t, path);
            String origin = required(fields, t, "source", path);
            List<String> presets = fields.strings(t, "presets", "scenario name", path + ".");
            if (t.get("presets") == null || (t.get("presets") instanceof Node.ListNode l && l.items().isEmpty())) {
                problems.add(new Problem(t.get("presets") == null ? t.location() : t.get("presets").location(), path + ".presets",
                        "no presets; give the scenario names the target applies to, e.g. [baseline]"));
            }
            if (value != null && interval != null && !(value >= interval[0] && value <= interval[1])) {
                problems.add(new Problem(t.get("value").location(), path + ".value", "the value " + value
                        + " lies outside its interval [" + interval[0] + ", " + interval[1] + "]"));
            }
            if (problems.size() == before) {
                out.add(new Target(e.key(), metric, value, interval[0], interval[1], fields.text(t, "unit", "", path + "."),
                        origin, List.copyOf(presets), e.keyLocation()));
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return List.copyOf(out);
    }

    /** The targets that apply to the scenario of this name (see {@link Target#appliesTo}), in file order. */
    public static List<Target> applying(List<Target> targets, String scenarioName) {
        return targets.stream().filter(t -> t.appliesTo(scenarioName)).toList();
    }

    /** Every preset some target names, in file order: what a user may pass as --preset. */
    public static Set<String> presets(List<Target> targets) {
        Set<String> out = new LinkedHashSet<>();
        for (Target t : targets) out.addAll(t.presets());
        return out;
    }

    /** The target called {@code name}, or null; {@link #suggest} names the nearest one for a message. */
    public static Target named(List<Target> targets, String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    public static String suggest(List<Target> targets, String name) {
        return Names.didYouMean(name, targets.stream().map(Target::name).toList());
    }

    private static String required(Fields fields, Node.MapNode t, String key, String path) {
        if (t.get(key) == null) return missing(fields.problems(), t, path, key, key.equals("metric")
                ? "the dotted path into summary.json, e.g. wages.unpaid_time_share" : "where the figure comes from");
        return fields.text(t, key, null, path + ".");
    }

    private static <T> T missing(List<Problem> problems, Node.MapNode t, String path, String key, String what) {
        problems.add(new Problem(t.location(), path + "." + key, "missing required key '" + key + "': " + what));
        return null;
    }

    private static double[] interval(Fields fields, Node.MapNode t, String path) {
        Node n = t.get("interval");
        if (n == null) return missing(fields.problems(), t, path, "interval", "[low, high], the range counted as a fit");
        if (!(n instanceof Node.ListNode l) || l.items().size() != 2) {
            fields.problems().add(new Problem(n.location(), path + ".interval", "found " + n.describeType()
                    + (n instanceof Node.ListNode l2 ? " of " + l2.items().size() + " items" : "") + ", expected [low, high]"));
            return null;
        }
        Double low = fields.number(l.items().get(0), path + ".interval");
        Double high = fields.number(l.items().get(1), path + ".interval");
        if (low == null || high == null) return null;
        if (!(low < high)) {
            fields.problems().add(new Problem(n.location(), path + ".interval", "low " + low + " is not below high " + high
                    + "; the interval must have a width (the moment distance divides by it)"));
            return null;
        }
        return new double[] {low, high};
    }
}
