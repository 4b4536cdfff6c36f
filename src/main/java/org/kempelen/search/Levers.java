package org.kempelen.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kempelen.experiment.design.Factor;

/** The lever values at a position of the unit cube: each lever's domain maps its coordinate (a range linearly, choices by equal shares). */
final class Levers {
    private Levers() {}

    static Map<String, Object> values(SearchSpec spec, double[] positions) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < positions.length; i++) {
            Factor f = spec.levers().get(i);
            out.put(f.path(), f.domain().value(Math.min(1, Math.max(0, positions[i]))));
        }
        return out;
    }
}
