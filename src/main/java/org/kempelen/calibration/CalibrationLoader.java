package org.kempelen.calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kempelen.output.RunOutput;
import org.kempelen.scenario.Fields;
import org.kempelen.scenario.InputLimits;
import org.kempelen.scenario.Location;
import org.kempelen.scenario.Node;
import org.kempelen.scenario.ParameterCatalog;
import org.kempelen.scenario.Problem;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;
import org.kempelen.scenario.YamlReader;

/**
 * Reads a calibration file, with errors in the style of scenario errors (file:line:col: path:
 * message), and refuses it before anything runs: unknown keys, parameters that are not numeric
 * scenario parameters or whose bounds the scenario refuses, unknown targets, bad optimiser
 * settings. Paths in the file (scenario, targetsFile) are relative to the file itself.
 */
public final class CalibrationLoader {
    static final List<String> KEYS = List.of("name", "scenario", "set", "parameters", "targets", "targetsFile", "replications",
            "seed", "optimiser");
    static final List<String> OPTIMISER_KEYS = List.of("method", "maxEvaluations", "sigma", "populationSize", "seed");

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Fields fields = new Fields(problems);

    private CalibrationLoader(Path file) {
        this.file = file;
    }

    public static CalibrationSpec load(Path file) throws ScenarioException {
        return new CalibrationLoader(file).read();
    }

    private CalibrationSpec read() throws ScenarioException {
        String text = YamlReader.readFile(file, "a calibration file");
        Node.MapNode map = YamlReader.mapping(YamlReader.parse(text, file.toString()),
                "a calibration file is a mapping with keys such as scenario, parameters, targets, replications, optimiser");
        fields.refuseUnknownKeys(map, KEYS, "");
        // The fitted scenario is named NAME-fitted, itself a name.
        int longest = InputLimits.MAX_NAME - CalibrationOutputs.FITTED_SUFFIX.length();
        String name = fields.name(map, "name", InputLimits.stem(file, longest), longest, "");
        Path scenario = beside(map, "scenario", null, "the base scenario file");
        Path targetsFile = beside(map, "targetsFile", Targets.DEFAULT_FILE, "the targets file");
        List<String> overrides = fields.settings(map);
        int replications = (int) fields.whole(map, "replications", 4, 1, 10_000, "");
        long seed = fields.whole(map, "seed", 1, 0, Long.MAX_VALUE - 10_000, "");
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        Scenario base = Fields.baseScenario(scenario, overrides, map);
        List<FitParameter> parameters = parameters(map, scenario, overrides);
        List<Target> all = Targets.load(targetsFile);
        List<Target> targets = targets(map, all, base, targetsFile);
        OptimiserSettings optimiser = optimiser(map, parameters.size());
        if (!problems.isEmpty()) {
            problems.sort(Problem.IN_FILE_ORDER);
            throw new ScenarioException(problems);
        }
        double[] start = new double[parameters.size()];
        Object tree = ScenarioLoader.toTree(base);
        for (int i = 0; i < start.length; i++) start[i] = parameters.get(i).position(valueAt(tree, parameters.get(i).path()));
        long[] seeds = new long[replications];
        for (int r = 0; r < replications; r++) seeds[r] = seed + r;
        // The resolved base, so that a change in any scenario it extends also counts.
        String fingerprint = RunOutput.sha256(text + "\0" + ScenarioLoader.toYaml(base) + "\0" + YamlReader.readFile(targetsFile, "a targets file"));
        return new CalibrationSpec(name, file, fingerprint, scenario, List.copyOf(overrides), List.copyOf(parameters), start,
                targets, seeds, optimiser);
    }

    /** A file named at {@code key}, relative to the calibration file's directory; {@code fallback} when absent (null: required). */
    private Path beside(Node.MapNode map, String key, Path fallback, String what) {
        Node n = map.get(key);
        if (n == null) {
            if (fallback == null) problems.add(new Problem(map.location(), key, "missing required key '" + key + "': " + what));
            return fallback;
        }
        String given = fields.text(map, key, null, "");
        if (given == null) return null;
        Path p = file.toAbsolutePath().getParent().resolve(given).normalize();
        if (!Files.isRegularFile(p)) problems.add(new Problem(n.location(), key, "no file '" + given + "' (looked for " + p + ")"));
        return p;
    }

    private List<FitParameter> parameters(Node.MapNode map, Path scenario, List<String> overrides) {
        List<FitParameter> out = new ArrayList<>();
        Node.MapNode params = fields.mapping(map, "parameters", "");
        if (params == null || params.entries().isEmpty()) {
            if (params != null || map.get("parameters") == null) {
                problems.add(new Problem(params == null ? map.location() : params.location(), "parameters",
                        "no parameters to fit; give at least one, e.g. 'workers.halfLifeDays: {min: 200, max: 900}'"));
            }
            return out;
        }
        for (var e : params.entries().values()) {
            String path = "parameters." + e.key();
            ParameterCatalog.Entry entry = ParameterCatalog.find(e.key());
            if (entry == null) {
                problems.add(new Problem(e.keyLocation(), path, InputLimits.quote(e.key()) + " is not a scenario parameter (see ./kempelen describe)"));
                continue;
            }
            if (!entry.type().equals("number")) {
                problems.add(new Problem(e.keyLocation(), path, InputLimits.quote(e.key()) + " is " + (entry.type().startsWith("one of") ? "a choice (" + entry.type() + ")" : "of type " + entry.type())
                        + "; only parameters of type number can be fitted (fix others under 'set')"));
                continue;
            }
            if (!(e.value() instanceof Node.MapNode range)) {
                problems.add(new Problem(e.value().location(), path, "found " + e.value().describeType() + ", expected bounds {min: ..., max: ...}"));
                continue;
            }
            fields.refuseUnknownKeys(range, List.of("min", "max"), path + ".");
            Double min = bound(range, "min", path);
            Double max = bound(range, "max", path);
            if (min == null || max == null) continue;
            if (!(min < max)) {
                problems.add(new Problem(range.location(), path, "min " + min + " is not below max " + max));
                continue;
            }
            if (refused(scenario, overrides, e.key(), min, range.get("min"), path) || refused(scenario, overrides, e.key(), max, range.get("max"), path)) continue;
            out.add(new FitParameter(e.key(), min, max));
        }
        return out;
    }

    private Double bound(Node.MapNode range, String key, String path) {
        if (range.get(key) == null) {
            problems.add(new Problem(range.location(), path + "." + key, "missing '" + key + "' of the bounds"));
            return null;
        }
        return fields.number(range.get(key), path + "." + key);
    }

    /** Whether the scenario refuses {@code path} at {@code value} on its own (rules across parameters are left to the points). */
    private boolean refused(Path scenario, List<String> overrides, String parameter, double value, Node where, String path) {
        List<String> all = new ArrayList<>(overrides);
        all.add(parameter + "=" + value);
        try {
            ScenarioLoader.load(scenario, all);
            return false;
        } catch (ScenarioException e) {
            Problem first = e.problems().stream().filter(p -> !p.crossField()).findFirst().orElse(null);
            if (first == null) return false;
            problems.add(new Problem(where.location(), path, "the bound " + value + " is refused by the scenario: " + first.message()));
            return true;
        }
    }

    private List<Target> targets(Node.MapNode map, List<Target> all, Scenario base, Path targetsFile) {
        if (map.get("targets") == null) {
            List<Target> applying = Targets.applying(all, base.name());
            if (applying.isEmpty()) {
                problems.add(new Problem(map.location(), "targets", "no target in " + targetsFile + " applies to scenario '" + base.name()
                        + "' (targets name the presets " + String.join(", ", Targets.presets(all)) + "); name the targets to fit under 'targets'"));
            }
            return applying;
        }
        List<Target> out = new ArrayList<>();
        Node list = map.get("targets");
        List<String> names = fields.strings(map, "targets", "target name", "");
        for (int i = 0; i < names.size(); i++) {
            Target t = Targets.named(all, names.get(i));
            Location where = list instanceof Node.ListNode l && i < l.items().size() ? l.items().get(i).location() : list.location();
            if (t == null) {
                problems.add(new Problem(where, "targets", "no target " + InputLimits.quote(names.get(i)) + " in " + targetsFile + Targets.suggest(all, names.get(i))
                        + "; targets there: " + String.join(", ", all.stream().map(Target::name).toList())));
            } else if (out.contains(t)) {
                problems.add(new Problem(where, "targets", "target " + InputLimits.quote(names.get(i)) + " is named twice"));
            } else {
                out.add(t);
            }
        }
        if (names.isEmpty() && problems.isEmpty()) problems.add(new Problem(list.location(), "targets", "no targets; name at least one, or leave 'targets' out for all that apply"));
        return List.copyOf(out);
    }

    private OptimiserSettings optimiser(Node.MapNode map, int dimension) {
        Node.MapNode o = fields.mapping(map, "optimiser", "");
        if (o == null) o = Node.MapNode.empty(map.location());
        fields.refuseUnknownKeys(o, OPTIMISER_KEYS, "optimiser.");
        String methodText = fields.text(o, "method", "cmaes", "optimiser.");
        OptimiserSettings.Method method = null;
        for (OptimiserSettings.Method m : OptimiserSettings.Method.values()) if (m.name().equals(methodText)) method = m;
        if (method == null) {
            problems.add(new Problem(o.get("method").location(), "optimiser.method", "unknown optimiser " + InputLimits.quote(methodText) + "; allowed: cmaes, bobyqa"));
            return null;
        }
        int max = (int) fields.whole(o, "maxEvaluations", 100, 1, 1_000_000, "optimiser.");
        double sigma = 0.3;
        if (o.get("sigma") != null) {
            Double s = fields.number(o.get("sigma"), "optimiser.sigma");
            double limit = method == OptimiserSettings.Method.bobyqa ? 0.5 : 1;
            if (s != null && !(s > 0 && s <= limit)) {
                problems.add(new Problem(o.get("sigma").location(), "optimiser.sigma", "found " + s + ", allowed a number > 0 and <= " + limit
                        + " (a share of each parameter's range" + (limit < 1 ? "; BOBYQA's trust region must fit twice into the range" : "") + ")"));
            } else if (s != null) {
                sigma = s;
            }
        }
        int population = (int) fields.whole(o, "populationSize", OptimiserSettings.defaultPopulation(Math.max(1, dimension)), 2, 10_000, "optimiser.");
        long seed = fields.whole(o, "seed", 1, 0, Long.MAX_VALUE, "optimiser.");
        if (method == OptimiserSettings.Method.bobyqa && dimension < 2) {
            problems.add(new Problem(o.get("method").location(), "optimiser.method", "BOBYQA needs at least two parameters to fit; use cmaes for one"));
        }
        if (method == OptimiserSettings.Method.bobyqa && o.get("populationSize") != null) {
            problems.add(new Problem(o.get("populationSize").location(), "optimiser.populationSize", "populationSize is a CMA-ES setting; BOBYQA has none"));
        }
        return new OptimiserSettings(method, max, sigma, population, seed);
    }

    /** The value of a dotted {@code --set} path in a scenario tree; the loader has accepted the path, so it is there. */
    @SuppressWarnings("unchecked")
    private static double valueAt(Object tree, String path) {
        Object current = tree;
        for (String part : path.split("\\.")) {
            current = current instanceof List<?> l ? l.get(Integer.parseInt(part)) : ((Map<String, Object>) current).get(part);
        }
        return ((Number) current).doubleValue();
    }
}
