package org.kempelen.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kempelen.experiment.design.CsvDesign;
import org.kempelen.experiment.design.Design;
import org.kempelen.experiment.design.Domain;
import org.kempelen.experiment.design.Factor;
import org.kempelen.experiment.design.GridDesign;
import org.kempelen.experiment.design.LatinHypercubeDesign;
import org.kempelen.experiment.design.MorrisDesign;
import org.kempelen.experiment.design.RandomDesign;
import org.kempelen.experiment.design.SobolDesign;
import org.kempelen.output.RunOutput;
import org.kempelen.scenario.Fields;
import org.kempelen.scenario.InputLimits;
import org.kempelen.scenario.Location;
import org.kempelen.scenario.Names;
import org.kempelen.scenario.Node;
import org.kempelen.scenario.Problem;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;
import org.kempelen.scenario.YamlReader;

/**
 * Reads a sweep file, with errors in the style of scenario errors (file:line:col: path:
 * message), and refuses it before any run starts: unknown keys, bad designs, and varied values
 * the scenario would refuse (every level, and both ends of every range, are checked against
 * the base scenario).
 */
public final class SweepLoader {
    static final List<String> KEYS = List.of("name", "scenario", "seed", "replications", "design", "parameters", "set",
            "metrics", "charts", "out", "burnIn");
    static final List<String> DESIGN_KEYS = List.of("type", "samples", "trajectories", "levels", "file", "bootstrap");
    static final List<String> DESIGNS = List.of("grid", "random", "lhs", "sobol", "morris", "csv");

    private final String source;
    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Fields fields = new Fields(problems);

    private SweepLoader(Path file) {
        this.file = file;
        this.source = file.toString();
    }

    public static SweepSpec load(Path file) throws ScenarioException {
        return new SweepLoader(file).read();
    }

    private SweepSpec read() throws ScenarioException {
        String text = YamlReader.readFile(file, "a sweep file, a YAML text file");
        Node.MapNode map = YamlReader.mapping(YamlReader.parse(text, source),
                "a sweep file is a mapping with keys such as scenario, seed, replications, design, parameters");
        fields.refuseUnknownKeys(map, KEYS, "");
        String name = fields.name(map, "name", InputLimits.stem(file, InputLimits.MAX_NAME), InputLimits.MAX_NAME, "");
        Path scenario = scenarioPath(map);
        long seed = whole(map, "seed", 1, 0, Long.MAX_VALUE);
        int replications = (int) whole(map, "replications", 1, 1, 1_000_000);
        List<String> overrides = overrides(map);
        List<Factor> factors = factors(map);
        Node.MapNode design = mapping(map, "design");
        int bootstrap = design == null ? 1000 : (int) whole(design, "bootstrap", 1000, 10, 1_000_000, "design.");
        Design d = design(design, map);
        List<String> metrics = strings(map, "metrics");
        List<String> charts = strings(map, "charts");
        Path out = Path.of(text(map, "out", Path.of("results", "sweeps", name).toString()));
        boolean sharedBurnIn = burnIn(map);
        if (scenario != null && problems.isEmpty()) checkAgainstScenario(scenario, overrides, factors, map);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return new SweepSpec(name, file, RunOutput.sha256(text), scenario, seed, replications, d, bootstrap, factors, overrides,
                metrics, charts, out, sharedBurnIn);
    }

    /** burnIn: separate (each run its own, the default) or shared (one per replication and structural point; docs/STATES.md). */
    private boolean burnIn(Node.MapNode map) {
        return sharedBurnIn(map, fields, "one burn-in per replication, policy points branch from it");
    }

    /**
     * Whether {@code map}'s {@code burnIn} says {@code shared} (else {@code separate}, the default:
     * every run its own burn-in); {@code shared} is described as {@code what} in the message.
     */
    public static boolean sharedBurnIn(Node.MapNode map, Fields fields, String what) {
        String v = fields.text(map, "burnIn", "separate", "");
        if (v.equals("shared")) return true;
        if (!v.equals("separate")) {
            fields.problems().add(new Problem(map.get("burnIn").location(), "burnIn", "found " + InputLimits.quote(v)
                    + "; allowed: separate (every run its own burn-in) or shared (" + what + ")"));
        }
        return false;
    }

    private Path scenarioPath(Node.MapNode map) {
        return scenarioPath(map, file, "sweep", problems);
    }

    /**
     * The base scenario named at key {@code scenario} of {@code map}, as given relative to the
     * working directory, else to the directory of {@code file} (a {@code kind} file); null with a
     * problem when there is none. Sweeps and policy searches name their base so.
     */
    public static Path scenarioPath(Node.MapNode map, Path file, String kind, List<Problem> problems) {
        Node n = map.get("scenario");
        if (n == null) {
            problems.add(new Problem(map.location(), "scenario", "missing required key 'scenario': the base scenario file to vary"));
            return null;
        }
        if (!(n instanceof Node.ScalarNode s) || s.kind() != Node.ScalarNode.Kind.STRING) {
            problems.add(new Problem(n.location(), "scenario", "found " + n.describeType() + ", expected the path of a scenario file"));
            return null;
        }
        Path p = Path.of(s.text());
        if (Files.isRegularFile(p)) return p;
        Path beside = file.toAbsolutePath().getParent().resolve(s.text());
        if (Files.isRegularFile(beside)) return beside;
        problems.add(new Problem(n.location(), "scenario", "no scenario file " + InputLimits.quote(s.text()) + " (looked in the working directory and beside the "
                + kind + " file)"));
        return null;
    }

    private List<String> overrides(Node.MapNode map) {
        List<String> out = new ArrayList<>();
        Node.MapNode set = mapping(map, "set");
        if (set == null) return out;
        for (var e : set.entries().values()) {
            String v = yamlText(e.value());
            if (v == null) {
                problems.add(new Problem(e.value().location(), "set." + e.key(), "found " + e.value().describeType() + ", expected a value"));
            } else {
                out.add(e.key() + "=" + v);
            }
        }
        return out;
    }

    private List<Factor> factors(Node.MapNode map) {
        List<Factor> out = new ArrayList<>();
        Node.MapNode params = mapping(map, "parameters");
        if (params == null || params.entries().isEmpty()) {
            problems.add(new Problem(params == null ? map.location() : params.location(), "parameters",
                    "no parameters to vary; give at least one, e.g. 'platform.commission: [0.1, 0.2, 0.3]'"));
            return out;
        }
        for (var e : params.entries().values()) {
            String path = "parameters." + e.key();
            Node v = e.value();
            if (v instanceof Node.ListNode list) {
                if (list.items().isEmpty()) {
                    problems.add(new Problem(v.location(), path, "no values; give a list of values or {min, max, steps}"));
                    continue;
                }
                List<Object> values = new ArrayList<>();
                for (Node item : list.items()) {
                    if (!(item instanceof Node.ScalarNode s) || s.kind() == Node.ScalarNode.Kind.NULL) {
                        problems.add(new Problem(item.location(), path, "found " + item.describeType() + ", expected a value"));
                        continue;
                    }
                    values.add(scalar(s));
                }
                if (!values.isEmpty()) out.add(new Factor(e.key(), new Domain.Levels(values)));
            } else if (v instanceof Node.MapNode range) {
                for (var k : range.entries().values()) {
                    if (!List.of("min", "max", "steps", "integer").contains(k.key())) {
                        problems.add(new Problem(k.keyLocation(), path + "." + k.key(), "unknown key " + InputLimits.quote(k.key()) + "; allowed: min, max, steps, integer"));
                    }
                }
                Double min = number(range, "min", path);
                Double max = number(range, "max", path);
                int steps = (int) whole(range, "steps", 0, 2, 100_000, path + ".");
                boolean integer = range.get("integer") instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.BOOLEAN
                        && s.text().equalsIgnoreCase("true");
                if (min != null && max != null) {
                    if (min > max) {
                        problems.add(new Problem(range.location(), path, "min " + min + " is above max " + max));
                    } else {
                        try {
                            out.add(new Factor(e.key(), new Domain.Range(min, max, integer, steps)));
                        } catch (IllegalArgumentException ex) {
                            problems.add(new Problem(range.location(), path, ex.getMessage()));
                        }
                    }
                }
            } else {
                problems.add(new Problem(v.location(), path, "found " + v.describeType()
                        + ", expected a list of values ([0.1, 0.2]) or a range ({min: 0, max: 1, steps: 5})"));
            }
        }
        return out;
    }

    private Design design(Node.MapNode design, Node.MapNode map) {
        if (design == null) return new GridDesign();
        fields.refuseUnknownKeys(design, DESIGN_KEYS, "design.");
        String type = text(design, "type", "grid");
        if (!DESIGNS.contains(type)) {
            Node n = design.get("type");
            problems.add(new Problem(n == null ? design.location() : n.location(), "design.type", "unknown design " + InputLimits.quote(type)
                    + suggestion(type, DESIGNS) + "; allowed: " + String.join(", ", DESIGNS)));
            return null;
        }
        try {
            return switch (type) {
                case "grid" -> new GridDesign();
                case "random" -> new RandomDesign((int) whole(design, "samples", 100, 1, 10_000_000, "design."));
                case "lhs" -> new LatinHypercubeDesign((int) whole(design, "samples", 100, 1, 10_000_000, "design."));
                case "sobol" -> new SobolDesign((int) whole(design, "samples", 256, 2, 10_000_000, "design."));
                case "morris" -> new MorrisDesign((int) whole(design, "trajectories", 20, 2, 100_000, "design."),
                        (int) whole(design, "levels", 4, 4, 1000, "design."));
                default -> {
                    Node f = design.get("file");
                    if (!(f instanceof Node.ScalarNode s) || s.kind() != Node.ScalarNode.Kind.STRING) {
                        problems.add(new Problem(f == null ? design.location() : f.location(), "design.file",
                                "design csv needs 'file': a CSV of points whose header names the varied parameters"));
                        yield null;
                    }
                    Path p = Path.of(s.text());
                    if (!Files.isRegularFile(p)) p = file.toAbsolutePath().getParent().resolve(s.text());
                    yield new CsvDesign(p);
                }
            };
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(design.location(), "design", e.getMessage()));
            return null;
        }
    }

    /**
     * Each varied value must be acceptable to the scenario on its own: every level, both ends of a
     * range. Rules that span several parameters are left to the runs: another varied parameter may
     * mend them, and a point that breaks one is recorded as an invalid run.
     */
    private void checkAgainstScenario(Path scenario, List<String> overrides, List<Factor> factors, Node.MapNode map) {
        try {
            ScenarioLoader.load(scenario, overrides);
        } catch (ScenarioException e) {
            Node set = map.get("set");
            for (Problem p : e.problems()) {
                problems.add(new Problem(set != null && p.location().source().startsWith("--set") ? set.location() : p.location(),
                        p.path(), p.message()));
            }
            return;
        }
        Node.MapNode params = (Node.MapNode) map.get("parameters");
        for (Factor f : factors) {
            List<Object> probes = f.domain() instanceof Domain.Levels l ? l.values()
                    : List.of(f.domain().value(0.0), f.domain().value(1.0));
            for (Object v : probes) {
                Problem first = refusal(scenario, overrides, f.path(), v);
                if (first == null) continue;
                Location where = params.entries().get(f.path()).value().location();
                problems.add(new Problem(where, "parameters." + f.path(), "the value " + v + " is refused by the scenario: " + first.message()));
                break;
            }
        }
    }

    /**
     * Why the scenario refuses {@code path} at {@code value} on its own (its first problem that
     * no other parameter could mend), or null when it takes it. Rules that span several
     * parameters are left to the runs: another varied value may mend them.
     */
    public static Problem refusal(Path scenario, List<String> overrides, String path, Object value) {
        List<String> all = new ArrayList<>(overrides);
        all.add(path + "=" + value);
        try {
            ScenarioLoader.load(scenario, all);
            return null;
        } catch (ScenarioException e) {
            return e.problems().stream().filter(p -> !p.crossField()).findFirst().orElse(null);
        }
    }

    // ---------------------------------------------------------------- small readers

    private Node.MapNode mapping(Node.MapNode map, String key) {
        return fields.mapping(map, key, "");
    }

    private String text(Node.MapNode map, String key, String fallback) {
        return fields.text(map, key, fallback, "");
    }

    private long whole(Node.MapNode map, String key, long fallback, long min, long max) {
        return fields.whole(map, key, fallback, min, max, "");
    }

    private long whole(Node.MapNode map, String key, long fallback, long min, long max, String prefix) {
        return fields.whole(map, key, fallback, min, max, prefix);
    }

    private Double number(Node.MapNode map, String key, String path) {
        Node n = map.get(key);
        if (n == null) {
            problems.add(new Problem(map.location(), path + "." + key, "missing '" + key + "' of the range"));
            return null;
        }
        return fields.number(n, path + "." + key);
    }

    private List<String> strings(Node.MapNode map, String key) {
        return fields.strings(map, key, "metric name", "");
    }

    /** A scalar as the scenario loader would read it back: numbers as Long or Double, booleans, text. */
    public static Object scalar(Node.ScalarNode s) {
        return switch (s.kind()) {
            case INTEGER -> Long.parseLong(s.text().replace("_", ""));
            case DECIMAL -> Double.parseDouble(s.text().replace("_", ""));
            case BOOLEAN -> Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
            default -> s.text();
        };
    }

    /** The value as YAML text for an override ({@code [a, b]} for lists, {@code {k: v}} for mappings). */
    static String yamlText(Node n) {
        if (n instanceof Node.ScalarNode s) {
            return s.kind() == Node.ScalarNode.Kind.STRING ? quote(s.text()) : s.kind() == Node.ScalarNode.Kind.NULL ? null : s.text();
        }
        if (n instanceof Node.ListNode l) {
            List<String> parts = new ArrayList<>();
            for (Node i : l.items()) parts.add(yamlText(i));
            return "[" + String.join(", ", parts) + "]";
        }
        Node.MapNode m = (Node.MapNode) n;
        List<String> parts = new ArrayList<>();
        m.entries().forEach((k, e) -> parts.add(k + ": " + yamlText(e.value())));
        return "{" + String.join(", ", parts) + "}";
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_ .-]*") ? s : "'" + s.replace("'", "''") + "'";
    }

    private static String suggestion(String given, List<String> allowed) {
        return Names.didYouMean(given, allowed);
    }
}
