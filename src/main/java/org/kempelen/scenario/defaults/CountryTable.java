package org.kempelen.scenario.defaults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.scenario.EntryDefaults;

/**
 * The built-in country table of FIELD.md (orders of magnitude, to be calibrated). Sources:
 * minimum wages from national statutes (2025); local wages, living costs, PPP and GDP per
 * capita from World Bank / ILO figures as collected in FIELD.md; the no-other-income shares
 * from Pew 2016 (US quarter) scaled up where unemployment and informality are high; worker
 * shares after Kässi and Lehdonvirta's Online Labour Index and the platform reports.
 */
public final class CountryTable implements EntryDefaults {
    private static final String[] COLUMNS = {"name", "minimumWageMonthly", "localHourlyWage", "livingCostMonthly",
            "pppFactor", "gdpPerCapitaPpp", "noOtherIncomeShare", "dataProtection", "workerShare",
            "privacyAttitude", "safetyNetCoverage", "safetyNetBenefit"};

    private static final Map<String, Object[]> ROWS = new LinkedHashMap<>();

    static {
        // privacyAttitude (docs/ODD.md 7.4): US 1; DE from Prince & Wallsten 2020 (Germans ask 2.3 times what Americans ask, in
        // dollars) times the weight of a dollar at need there (1800/1600); NL and CH take Germany's (the one surveyed European
        // country); countries no valuation survey covers take the US's, as their stated concern is no lower (CIGI-Ipsos 2016).
        // safetyNetCoverage (ODD 7.1): ILO World Social Protection Report 2020-22, population covered by at least one cash
        // benefit, the country's figure where read (IN, BD; ID from the 2024-26 report; VE: 14.2 M bono recipients of 28 M),
        // else its region's (Europe 0.84, Americas 0.64, South-Eastern Asia 0.33, Africa 0.17).
        // safetyNetBenefit (ODD 7.1): a covered single adult's benefit over living cost: US SNAP $169/month; DE Buergergeld
        // EUR 563 plus rent (NL, CH take Germany's); IN 10 kg of ration grain; PH 4Ps health and rice grants; ID takes the
        // Philippines'; VE a few bonos; KE Inua Jamii KSh 2,000; BD allowance Tk 600.
        row("US", "United States", 1257, 15, 1800, 1.00, 80000, 0.25, 0.5, 0.30, 1.0, 0.64, 0.09);
        row("DE", "Germany", 2400, 16, 1600, 1.15, 61909, 0.15, 0.9, 0.08, 2.6, 0.84, 0.73);
        row("NL", "Netherlands", 2640, 17, 1700, 1.05, 69336, 0.12, 0.9, 0.03, 2.6, 0.84, 0.73);
        row("CH", "Switzerland", 4000, 30, 2800, 0.75, 90000, 0.10, 0.8, 0.01, 2.6, 0.84, 0.73);
        row("IN", "India", 120, 1.2, 250, 4.2, 9160, 0.35, 0.3, 0.20, 1.0, 0.24, 0.015);
        row("PH", "Philippines", 225, 1.8, 400, 2.5, 9901, 0.35, 0.4, 0.10, 1.0, 0.33, 0.06);
        row("ID", "Indonesia", 329, 2.0, 400, 3.0, 13890, 0.30, 0.3, 0.07, 1.0, 0.54, 0.06);
        row("VE", "Venezuela", 4, 0.8, 350, 2.0, 7000, 0.50, 0.1, 0.08, 1.0, 0.50, 0.03);
        row("KE", "Kenya", 125, 1.0, 300, 2.4, 5700, 0.45, 0.4, 0.05, 1.0, 0.17, 0.05);
        row("BD", "Bangladesh", 114, 0.7, 220, 3.0, 8242, 0.35, 0.1, 0.08, 1.0, 0.28, 0.02);
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
