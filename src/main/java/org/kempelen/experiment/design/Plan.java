package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The points to run, in run order, plus what a sensitivity analysis needs to know about them.
 *
 * @param design  the name of the design that made the plan ("grid", "sobol", ...)
 * @param factors the factors, in the order the design used them (factor indices in {@link Role}s
 *                refer to this list)
 * @param points  one map per run, in run order, from factor path to value; each map iterates in
 *                factor order. Values of range factors are {@code Double} ({@code Long} for
 *                integer ranges), values of levels factors are as given
 * @param roles   the role of each point (same size and order as {@code points}): {@link Role.Sobol}
 *                for the sobol design, {@link Role.Morris} for morris, {@link Role.Sample} otherwise
 */
public record Plan(String design, List<Factor> factors, List<Map<String, Object>> points, List<Role> roles) {
    public Plan {
        Objects.requireNonNull(design, "design");
        factors = List.copyOf(Checks.factors(factors));
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(roles, "roles");
        if (points.size() != roles.size()) {
            throw new IllegalArgumentException("plan: " + points.size() + " points but " + roles.size() + " roles");
        }
        List<Map<String, Object>> copy = new ArrayList<>(points.size());
        for (int j = 0; j < points.size(); j++) {
            Map<String, Object> p = points.get(j);
            if (p == null || p.size() != factors.size()) {
                throw new IllegalArgumentException("plan: point " + (j + 1) + " does not give exactly one value per factor");
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (Factor f : factors) {
                Object v = p.get(f.path());
                if (v == null) {
                    throw new IllegalArgumentException("plan: point " + (j + 1) + " has no value for factor '" + f.path() + "'");
                }
                ordered.put(f.path(), v);
            }
            copy.add(Collections.unmodifiableMap(ordered));
        }
        points = Collections.unmodifiableList(copy);
        roles = List.copyOf(roles);
    }

    /** A plan whose points have no structure ({@link Role.Sample} roles). */
    public static Plan samples(String design, List<Factor> factors, List<Map<String, Object>> points) {
        return new Plan(design, factors, points, Collections.nCopies(points.size(), new Role.Sample()));
    }

    /** The number of points (runs). */
    public int size() {
        return points.size();
    }

    /** The {@code j}-th point (0-based, run order). */
    public Map<String, Object> point(int j) {
        return points.get(j);
    }

    /** The {@code j}-th point's role. */
    public Role role(int j) {
        return roles.get(j);
    }
}
