package org.kempelen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kempelen.output.Fmt;
import org.kempelen.scenario.Fields;
import org.kempelen.scenario.InputLimits;
import org.kempelen.scenario.Names;
import org.kempelen.scenario.Node;
import org.kempelen.scenario.Problem;

/**
 * The goals of a search file, for {@link SearchLoader}: its objectives (a metric, minimise or
 * maximise, a robustness measure) and constraints (a metric at least or at most a bound, robust
 * by the worst case unless told), every mistake recorded with its place.
 */
final class GoalsReader {
    static final List<String> OBJECTIVE_KEYS = List.of("metric", "goal", "robustness");
    static final List<String> CONSTRAINT_KEYS = List.of("metric", "atLeast", "atMost", "robustness");

    private final Fields fields;
    private final List<Problem> problems;
    /** Every metric a run reports. */
    private final List<String> metrics;

    GoalsReader(Fields fields, List<String> metrics) {
        this.fields = fields;
        this.problems = fields.problems();
        this.metrics = metrics;
    }

    List<Objective> objectives(Node.MapNode map) {
        List<Objective> out = new ArrayList<>();
        Node n = map.get("objectives");
        if (!(n instanceof Node.ListNode list) || list.items().isEmpty()) {
            problems.add(new Problem(n == null ? map.location() : n.location(), "objectives", (n == null ? "missing required key 'objectives'" : "found "
                    + (n instanceof Node.ListNode ? "an empty list" : n.describeType())) + "; give a list of at least one, e.g. '- {metric: harm.harmed_workers, goal: minimise}'"));
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = "objectives." + i;
            if (!(list.items().get(i) instanceof Node.MapNode o)) {
                problems.add(new Problem(list.items().get(i).location(), path, "found " + list.items().get(i).describeType() + ", expected {metric: ..., goal: minimise|maximise}"));
                continue;
            }
            fields.refuseUnknownKeys(o, OBJECTIVE_KEYS, path + ".");
            String metric = metric(o, path);
            String goal = fields.text(o, "goal", null, path + ".");
            if (goal == null && o.get("goal") == null) problems.add(new Problem(o.location(), path + ".goal", "missing 'goal': minimise or maximise"));
            Boolean maximise = goal == null ? null : switch (goal) {
                case "minimise", "minimize" -> false;
                case "maximise", "maximize" -> true;
                default -> {
                    problems.add(new Problem(o.get("goal").location(), path + ".goal", "found " + InputLimits.quote(goal) + "; allowed: minimise, maximise"));
                    yield null;
                }
            };
            Robustness r = robustness(o, path, Robustness.MEAN, true);
            if (metric == null || maximise == null || r == null) continue;
            Objective objective = new Objective(metric, maximise, r);
            if (out.stream().anyMatch(x -> x.column().equals(objective.column()))) {
                problems.add(new Problem(o.location(), path, "the objective " + objective.column() + " is given twice"));
            } else {
                out.add(objective);
            }
        }
        return out;
    }

    List<Constraint> constraints(Node.MapNode map) {
        List<Constraint> out = new ArrayList<>();
        Node n = map.get("constraints");
        if (n == null) return out;
        if (!(n instanceof Node.ListNode list)) {
            problems.add(new Problem(n.location(), "constraints", "found " + n.describeType() + ", expected a list such as '- {metric: ..., atLeast: 1000}'"));
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = "constraints." + i;
            if (!(list.items().get(i) instanceof Node.MapNode c)) {
                problems.add(new Problem(list.items().get(i).location(), path, "found " + list.items().get(i).describeType() + ", expected {metric: ..., atLeast: X} or atMost"));
                continue;
            }
            fields.refuseUnknownKeys(c, CONSTRAINT_KEYS, path + ".");
            String metric = metric(c, path);
            Node least = c.get("atLeast");
            Node most = c.get("atMost");
            if ((least == null) == (most == null)) {
                problems.add(new Problem(c.location(), path, "give exactly one of atLeast and atMost"));
                continue;
            }
            Double bound = fields.number(least != null ? least : most, path + (least != null ? ".atLeast" : ".atMost"));
            Robustness r = robustness(c, path, Robustness.WORST, false);
            if (metric != null && bound != null && r != null) out.add(new Constraint(metric, least != null, bound, r));
        }
        return out;
    }

    /** The metric at {@code metric}: a numeric leaf of summary.json (no patterns). */
    private String metric(Node.MapNode o, String path) {
        Node m = o.get("metric");
        if (m == null) {
            problems.add(new Problem(o.location(), path + ".metric", "missing 'metric': a path of summary.json such as harm.harmed_workers"));
            return null;
        }
        String metric = fields.text(o, "metric", null, path + ".");
        if (metric == null) return null;
        if (!metrics.contains(metric)) {
            problems.add(new Problem(m.location(), path + ".metric", "no metric " + InputLimits.quote(metric) + " in a run's summary"
                    + Names.didYouMean(metric, metrics) + "; names look like wages.median_effective_hourly_wage_usd or harm.harmed_workers"
                    + " (the numeric leaves of summary.json)"));
            return null;
        }
        return metric;
    }

    /** mean, worst, regret (objectives only) or {percentile: p}. */
    private Robustness robustness(Node.MapNode o, String path, Robustness fallback, boolean objective) {
        Node n = o.get("robustness");
        if (n == null) return fallback;
        String allowed = objective ? "mean, worst, regret or {percentile: P}" : "worst, mean or {percentile: P} (a regret has no bound to meet)";
        if (n instanceof Node.MapNode m) {
            fields.refuseUnknownKeys(m, List.of("percentile"), path + ".robustness.");
            Node p = m.get("percentile");
            Double v = p == null ? null : fields.number(p, path + ".robustness.percentile");
            if (p == null) problems.add(new Problem(m.location(), path + ".robustness", "expected {percentile: P} with P from 0 to 100"));
            if (v == null) return null;
            if (!(v >= 0 && v <= 100)) {
                problems.add(new Problem(p.location(), path + ".robustness.percentile", "found " + Fmt.number(v) + ", allowed a percentile from 0 to 100"));
                return null;
            }
            return Robustness.percentile(v);
        }
        String text = n instanceof Node.ScalarNode s ? s.text().toLowerCase(Locale.ROOT) : "";
        switch (text) {
            case "mean": return Robustness.MEAN;
            case "worst": return Robustness.WORST;
            case "regret":
                if (objective) return Robustness.REGRET;
                break;
            default:
                break;
        }
        problems.add(new Problem(n.location(), path + ".robustness", "found " + (n instanceof Node.ScalarNode s ? InputLimits.quote(s.text()) : n.describeType())
                + "; allowed: " + allowed));
        return null;
    }
}
