package org.kempelen.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kempelen.experiment.SweepLoader;
import org.kempelen.experiment.SweepMetrics;
import org.kempelen.experiment.design.Domain;
import org.kempelen.experiment.design.Factor;
import org.kempelen.output.Fmt;
import org.kempelen.output.RunOutput;
import org.kempelen.scenario.Fields;
import org.kempelen.scenario.InputLimits;
import org.kempelen.scenario.Node;
import org.kempelen.scenario.ParameterCatalog;
import org.kempelen.scenario.PolicyLevers;
import org.kempelen.scenario.Problem;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;
import org.kempelen.scenario.YamlReader;

/**
 * Reads a search file (docs/POLICY-SEARCH.md) with errors in the style of scenario errors
 * (file:line:col: path: message), all of them at once, before anything runs: unknown keys,
 * levers that are not policy levers or whose values the scenario refuses, metrics no run
 * reports, bad robustness measures, an empty list of objectives, bad algorithm settings.
 */
public final class SearchLoader {
    static final List<String> KEYS = List.of("name", "scenario", "set", "levers", "objectives", "constraints", "uncertain",
            "replications", "seed", "burnIn", "algorithm", "out");
    static final List<String> UNCERTAIN_KEYS = List.of("states", "seed", "parameters");
    static final List<String> ALGORITHM_KEYS = List.of("name", "populationSize", "maxEvaluations", "seed");
    static final int DEFAULT_STATES = 8;
    private static final String LEVER_RULE = "only policy levers may be searched: " + PolicyLevers.NAMES
            + " (docs/STATES.md); fix others under 'set' or make them uncertain";

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Fields fields = new Fields(problems);

    private SearchLoader(Path file) {
        this.file = file;
    }

    public static SearchSpec load(Path file) throws ScenarioException {
        return new SearchLoader(file).read();
    }

    private SearchSpec read() throws ScenarioException {
        String text = YamlReader.readFile(file, "a search file, a YAML text file");
        Node.MapNode map = YamlReader.mapping(YamlReader.parse(text, file.toString()),
                "a search file is a mapping with keys such as scenario, levers, objectives, uncertain, algorithm");
        fields.refuseUnknownKeys(map, KEYS, "");
        String name = fields.name(map, "name", InputLimits.stem(file, InputLimits.MAX_NAME), InputLimits.MAX_NAME, "");
        Path scenario = SweepLoader.scenarioPath(map, file, "search", problems);
        List<String> overrides = fields.settings(map);
        int replications = (int) fields.whole(map, "replications", 1, 1, 1000, "");
        long seed = fields.whole(map, "seed", 1, 0, Long.MAX_VALUE, "");
        boolean sharedBurnIn = SweepLoader.sharedBurnIn(map, fields, "one burn-in per state of the world and replication, every candidate continues from it");
        Path out = Path.of(fields.text(map, "out", Path.of("results", "searches", name).toString(), ""));
        AlgorithmSettings algorithm = algorithm(map);
        Node.MapNode uncertainMap = fields.mapping(map, "uncertain", "");
        if (uncertainMap != null) fields.refuseUnknownKeys(uncertainMap, UNCERTAIN_KEYS, "uncertain.");
        Node.MapNode none = Node.MapNode.empty(map.location());
        // With uncertain parameters, 8 states unless told: one would not be an ensemble.
        int states = (int) fields.whole(uncertainMap == null ? none : uncertainMap, "states", uncertainMap == null ? 1 : DEFAULT_STATES, 1, 10_000,
                "uncertain.");
        long statesSeed = fields.whole(uncertainMap == null ? none : uncertainMap, "seed", 1, 0, Long.MAX_VALUE, "uncertain.");
        if (scenario == null) throw failure();
        Scenario base;
        try {
            base = Fields.baseScenario(scenario, overrides, map);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            throw failure();
        }
        List<String> metrics = metricNames(base, overrides, scenario);
        List<Factor> levers = levers(map, scenario, overrides);
        List<Factor> uncertain = uncertain(uncertainMap, scenario, overrides, levers);
        if (uncertain.isEmpty() && states > 1 && uncertainMap != null && uncertainMap.get("states") != null) {
            problems.add(new Problem(uncertainMap.get("states").location(), "uncertain.states",
                    "states of the world need uncertain parameters to differ in; give 'parameters', or leave states out"));
        }
        GoalsReader goals = new GoalsReader(fields, metrics);
        List<Objective> objectives = goals.objectives(map);
        List<Constraint> constraints = goals.constraints(map);
        if (!problems.isEmpty()) throw failure();
        Map<String, Object> baseLevers = new LinkedHashMap<>();
        Object tree = ScenarioLoader.toTree(base);
        for (Factor f : levers) baseLevers.put(f.path(), valueAt(tree, f.path()));
        String fingerprint = RunOutput.sha256(text + "\0" + ScenarioLoader.toYaml(base));
        return new SearchSpec(name, file, fingerprint, scenario, List.copyOf(overrides), List.copyOf(levers), baseLevers, objectives, constraints,
                List.copyOf(uncertain), states, statesSeed, replications, seed, sharedBurnIn, algorithm, out);
    }

    private ScenarioException failure() {
        problems.sort(Problem.IN_FILE_ORDER);
        return new ScenarioException(problems);
    }

    /** Every metric a run reports (the summary's keys do not depend on the population: probed on one worker). */
    private static List<String> metricNames(Scenario base, List<String> overrides, Path scenario) throws ScenarioException {
        List<String> probe = new ArrayList<>(overrides);
        probe.add("population=1");
        return SweepMetrics.allNames(ScenarioLoader.load(scenario, probe));
    }

    private List<Factor> levers(Node.MapNode map, Path scenario, List<String> overrides) {
        List<Factor> out = new ArrayList<>();
        Node.MapNode levers = fields.mapping(map, "levers", "");
        if (levers == null || levers.entries().isEmpty()) {
            if (levers != null || map.get("levers") == null) {
                problems.add(new Problem(levers == null ? map.location() : levers.location(), "levers",
                        "no levers to search; give at least one, e.g. 'platform.commission: {min: 0.05, max: 0.4}'"));
            }
            return out;
        }
        for (var e : levers.entries().values()) {
            String path = "levers." + e.key();
            ParameterCatalog.Entry entry = ParameterCatalog.find(e.key());
            if (entry == null) {
                problems.add(new Problem(e.keyLocation(), path, InputLimits.quote(e.key()) + " is not a scenario parameter (see ./kempelen describe)"));
                continue;
            }
            if (!PolicyLevers.isLever(e.key())) {
                problems.add(new Problem(e.keyLocation(), path, InputLimits.quote(e.key()) + " is a structural parameter, not a policy lever; " + LEVER_RULE));
                continue;
            }
            if (overrides.stream().anyMatch(o -> o.startsWith(e.key() + "="))) {
                problems.add(new Problem(e.keyLocation(), path, InputLimits.quote(e.key()) + " is also fixed under 'set'; a lever is searched, so give it in one place"));
                continue;
            }
            Domain domain = leverDomain(e.value(), entry, path);
            if (domain == null) continue;
            Factor f = new Factor(e.key(), domain);
            if (acceptedEverywhere(scenario, overrides, f, e.value(), path)) out.add(f);
        }
        return out;
    }

    /** A range {min, max[, integer]} for numbers, a list of choices for anything, 'boolean' for a switch. */
    private Domain leverDomain(Node v, ParameterCatalog.Entry entry, String path) {
        boolean numeric = entry.type().equals("number") || entry.type().equals("integer");
        if (v instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.STRING && s.text().equals("boolean")) {
            if (!entry.type().equals("boolean")) {
                problems.add(new Problem(v.location(), path, "the parameter is " + entry.type() + ", not a boolean; give a range or a list of choices"));
                return null;
            }
            return Domain.Levels.of(false, true);
        }
        if (v instanceof Node.ListNode list) {
            List<Object> values = new ArrayList<>();
            for (Node item : list.items()) {
                if (item instanceof Node.ScalarNode s && s.kind() != Node.ScalarNode.Kind.NULL) {
                    Object value = SweepLoader.scalar(s);
                    if (values.contains(value)) problems.add(new Problem(item.location(), path, "the choice " + InputLimits.quote(s.text()) + " is listed twice"));
                    else values.add(value);
                } else {
                    problems.add(new Problem(item.location(), path, "found " + item.describeType() + ", expected a value"));
                }
            }
            if (values.size() < 2) {
                problems.add(new Problem(list.location(), path, "a list of choices needs at least two; found " + values.size()));
                return null;
            }
            return new Domain.Levels(values);
        }
        if (v instanceof Node.MapNode range) {
            if (!numeric) {
                problems.add(new Problem(v.location(), path, "bounds are for numbers; the parameter is " + entry.type() + ": give a list of choices"
                        + (entry.type().equals("boolean") ? " or 'boolean'" : "")));
                return null;
            }
            fields.refuseUnknownKeys(range, List.of("min", "max", "integer"), path + ".");
            Double min = bound(range, "min", path);
            Double max = bound(range, "max", path);
            boolean integer = entry.type().equals("integer") || flag(range, "integer", path);
            if (min == null || max == null) return null;
            if (!(min < max)) {
                problems.add(new Problem(range.location(), path, "min " + Fmt.number(min) + " is not below max " + Fmt.number(max) + "; a lever's bounds need min < max"));
                return null;
            }
            try {
                return new Domain.Range(min, max, integer, 0);
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(range.location(), path, ex.getMessage()));
                return null;
            }
        }
        problems.add(new Problem(v.location(), path, "found " + v.describeType()
                + ", expected bounds ({min: 0.05, max: 0.4}), a list of choices ([NONE, FULL]) or 'boolean'"));
        return null;
    }

    /** Every choice, and both ends of a range, must be acceptable to the scenario on its own. */
    private boolean acceptedEverywhere(Path scenario, List<String> overrides, Factor f, Node where, String path) {
        List<Object> probes = f.domain() instanceof Domain.Levels l ? l.values() : List.of(f.domain().value(0.0), f.domain().value(1.0));
        for (Object value : probes) {
            Problem refused = SweepLoader.refusal(scenario, overrides, f.path(), value);
            if (refused != null) {
                problems.add(new Problem(where.location(), path, "the value " + value + " is refused by the scenario: " + refused.message()));
                return false;
            }
        }
        return true;
    }

    private List<Factor> uncertain(Node.MapNode map, Path scenario, List<String> overrides, List<Factor> levers) {
        List<Factor> out = new ArrayList<>();
        if (map == null) return out;
        Node.MapNode params = fields.mapping(map, "parameters", "uncertain.");
        if (params == null) return out;
        for (var e : params.entries().values()) {
            String path = "uncertain.parameters." + e.key();
            ParameterCatalog.Entry entry = ParameterCatalog.find(e.key());
            if (entry == null) {
                problems.add(new Problem(e.keyLocation(), path, InputLimits.quote(e.key()) + " is not a scenario parameter (see ./kempelen describe)"));
                continue;
            }
            if (levers.stream().anyMatch(l -> l.path().equals(e.key())) || overrides.stream().anyMatch(o -> o.startsWith(e.key() + "="))) {
                problems.add(new Problem(e.keyLocation(), path, InputLimits.quote(e.key()) + " is also a lever or fixed under 'set'; a parameter is one of the three"));
                continue;
            }
            if (!entry.type().equals("number") && !entry.type().equals("integer")) {
                problems.add(new Problem(e.keyLocation(), path, InputLimits.quote(e.key()) + " is " + entry.type() + "; uncertain parameters are numbers with a range"));
                continue;
            }
            if (!(e.value() instanceof Node.MapNode range)) {
                problems.add(new Problem(e.value().location(), path, "found " + e.value().describeType() + ", expected a range {min: ..., max: ...}"));
                continue;
            }
            fields.refuseUnknownKeys(range, List.of("min", "max"), path + ".");
            Double min = bound(range, "min", path);
            Double max = bound(range, "max", path);
            if (min == null || max == null) continue;
            if (!(min < max)) {
                problems.add(new Problem(range.location(), path, "min " + Fmt.number(min) + " is not below max " + Fmt.number(max)));
                continue;
            }
            Factor f = new Factor(e.key(), new Domain.Range(min, max, entry.type().equals("integer"), 0));
            if (acceptedEverywhere(scenario, overrides, f, range, path)) out.add(f);
        }
        return out;
    }

    private AlgorithmSettings algorithm(Node.MapNode map) {
        Node.MapNode a = fields.mapping(map, "algorithm", "");
        if (a == null) a = Node.MapNode.empty(map.location());
        fields.refuseUnknownKeys(a, ALGORITHM_KEYS, "algorithm.");
        String name = fields.text(a, "name", "nsga2", "algorithm.");
        AlgorithmSettings.Algorithm algorithm = null;
        for (AlgorithmSettings.Algorithm x : AlgorithmSettings.Algorithm.values()) if (x.name().equals(name)) algorithm = x;
        if (algorithm == null) {
            problems.add(new Problem(a.get("name").location(), "algorithm.name", "unknown algorithm " + InputLimits.quote(name) + "; allowed: nsga2, nsga3"));
        }
        int population = (int) fields.whole(a, "populationSize", 20, 4, 100_000, "algorithm.");
        int max = (int) fields.whole(a, "maxEvaluations", 10L * population, 4, 10_000_000, "algorithm.");
        long seed = fields.whole(a, "seed", 1, 0, Long.MAX_VALUE, "algorithm.");
        if (max < population) {
            Node where = a.get("maxEvaluations") != null ? a.get("maxEvaluations") : a;
            problems.add(new Problem(where.location(), "algorithm.maxEvaluations", "a budget of " + max + " evaluations is less than one generation of "
                    + population + " (populationSize)"));
            return null;
        }
        return algorithm == null ? null : new AlgorithmSettings(algorithm, population, max, seed);
    }

    private Double bound(Node.MapNode range, String key, String path) {
        if (range.get(key) == null) {
            problems.add(new Problem(range.location(), path + "." + key, "missing '" + key + "' of the bounds"));
            return null;
        }
        return fields.number(range.get(key), path + "." + key);
    }

    private boolean flag(Node.MapNode range, String key, String path) {
        Node n = range.get(key);
        if (n == null) return false;
        if (n instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.BOOLEAN) return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
        problems.add(new Problem(n.location(), path + "." + key, "found " + n.describeType() + ", expected true or false"));
        return false;
    }

    /** The value of a dotted {@code --set} path in a scenario tree, or null where the tree has none. */
    @SuppressWarnings("unchecked")
    static Object valueAt(Object tree, String path) {
        Object current = tree;
        for (String part : path.split("\\.")) {
            if (current instanceof List<?> l) current = l.get(Integer.parseInt(part));
            else if (current instanceof Map<?, ?> m) current = ((Map<String, Object>) m).get(part);
            else return null;
        }
        return current;
    }
}
