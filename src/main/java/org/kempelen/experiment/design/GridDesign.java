package org.kempelen.experiment.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full factorial: every combination of every factor's values (all values of a {@link Domain.Levels},
 * {@code steps} evenly spaced values of a {@link Domain.Range}, which must have {@code steps >= 2}).
 * Points are in odometer order: the last factor varies fastest. Ignores the seed.
 */
public final class GridDesign implements Design {
    public GridDesign() {
    }

    @Override
    public String name() {
        return "grid";
    }

    @Override
    public Plan plan(List<Factor> factors, long seed) {
        Checks.factors(factors);
        int k = factors.size();
        List<List<Object>> values = new ArrayList<>(k);
        long total = 1;
        StringBuilder how = new StringBuilder();
        for (Factor f : factors) {
            List<Object> v = f.domain().gridValues(f.path());
            values.add(v);
            total = Checks.times(total, v.size());
            how.append(how.length() == 0 ? "" : " x ").append(v.size());
        }
        Checks.maxPoints(name(), total, "the product of the factors' value counts " + how);
        List<Map<String, Object>> points = new ArrayList<>((int) total);
        int[] index = new int[k];
        for (long j = 0; j < total; j++) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (int i = 0; i < k; i++) {
                p.put(factors.get(i).path(), values.get(i).get(index[i]));
            }
            points.add(p);
            for (int i = k - 1; i >= 0; i--) {          // odometer: last factor fastest
                if (++index[i] < values.get(i).size()) {
                    break;
                }
                index[i] = 0;
            }
        }
        return Plan.samples(name(), factors, points);
    }
}
