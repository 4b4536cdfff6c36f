package org.kempelen.metrics;

import java.util.Map;

/** Everything a run produces apart from provenance: the tables and the headline figures. */
public record RunResults(Table timeseries, Table byCountry, Table byPressure, Table beliefs, Map<String, Object> summary,
                         long workerDays, long offersEvaluated) {}
