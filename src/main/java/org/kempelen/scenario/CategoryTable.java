package org.kempelen.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Category defaults. Prices from the field reports (FIELD.md): body-scan video EUR 1 (Presize),
 * ID photos $1 (Philippines), selfie sets EUR 3-5, Facebook profile access ~$1 (Cambridge
 * Analytica), microtasks well under $6/h. WTA: bimodal (Acquisti, John and Loewenstein 2013),
 * median bid ~EUR 2 per item of personal data (Staiano et al. 2014), higher for the more
 * identifying categories. Third parties per social account: 87 M profiles / 270 k takers.
 * Known risks and severities are orders of magnitude, to be calibrated.
 */
public final class CategoryTable implements EntryDefaults {
    private static final Map<DataCategory, Map<String, Object>> ROWS = new EnumMap<>(DataCategory.class);

    static {
        //                          wta  refusers ident  severity knownRisk minutes price
        row(DataCategory.NONE,           0, 0.00, 0.0, 0.0, 0.00, 2, 0.08);
        row(DataCategory.SURVEY_PROFILE, 0.5, 0.15, 0.4, 0.3, 0.05, 10, 0.50);
        row(DataCategory.VOICE,          2, 0.25, 0.6, 0.5, 0.06, 15, 1.50);
        row(DataCategory.FACE_PHOTO,     4, 0.35, 0.9, 0.6, 0.08, 10, 3.00);
        row(DataCategory.FACE_VIDEO,     6, 0.40, 1.0, 0.7, 0.08, 20, 5.00);
        row(DataCategory.BODY_SCAN,      5, 0.45, 0.7, 0.8, 0.08, 10, 1.10);
        row(DataCategory.ID_DOCUMENT,    8, 0.45, 1.0, 1.0, 0.12, 5, 1.00);
        row(DataCategory.SOCIAL_ACCOUNT, 6, 0.35, 1.0, 0.6, 0.15, 5, 1.00);
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
        return RecordBinder.enumNames(DataCategory.class);
    }

    @Override
    public Map<String, Object> fieldDefaults(String key) {
        return EntryDefaults.enumRow(ROWS, DataCategory.class, key);
    }
}
