package org.kempelen.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;

/** Small scenarios for tests: the defaults at a size that runs in a fraction of a second, plus overrides. */
public final class Scenarios {
    private Scenarios() {}

    public static Scenario small(String... overrides) {
        List<String> all = new ArrayList<>(List.of("population=3000", "days=60", "warmupDays=10", "burnInDays=30", "demandReferencePopulation=0"));
        all.addAll(Arrays.asList(overrides));
        return load(all);
    }

    public static Scenario load(List<String> overrides) {
        try {
            return ScenarioLoader.fromText("name: test\n", "test.yaml", "test", overrides);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The overrides {@code base} followed by {@code more}. */
    public static String[] with(String[] base, String... more) {
        String[] out = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    public static MarketModel run(Scenario s) {
        return run(s, 1);
    }

    /** A whole run whose work phase decides on {@code threads} threads. */
    public static MarketModel run(Scenario s, int threads) {
        MarketModel m = new MarketModel(s, threads);
        m.run();
        return m;
    }

    /** Acceptance rate of offers of one category over all countries. */
    public static double acceptance(MarketModel m, org.kempelen.scenario.DataCategory c) {
        long offers = 0, accepted = 0;
        int n = org.kempelen.scenario.DataCategory.COUNT;
        for (int k = 0; k < m.countries.count; k++) {
            offers += m.stats.offers[k * n + c.ordinal()];
            accepted += m.stats.accepted[k * n + c.ordinal()];
        }
        if (offers < 200) throw new AssertionError("too few " + c + " offers (" + offers + ") for a rate");
        return accepted / (double) offers;
    }

    public static long items(MarketModel m, org.kempelen.scenario.DataCategory c) {
        long items = 0;
        int n = org.kempelen.scenario.DataCategory.COUNT;
        for (int k = 0; k < m.countries.count; k++) items += m.stats.items[k * n + c.ordinal()];
        return items;
    }
}
