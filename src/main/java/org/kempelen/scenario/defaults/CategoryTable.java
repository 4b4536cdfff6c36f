package org.kempelen.scenario.defaults;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.EntryDefaults;

/**
 * Category defaults. Prices from the field reports (FIELD.md): body-scan video EUR 1 (Presize),
 * ID photos $1 (Philippines), selfie sets EUR 3-5, Facebook profile access ~$1 (Cambridge
 * Analytica), microtasks well under $6/h. Median WTA per one-off item (docs/ODD.md 7.4): Prince
 * and Wallsten's (2020) monthly valuations by data type (fingerprint $7.56 for the biometric
 * categories, bank balance $8.44 for ID documents, texts $6.05 for social accounts, location
 * $1.82 for survey profiles) times 0.37, the factor that turns their mean monthly valuation
 * ($5.93) into Staiano et al.'s (2014) median one-off bid of EUR 2 ($2.2) per item. Refuser
 * shares are assumptions within the range the literature brackets (3 % privacy fundamentalists,
 * Sheehan 2002, to about half keeping an anonymous card, Acquisti, John and Loewenstein 2013).
 * Third parties per social account: 87 M profiles / 270 k takers. Known risks and severities
 * are orders of magnitude.
 */
public final class CategoryTable implements EntryDefaults {
    private static final Map<DataCategory, Map<String, Object>> ROWS = new EnumMap<>(DataCategory.class);

    static {
        //                          wta  refusers ident  severity knownRisk minutes price
        row(DataCategory.NONE,           0, 0.00, 0.0, 0.0, 0.00, 2, 0.08);
        row(DataCategory.SURVEY_PROFILE, 0.67, 0.15, 0.4, 0.3, 0.05, 10, 0.50);
        row(DataCategory.VOICE,          2.8, 0.25, 0.6, 0.5, 0.06, 15, 1.50);
        row(DataCategory.FACE_PHOTO,     2.8, 0.35, 0.9, 0.6, 0.08, 10, 3.00);
        row(DataCategory.FACE_VIDEO,     2.8, 0.40, 1.0, 0.7, 0.08, 20, 5.00);
        row(DataCategory.BODY_SCAN,      2.8, 0.45, 0.7, 0.8, 0.08, 10, 1.10);
        row(DataCategory.ID_DOCUMENT,    3.1, 0.45, 1.0, 1.0, 0.12, 5, 1.00);
        row(DataCategory.SOCIAL_ACCOUNT, 2.2, 0.35, 1.0, 0.6, 0.15, 5, 1.00);
        ROWS.get(DataCategory.SOCIAL_ACCOUNT).put("thirdPartiesExposed", 320);
    }

    private static void row(DataCategory c, double wta, double refusers, double identifiability, double severity,
                            double knownRisk, double minutes, double price) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("medianWta", wta);
        m.put("refuserShare", refusers);
        m.put("identifiability", identifiability);
        m.put("harmSeverity", severity);
        m.put("knownRisk", knownRisk);
        m.put("taskMinutes", minutes);
        m.put("typicalPrice", price);
        ROWS.put(c, m);
    }

    @Override
    public List<String> defaultKeys() {
        return java.util.Arrays.stream(DataCategory.values()).map(Enum::name).toList();
    }

    @Override
    public Map<String, Object> fieldDefaults(String key) {
        return EntryDefaults.enumRow(ROWS, DataCategory.class, key);
    }
}
