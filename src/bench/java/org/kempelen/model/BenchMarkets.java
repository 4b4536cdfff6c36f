package org.kempelen.model;

import java.util.List;
import org.kempelen.scenario.Scenario;
import org.kempelen.scenario.ScenarioException;
import org.kempelen.scenario.ScenarioLoader;

/** The markets the benchmarks step: the scenario defaults (the baseline's calibration aside) at a given size. */
final class BenchMarkets {
    private BenchMarkets() {}

    /** A started market of {@code population} workers, without burn-in, with room for many days of steps. */
    static MarketModel started(int population) {
        try {
            Scenario s = ScenarioLoader.fromText("name: bench\n", "bench.yaml", "bench",
                    List.of("population=" + population, "days=36500", "burnInDays=0"));
            MarketModel m = new MarketModel(s);
            m.start();
            return m;
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
