package org.kempelen.scenario.defaults;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.EntryDefaults;
import org.kempelen.scenario.RequesterType;

/**
 * Requester-type defaults: AI data vendors buy face, voice, body and ID data and want diverse
 * (uniform) country quotas (AlgorithmWatch: clients specify country and ethnicity); the other
 * types post open campaigns, filled from whoever comes, as the field reports no country quotas
 * for them (docs/ODD.md 7.2); market research profiles; governments buy dialect
 * recordings (BAMF); platform QA posts relevance microtasks (UHRS via Clickworker, with
 * qualification tests); scammers collect ID documents and never pay. Rates are orders of
 * magnitude, to be calibrated.
 */
public final class RequesterTable implements EntryDefaults {
    private static final Map<RequesterType, Map<String, Object>> ROWS = new EnumMap<>(RequesterType.class);

    static {
        row(RequesterType.AI_DATA_VENDOR, 8, 0.06, Map.of("FACE_PHOTO", 0.35, "FACE_VIDEO", 0.2, "VOICE", 0.2, "BODY_SCAN", 0.1, "ID_DOCUMENT", 0.15),
                400, "UNIFORM", 0.3, 30, 0.7, 0.3, 1095, 0.05, 0.05, 1.0, 5, 0.2);
        row(RequesterType.MARKET_RESEARCH, 10, 0.1, Map.of("SURVEY_PROFILE", 0.8, "SOCIAL_ACCOUNT", 0.2),
                500, "OPEN", 0.1, 14, 0.5, 0.5, 365, 0.04, 0.05, 1.0, 5, 0.1);
        row(RequesterType.ACADEMIC, 10, 0.03, Map.of("SURVEY_PROFILE", 0.6, "NONE", 0.3, "VOICE", 0.1),
                200, "OPEN", 0.1, 30, 0.1, 0.9, 730, 0.02, 0.005, 1.0, 0, 0.1);
        row(RequesterType.GOVERNMENT, 2, 0.02, Map.of("VOICE", 1.0),
                300, "OPEN", 0.1, 60, 0.3, 0.5, 1825, 0.02, 0.02, 1.0, 5, 0.2);
        row(RequesterType.PLATFORM_QA, 5, 1.0, Map.of("NONE", 1.0),
                4000, "OPEN", 0.1, 7, 0.8, 0.5, 30, 0.01, 0.0, 1.0, 15, 0.4);
        row(RequesterType.SCAMMER, 5, 0.05, Map.of("ID_DOCUMENT", 0.7, "FACE_PHOTO", 0.3),
                200, "OPEN", 0.2, 10, 1.0, 0.0, 3650, 0.3, 0.6, 0.0, 0, 0.0);
    }

    private static void row(RequesterType t, int count, double perDay, Map<String, Double> mix, double items,
                            String targeting, double retargeting, int deadline, double anonymous, double purpose,
                            double retention, double breach, double misuse, double legitimate, double qualification,
                            double difficulty) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("campaignsPerDay", perDay);
        // Category order in output follows the enum, not the map literal.
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (DataCategory c : DataCategory.values()) {
            if (mix.containsKey(c.name())) ordered.put(c.name(), mix.get(c.name()));
        }
        m.put("categoryMix", ordered);
        m.put("itemsPerCampaign", items);
        m.put("countryTargeting", targeting);
        m.put("countryWeights", Map.of());
        m.put("retargeting", retargeting);
        m.put("deadlineDays", deadline);
        m.put("anonymousProbability", anonymous);
        m.put("purposeDisclosedProbability", purpose);
        m.put("retentionDays", retention);
        m.put("breachHazardPerYear", breach);
        m.put("misuseProbability", misuse);
        m.put("legitimateProbability", legitimate);
        m.put("qualificationMinutes", qualification);
        m.put("difficulty", difficulty);
        ROWS.put(t, m);
    }

    @Override
    public List<String> defaultKeys() {
        return java.util.Arrays.stream(RequesterType.values()).map(Enum::name).toList();
    }

    @Override
    public Map<String, Object> fieldDefaults(String key) {
        return EntryDefaults.enumRow(ROWS, RequesterType.class, key);
    }
}
