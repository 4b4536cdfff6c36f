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
 * target name to metric, criterion (value and tolerance interval, a bound, or an ordering; see
 * {@link TargetParser}), unit, source and presets. Errors name file:line:col like scenario
 * errors; every problem is reported at once.
 */
public final class Targets {
    /** Where validate and calibrate look for targets unless told otherwise, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("calibration", "targets.yaml");

    private Targets() {}

    public static List<Target> load(Path file) throws ScenarioException {
        String text = YamlReader.readFile(file, "a targets file listing calibration targets (see calibration/targets.yaml)");
        return parse(text, file.toString());
    }

    /** Reads targets from text; {@code source} names it in messages. */
    public static List<Target> parse(String text, String source) throws ScenarioException {
        Node.MapNode map = YamlReader.mapping(YamlReader.parse(text, source),
                "a targets file is a mapping 'targets:' of target names to metric, value and interval (or a bound or an ordering), source and presets");
        List<Problem> problems = new ArrayList<>();
        Fields fields = new Fields(problems);
        fields.refuseUnknownKeys(map, List.of("targets"), "");
        Node.MapNode all = fields.mapping(map, "targets", "");
        if (all == null || all.entries().isEmpty()) {
            if (problems.isEmpty()) problems.add(new Problem(map.location(), "targets", "no targets; give at least one under 'targets:'"));
            throw new ScenarioException(problems);
        }
        List<Target> out = new ArrayList<>();
        TargetParser parser = new TargetParser(fields);
        for (var e : all.entries().values()) {
            Target t = parser.parse(e);
            if (t != null) out.add(t);
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
}
