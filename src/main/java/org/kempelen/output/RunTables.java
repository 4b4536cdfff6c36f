package org.kempelen.output;

import java.nio.file.Path;
import java.util.Map;
import org.kempelen.metrics.Table;

/**
 * A run as read back from its directory: the tables with numbers as doubles ("NA" as NaN), the
 * summary and the resolved scenario as plain maps. Charts and reports are drawn from this alone.
 */
public record RunTables(Path directory, String scenarioName, Table timeseries, Table byCountry, Table byPressure,
                        Table beliefs, Map<String, Object> summary, Map<String, Object> scenario, String scenarioYaml) {

    /** The resolved scenario's countries, in scenario order, each as a map of its parameters. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> countries() {
        return (Map<String, Map<String, Object>>) scenario.get("countries");
    }

    /** A country parameter as a number, e.g. {@code countryNumber("PH", "gdpPerCapitaPpp")}. */
    public double countryNumber(String code, String parameter) {
        Object v = countries().get(code).get(parameter);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
