package org.kempelen.metrics;

import java.util.List;
import org.kempelen.model.Countries;
import org.kempelen.model.MarketModel;
import org.kempelen.model.Workers;
import org.kempelen.scenario.DataCategory;

/**
 * switchers.csv: after a country's shock, how many of the workers who had only declined a
 * personal-data category began to accept it. Countries without a shock are split at the
 * scenario's first shock day: the same count with no shock, a placebo to compare with.
 */
final class SwitcherAnalysis {
    private static final int C = DataCategory.COUNT;

    private SwitcherAnalysis() {}

    /** The table, or null when the scenario has no shock within the horizon (there is nothing to switch at). */
    static Table table(MarketModel m) {
        Countries cs = m.countries;
        if (!cs.hasShocks()) return null;
        long[] decliners = new long[cs.count * C];
        long[] switchers = new long[cs.count * C];
        Workers ws = m.workers;
        for (int w = 0; w < ws.size; w++) {
            if (!ws.recorded(w)) continue;
            int k = ws.country[w];
            // On the platform on the switch day or later: it could have switched.
            if (!ws.presentOn(w, cs.switchDay[k])) continue;
            for (int c = 1; c < C; c++) {
                if (!ws.onlyDeclinedBefore(w, c)) continue;
                decliners[k * C + c]++;
                if (ws.acceptedAfter(w, c)) switchers[k * C + c]++;
            }
        }
        Table t = new Table(List.of("country", "category", "switch_day", "shocked", "decliners_before", "switchers", "switcher_share"));
        for (int k = 0; k < cs.count; k++) {
            for (int c = 1; c < C; c++) {
                int i = k * C + c;
                t.add(cs.code[k], DataCategory.values()[c].name(), cs.switchDay[k], cs.shocked(k), decliners[i], switchers[i],
                        RunAnalysis.ratio(switchers[i], decliners[i]));
            }
        }
        return t;
    }
}
