package org.kempelen.metrics;

import java.util.Map;

/**
 * Everything a run produces apart from provenance: the tables, the headline figures and the work
 * done. {@code switchers} is null when the scenario has no shock; {@code workers} and
 * {@code campaigns} (microdata, streamed from the model when written) are null when not asked for.
 * Work is counted separately for the recorded days and the burn-in before them. Serializable
 * without microdata: a sweep's runs done on Spark executors come back to the driver as these.
 */
public record RunResults(Table timeseries, Table byCountry, Table byPressure, Table beliefs, Table switchers,
                         StreamedTable workers, StreamedTable campaigns, Map<String, Object> summary,
                         long workerDays, long offersEvaluated, long burnInWorkerDays, long burnInOffersEvaluated)
        implements java.io.Serializable {

    /** The same results without the microdata, which hold on to the model: keep this one once the files are written. */
    public RunResults withoutMicrodata() {
        return new RunResults(timeseries, byCountry, byPressure, beliefs, switchers, null, null, summary,
                workerDays, offersEvaluated, burnInWorkerDays, burnInOffersEvaluated);
    }
}
