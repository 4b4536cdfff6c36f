package org.kempelen.scenario;

import org.kempelen.scenario.defaults.CategoryTable;
import org.kempelen.scenario.defaults.CountryTable;
import org.kempelen.scenario.defaults.RequesterTable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole scenario, every parameter resolved. Loaded by {@link ScenarioLoader}; the model reads
 * nothing else.
 */
public record Scenario(
        @Param(doc = "Name of the scenario; names the results folder. Empty: the scenario file's name without extension (characters a name cannot hold become '_').",
               def = "''", directoryName = true)
        String name,
        @Param(doc = "The question the scenario asks, in a sentence or two.", def = "''")
        String description,
        @Param(doc = "Master seed: every random stream of the run is derived from it.", def = "1", min = 0)
        long seed,
        @Param(unit = "days", doc = "Days simulated (one step is one day).", def = "365", min = 1, max = 36500)
        int days,
        @Param(unit = "workers", doc = "Workers registered on day 0.", def = "20000", min = 1, max = 50_000_000)
        int population,
        @Param(unit = "days", doc = "Campaigns open on day 0 are drawn as if demand had run this many days.", def = "30", min = 0, max = 3650)
        int warmupDays,
        @Param(unit = "days", doc = "Days the whole market runs before day 0 without being recorded, so that savings, pressure, balances, beliefs and the workforce start from their stationary state (docs/ODD.md 7.9).", def = "365", min = 0, max = 3650)
        int burnInDays,
        @Param(unit = "workers", doc = "Campaign rates (requesters.*.campaignsPerDay) are the rates for this many workers: with another population every requester posts in proportion, so population changes the noise, not the tightness of the market; the requesters (requesters.*.count), and so the qualification tests a worker meets, stay as given. 0: rates are absolute.", def = "20000", min = 0, max = 50_000_000)
        int demandReferencePopulation,
        @Param(doc = "Economic pressure and the money weight.")
        EconomyParams economy,
        @Param(doc = "How worker attributes are drawn, and worker activity, entry and exit.")
        WorkerParams workers,
        @Param(doc = "The accept/decline rule for an offer.")
        DecisionParams decision,
        @Param(doc = "Countries the workers come from, by ISO-3166 alpha-2 code. Listing countries replaces the default set; each listed known country takes its unspecified fields from the built-in table (FIELD.md), other codes must give every field.",
               countryKeys = true, entries = CountryTable.class)
        Map<String, CountryParams> countries,
        @Param(doc = "Per data category: privacy valuation, risk, harm and task defaults. Every category is always present; what the file gives overrides the defaults.",
               mergeKeys = true, entries = CategoryTable.class)
        Map<DataCategory, CategoryParams> categories,
        @Param(doc = "Per requester type: how many requesters, what campaigns they post. Every type is always present; set count to 0 to leave one out.",
               mergeKeys = true, entries = RequesterTable.class)
        Map<RequesterType, RequesterParams> requesters,
        @Param(doc = "The platform's rules: commission, pricing, bans, screening, disclosure, payouts.")
        PlatformParams platform,
        @Param(doc = "Further platforms of the market, by name (docs/ODD.md 7.10): each takes every parameter it does not give from 'platform'. Empty: one platform.", def = "{}")
        Map<String, PlatformParams> platforms,
        @Param(doc = "How workers on several platforms split their logins among them.")
        MultiHomingParams multiHoming,
        @Param(doc = "Breaches, misuse, notification and risk beliefs.")
        RiskParams risk,
        @Param(doc = "The worker forum network over which news of harm spreads.")
        ForumParams forum,
        @Param(doc = "Settings of the summary statistics.")
        AnalysisParams analysis,
        @Param(doc = "Policy levers switched on the running market, each from the start of its day (e.g. by the GUI); the market carries over whole, as from a saved state (docs/STATES.md).", def = "[]")
        List<PolicyChange> policyChanges) implements Checked {

    /** Platforms of a market at most (a worker's registrations are bits of an int). */
    public static final int MAX_PLATFORMS = 16;

    /** Tolerance for shares that must sum to one. */
    public static final double SHARE_TOLERANCE = 1e-6;

    @Override
    public void check(Checks checks) {
        checks.require(!countries.isEmpty(), "countries", "no countries; give at least one country with a workerShare");
        double shareSum = countries.values().stream().mapToDouble(CountryParams::workerShare).sum();
        checks.require(countries.isEmpty() || Math.abs(shareSum - 1.0) <= SHARE_TOLERANCE, "countries",
                "worker shares sum to " + fmt(shareSum) + "; countries.<code>.workerShare must sum to 1");
        Set<String> known = countries.keySet();
        for (var e : requesters.entrySet()) {
            for (String code : e.getValue().countryWeights().keySet()) {
                checks.require(known.contains(code), "requesters." + e.getKey() + ".countryWeights." + code,
                        "country '" + code + "' is not among the scenario's countries" + Names.didYouMean(code, known)
                                + "; allowed: " + String.join(", ", known));
            }
            if (e.getValue().countryTargeting() == CountryTargeting.WEIGHTS) {
                Set<String> weighted = new HashSet<>(e.getValue().countryWeights().keySet());
                weighted.retainAll(known);
                double w = e.getValue().countryWeights().values().stream().mapToDouble(Double::doubleValue).sum();
                checks.require(!weighted.isEmpty() && w > 0, "requesters." + e.getKey() + ".countryWeights",
                        "countryTargeting is WEIGHTS but no positive weight is given for any scenario country");
            }
        }
        checks.require(platforms.size() < MAX_PLATFORMS, "platforms", "found " + (1 + platforms.size())
                + " platforms; a market has at most " + MAX_PLATFORMS + " (platform and up to " + (MAX_PLATFORMS - 1) + " under platforms)");
        Set<String> names = new HashSet<>(List.of(platform.name()));
        for (var e : platforms.entrySet()) {
            checks.require(names.add(e.getKey()), "platforms." + e.getKey(),
                    "platform name '" + e.getKey() + "' is used twice (platform.name is '" + platform.name() + "'); give every platform its own name");
        }
        List<String> without = known.stream().filter(code -> allPlatforms().stream().noneMatch(p -> p.workforceShare(code) > 0)).toList();
        checks.require(without.isEmpty(), "platform.workforceShare", "no platform has workers from " + String.join(", ", without)
                + ": for each country some platform's workforceShare (or workforceShareByCountry.<country>) must be above 0");
        for (PlatformParams p : allPlatforms()) {
            String at = p == platform ? "platform" : "platforms." + p.name();
            for (String code : p.workforceShareByCountry().keySet()) {
                checks.require(known.contains(code), at + ".workforceShareByCountry." + code, "country '" + code
                        + "' is not among the scenario's countries" + Names.didYouMean(code, known) + "; allowed: " + String.join(", ", known));
            }
        }
        checks.require(allPlatforms().stream().anyMatch(p -> p.demandShare() > 0), "platform.demandShare",
                "no platform has demand: at least one platform's demandShare must be above 0");
    }

    /** The market's platforms in order: {@code platform} first, then {@code platforms} in file order. */
    public List<PlatformParams> allPlatforms() {
        List<PlatformParams> all = new java.util.ArrayList<>(1 + platforms.size());
        all.add(platform);
        all.addAll(platforms.values());
        return all;
    }

    /** The policy changes that act within the horizon (day before {@code days}), in the order given. */
    public List<PolicyChange> changesWithinHorizon() {
        return policyChanges.stream().filter(c -> c.day() < days).toList();
    }

    /** Countries in scenario order; model arrays are indexed by this order. */
    public List<String> countryCodes() {
        return List.copyOf(countries.keySet());
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "");
    }
}
