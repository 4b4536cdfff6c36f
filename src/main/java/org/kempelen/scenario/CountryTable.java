package org.kempelen.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in country table of FIELD.md (orders of magnitude, to be calibrated). Sources:
 * minimum wages from national statutes (2025); local wages, living costs, PPP and GDP per
 * capita from World Bank / ILO figures as collected in FIELD.md; the no-other-income shares
 * from Pew 2016 (US quarter) scaled up where unemployment and informality are high; worker
 * shares after Kässi and Lehdonvirta's Online Labour Index and the platform reports.
 */
public final class CountryTable implements EntryDefaults {
    private static final String[] COLUMNS = {"name", "minimumWageMonthly", "localHourlyWage", "livingCostMonthly",
            "pppFactor", "gdpPerCapitaPpp", "noOtherIncomeShare", "dataProtection", "workerShare"};

    private static final Map<String, Object[]> ROWS = new LinkedHashMap<>();

    static {
        row("US", "United States", 1257, 15, 1800, 1.00, 80000, 0.25, 0.5, 0.30);
        row("DE", "Germany", 2400, 16, 1600, 1.15, 61909, 0.15, 0.9, 0.08);
        row("NL", "Netherlands", 2640, 17, 1700, 1.05, 69336, 0.12, 0.9, 0.03);
        row("CH", "Switzerland", 4000, 30, 2800, 0.75, 90000, 0.10, 0.8, 0.01);
        row("IN", "India", 120, 1.2, 250, 4.2, 9160, 0.35, 0.3, 0.20);
        row("PH", "Philippines", 225, 1.8, 400, 2.5, 9901, 0.35, 0.4, 0.10);
        row("ID", "Indonesia", 329, 2.0, 400, 3.0, 13890, 0.30, 0.3, 0.07);
        row("VE", "Venezuela", 4, 0.8, 350, 2.0, 7000, 0.50, 0.1, 0.08);
        row("KE", "Kenya", 125, 1.0, 300, 2.4, 5700, 0.45, 0.4, 0.05);
        row("BD", "Bangladesh", 114, 0.7, 220, 3.0, 8242, 0.35, 0.1, 0.08);
    }

    private static void row(String code, Object... values) {
        ROWS.put(code, values);
    }

    @Override
    public List<String> defaultKeys() {
        return List.copyOf(ROWS.keySet());
    }

    @Override
    public Map<String, Object> fieldDefaults(String key) {
        Object[] values = ROWS.get(key);
        if (values == null) return Map.of();
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) out.put(COLUMNS[i], values[i]);
        return out;
    }
}
