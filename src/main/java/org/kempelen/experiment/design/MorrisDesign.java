package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Morris elementary-effects screening ({@link MorrisAnalysis}): {@code r = trajectories}
 * trajectories on a p-level grid of the unit cube (p = {@code levels}, even, at least 4; grid
 * coordinates 0, 1/(p-1), ..., 1), with the jump delta = p / (2(p-1)).
 *
 * <p>Each trajectory has k+1 points: a random start point, then one factor at a time, in a random
 * order, changes by +delta or -delta. With this delta each grid level can move in exactly one
 * direction (levels 0..p/2-1 up, p/2..p-1 down); start levels are drawn uniformly from all p
 * levels, which is Morris's (1991) random orientation of the trajectory matrix B*. Points are in
 * trajectory order, r(k+1) in all, each with a {@link Role.Morris} role giving the factor changed
 * and the signed delta. Mersenne Twister seeded with the seed.
 *
 * <p>A {@link Domain.Levels} factor with n values maps grid coordinate u to value
 * {@code floor(u * n)}; if n differs from p, a step can leave the value unchanged (an elementary
 * effect of 0). Give such factors a range, or n = p values, where that matters.
 */
public final class MorrisDesign implements Design {
    private final int trajectories;
    private final int levels;

    /**
     * @param trajectories r, the number of trajectories, at least 1 (sigma needs at least 2)
     * @param levels       p, the number of grid levels, even and at least 4
     */
    public MorrisDesign(int trajectories, int levels) {
        this.trajectories = Checks.positive("morris", "trajectories", trajectories);
        if (levels < 4 || levels % 2 != 0) {
            throw new IllegalArgumentException("morris design: levels must be an even number of at least 4, got " + levels);
        }
        this.levels = levels;
    }

    public int trajectories() {
        return trajectories;
    }

    public int levels() {
        return levels;
    }

    /** The jump in unit coordinates: p / (2(p-1)). */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    @Override
    public String name() {
        return "morris";
    }

    @Override
    public Plan plan(List<Factor> factors, long seed) {
        Checks.factors(factors);
        int k = factors.size();
        Checks.maxPoints(name(), Checks.times(trajectories, k + 1L), "trajectories x (factors + 1) = " + trajectories + " x " + (k + 1));
        MersenneTwister rng = new MersenneTwister(seed);
        int p = levels;
        int jump = p / 2;                                    // delta in grid levels
        double delta = delta();
        List<Map<String, Object>> points = new ArrayList<>(trajectories * (k + 1));
        List<Role> roles = new ArrayList<>(trajectories * (k + 1));
        int[] level = new int[k];
        int[] order = new int[k];
        double[] u = new double[k];
        for (int t = 0; t < trajectories; t++) {
            for (int i = 0; i < k; i++) {
                level[i] = rng.nextInt(p);
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {               // Fisher-Yates
                int r = rng.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[r];
                order[r] = tmp;
            }
            points.add(Checks.point(factors, unit(level, u, p)));
            roles.add(new Role.Morris(t, 0, -1, 0.0));
            for (int s = 1; s <= k; s++) {
                int i = order[s - 1];
                boolean up = level[i] < jump;
                level[i] += up ? jump : -jump;
                points.add(Checks.point(factors, unit(level, u, p)));
                roles.add(new Role.Morris(t, s, i, up ? delta : -delta));
            }
        }
        return new Plan(name(), factors, points, roles);
    }

    private static double[] unit(int[] level, double[] u, int p) {
        for (int i = 0; i < level.length; i++) {
            u[i] = (double) level[i] / (p - 1);
        }
        return u;
    }
}
