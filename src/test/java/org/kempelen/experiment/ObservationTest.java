package org.kempelen.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kempelen.metrics.RunResults;
import org.kempelen.metrics.Table;
import org.kempelen.model.Scenarios;
import org.kempelen.output.RunReader;
import org.kempelen.scenario.DataCategory;
import org.kempelen.scenario.Scenario;

/**
 * The observation outputs of issue 10 from small runs: qualification outcomes, the shares due to
 * need and to purchasing power and the within-country odds ratio, switchers, microdata (workers.csv, campaigns.csv) and what
 * they must add up to.
 */
class ObservationTest {
    @TempDir
    static Path tmp;
    /** A short burn-in, so that some workers leave before recording begins and must be left out. */
    static Path base;
    static Table byCountry;
    static JsonNode summary;

    @BeforeAll
    static void baseRun() throws Exception {
        base = write("base", Scenarios.small("burnInDays=30"), Simulation.Microdata.ALL);
        byCountry = RunReader.csv(base.resolve("by_country.csv"));
        summary = new ObjectMapper().readTree(base.resolve("summary.json").toFile());
    }

    private static Path write(String name, Scenario s, Simulation.Microdata microdata) throws Exception {
        Path dir = tmp.resolve(name);
        Simulation.runAndWrite(s, "t.yaml", List.of(), dir, false, null, microdata);
        return dir;
    }

    private static double num(Table t, Object[] row, String column) {
        return ((Number) row[t.columnIndex(column)]).doubleValue();
    }

    private static double sum(Table t, String column, String category) {
        double total = 0;
        for (Object[] row : t.rows()) {
            if (category == null || category.equals(row[t.columnIndex("category")])) total += num(t, row, column);
        }
        return total;
    }

    @Test
    void qualificationOutcomesAreCountedApartFromAcceptance() throws Exception {
        for (Object[] row : byCountry.rows()) {
            double attempts = num(byCountry, row, "qualification_attempts");
            assertTrue(attempts >= num(byCountry, row, "qualification_failures"), "attempts >= failures");
            assertTrue(num(byCountry, row, "accepted") >= attempts, "a test is taken only after accepting");
        }
        assertTrue(sum(byCountry, "qualification_failures", "ALL") > 0, "the default requesters test, and some fail");
        Table ts = RunReader.csv(base.resolve("timeseries.csv"));
        assertEquals(sum(byCountry, "qualification_attempts", "ALL"), sum(ts, "qualification_attempts", null));
        assertEquals(sum(byCountry, "qualification_failures", "ALL"), sum(ts, "qualification_failures", null));
        assertEquals(sum(byCountry, "items_given", "ALL"), sum(ts, "tasks_done", null), "tasks done = items given, every category");
        assertEquals(sum(byCountry, "accepted", "ALL"), sum(byCountry, "accepted", null) - sum(byCountry, "accepted", "ALL"));
    }

    @Test
    void qualityKickoutsAddUpAcrossTables() throws Exception {
        assertEquals(0, sum(byCountry, "quality_kickouts", null), "no requester checks quality by default");
        Path dir = write("kickouts", Scenarios.small("requesters.PLATFORM_QA.qualityCheck={tasks: 5, minimumApproved: 5}"), Simulation.Microdata.NONE);
        Table t = RunReader.csv(dir.resolve("by_country.csv"));
        double all = sum(t, "quality_kickouts", "ALL");
        assertTrue(all > 0, "a strict check removes workers");
        assertEquals(all, sum(t, "quality_kickouts", "NONE"), "only the QA requesters (NONE tasks) check");
        assertEquals(all, sum(RunReader.csv(dir.resolve("timeseries.csv")), "quality_kickouts", null));
    }

    @Test
    void channelSharesAddUpToTheTotalAndNeedIsAShare() {
        JsonNode conditions = summary.get("economic_conditions");
        for (Object[] row : byCountry.rows()) {
            double need = num(byCountry, row, "share_due_to_need");
            double power = num(byCountry, row, "share_due_to_purchasing_power");
            double total = num(byCountry, row, "share_due_to_economic_conditions");
            assertTrue(Double.isNaN(need) == (num(byCountry, row, "offers") == 0), "NA exactly when there are no offers");
            if (Double.isNaN(need)) continue;
            assertTrue(need >= 0 && need <= 1, "need within [0, 1]: " + need);
            assertEquals(total, need + power, 1e-9, "the channels add up to the total in " + row[0] + "/" + row[1]);
            if (!"ALL".equals(row[1])) {
                JsonNode cell = conditions.get(row[1].toString()).get("by_country").get(row[0].toString());
                assertEquals(total, cell.get("share_due_to_economic_conditions").asDouble(), 1e-9, "summary and by_country agree");
                assertEquals(num(byCountry, row, "acceptance_rate"), summary.get("acceptance_by_country").get(row[1].toString())
                        .get(row[0].toString()).asDouble(), 1e-9);
            }
        }
        JsonNode selfie = summary.get("pressure_gradient").get("FACE_PHOTO");
        assertTrue(selfie.get("share_due_to_need").asDouble() > 0, selfie.toString());
        assertTrue(selfie.get("share_due_to_economic_conditions").asDouble() < 1, selfie.toString());
        assertTrue(selfie.get("pressure_odds_ratio_within_country").asDouble() > 1, "acceptance rises with pressure within countries");
    }

    @Test
    void withoutAShortfallNothingIsDueToNeed() {
        // maxNeedWeight 1 caps the need multiplier at 1: no worker's dollar weighs more than at need.
        RunResults r = Simulation.run(Scenarios.small("burnInDays=0", "days=30", "population=1500", "economy.maxNeedWeight=1"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> gradient = (Map<String, Map<String, Object>>) r.summary().get("pressure_gradient");
        for (DataCategory c : DataCategory.values()) {
            double share = (Double) gradient.get(c.name()).get("share_due_to_need");
            assertTrue(Double.isNaN(share) || share == 0.0, c + ": " + share);
        }
        assertEquals(0.0, (Double) gradient.get("NONE").get("share_due_to_need"), "exactly 0, not NA: there were offers");
        Table t = r.byCountry();
        for (Object[] row : t.rows()) {
            double share = num(t, row, "share_due_to_need");
            assertTrue(Double.isNaN(share) || share == 0.0, share + " in " + row[0] + "/" + row[1]);
        }
    }

    @Test
    void whereADollarBuysWhatItBuysForTheReferenceWorkerNothingIsDueToPurchasingPower() {
        List<String> overrides = new java.util.ArrayList<>(List.of("burnInDays=0", "days=30", "population=1500", "workers.livingCostDispersion=0"));
        for (String k : List.of("US", "DE", "NL", "CH", "IN", "PH", "ID", "VE", "KE", "BD")) overrides.add("countries." + k + ".livingCostMonthly=1800");
        Table t = Simulation.run(Scenarios.small(overrides.toArray(String[]::new))).byCountry();
        for (Object[] row : t.rows()) {
            double power = num(t, row, "share_due_to_purchasing_power");
            assertTrue(Double.isNaN(power) || power == 0.0, power + " in " + row[0] + "/" + row[1]);
        }
        // And where it buys less (a living cost above the reference), the channel is negative.
        Table dear = Simulation.run(Scenarios.small("burnInDays=0", "days=30", "population=1500", "workers.livingCostDispersion=0",
                "countries.US.livingCostMonthly=2700")).byCountry();
        for (Object[] row : dear.rowsWith("country", "US")) {
            double power = num(dear, row, "share_due_to_purchasing_power");
            assertTrue(Double.isNaN(power) || power <= 0, power + " in US/" + row[1]);
            if ("ALL".equals(row[1])) assertTrue(power < 0, "US over all categories: " + power);
        }
    }

    @Test
    void workersCsvHasOneRowPerRecordedWorkerAndAddsUpToTheSummary() throws Exception {
        Table w = RunReader.csv(base.resolve("workers.csv"));
        assertEquals(sum(byCountry, "workers", "ALL"), w.rows().size(), "one row per recorded worker");
        for (Object[] row : w.rows()) {
            double exit = num(w, row, "exit_day");
            assertTrue(Double.isNaN(exit) || exit >= 0, "no worker who left during the burn-in");
        }
        JsonNode wages = summary.get("wages");
        assertEquals(wages.get("paid_hours").asDouble(), sum(w, "paid_hours", null), 1e-6 * wages.get("paid_hours").asDouble());
        assertEquals(wages.get("unpaid_hours").asDouble(), sum(w, "unpaid_hours", null), 1e-6 * wages.get("unpaid_hours").asDouble());
        assertEquals(wages.get("earnings_usd").asDouble(), sum(w, "earnings_usd", null), 0.005);
        // The same one rule for hourly wages in the file and in the summary's median.
        double[] effective = w.rows().stream().mapToDouble(row -> num(w, row, "hourly_wage_effective_usd")).filter(Double::isFinite).sorted().toArray();
        assertEquals(wages.get("median_effective_hourly_wage_usd").asDouble(), median(effective), 1e-8);
        double[] paid = w.rows().stream().mapToDouble(row -> num(w, row, "hourly_wage_paid_usd")).filter(Double::isFinite).sorted().toArray();
        assertEquals(wages.get("median_paid_hourly_wage_usd").asDouble(), median(paid), 1e-8);
        long above = java.util.Arrays.stream(effective).filter(x -> x >= 7.25).count();
        assertEquals(wages.get("share_workers_above_7_25_per_hour").asDouble(), above / (double) effective.length, 1e-9);
        for (DataCategory c : DataCategory.values()) {
            if (!c.isPersonalData()) continue;
            assertEquals(sum(byCountry, "items_given", c.name()), sum(w, "items_" + c.name().toLowerCase(java.util.Locale.ROOT), null), c.name());
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Test
    void campaignsCsvHasEveryCampaignAndItsFillsAreTheItems() throws Exception {
        // Without burn-in no campaign was filled before day 0, so fills over a campaign's life are recorded items.
        Path dir = write("noburnin", Scenarios.small("burnInDays=0", "days=40"), Simulation.Microdata.ALL);
        Table c = RunReader.csv(dir.resolve("campaigns.csv"));
        Table bc = RunReader.csv(dir.resolve("by_country.csv"));
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        long postedFromDayZero = c.rows().stream().filter(row -> num(c, row, "open_day") >= 0).count();
        assertEquals(s.get("campaigns").get("posted").asLong(), postedFromDayZero, "every campaign posted is a row");
        assertTrue(c.rows().size() > postedFromDayZero, "and the warm-up campaigns open on day 0");
        List<String> countries = bc.rows().stream().map(row -> row[0].toString()).distinct().toList();
        Map<String, Double> filled = new HashMap<>();
        for (Object[] row : c.rows()) {
            for (String k : countries) filled.merge(row[c.columnIndex("category")].toString(), num(c, row, "filled_" + k), Double::sum);
            boolean targeted = "true".equals(row[c.columnIndex("targeted")]);
            assertEquals(targeted, Double.isNaN(num(c, row, "global_quota")), "global quota only for untargeted campaigns");
            assertEquals(!targeted, Double.isNaN(num(c, row, "quota_" + countries.get(0))), "country quotas only for targeted campaigns");
        }
        for (DataCategory cat : DataCategory.values()) {
            assertEquals(sum(bc, "items_given", cat.name()), filled.getOrDefault(cat.name(), 0.0), cat.name());
        }
        assertEquals(s.get("money").get("requesters_paid_usd").asDouble(), sum(c, "cost_usd", null), 0.005, "gross spent = requesters paid");
    }

    @Test
    void aWorkerSampleWritesAboutThatShareAndASubsetOfTheRows() throws Exception {
        Path dir = write("sample", Scenarios.small("burnInDays=30"), new Simulation.Microdata(true, 0.1, false));
        List<String> all = Files.readAllLines(base.resolve("workers.csv"));
        List<String> sample = Files.readAllLines(dir.resolve("workers.csv"));
        assertEquals(all.get(0), sample.get(0), "same header");
        double share = (sample.size() - 1) / (double) (all.size() - 1);
        assertTrue(share > 0.08 && share < 0.12, "about 10 %: " + share);
        assertTrue(all.containsAll(sample), "the sampled rows are rows of the full file");
        assertArrayEquals(Files.readAllBytes(base.resolve("campaigns.csv")), Files.readAllBytes(dir.resolve("campaigns.csv")),
                "campaigns are not sampled");
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(0.1, manifest.get("worker_sample").asDouble());
    }

    @Test
    void gzippedMicrodataDecompressToThePlainFiles() throws Exception {
        Path dir = write("gz", Scenarios.small("burnInDays=30"), new Simulation.Microdata(true, 1, true));
        for (String f : List.of("workers.csv", "campaigns.csv")) {
            assertFalse(Files.exists(dir.resolve(f)));
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(f + ".gz")))) {
                assertArrayEquals(Files.readAllBytes(base.resolve(f)), in.readAllBytes(), f);
            }
        }
    }

    @Test
    void noMicrodataWhenNotAskedFor() throws Exception {
        Path dir = write("none", Scenarios.small("burnInDays=0", "days=10", "population=500"), Simulation.Microdata.NONE);
        assertFalse(Files.exists(dir.resolve("workers.csv")));
        assertFalse(Files.exists(dir.resolve("campaigns.csv")));
        assertTrue(new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).get("worker_sample").isNull());
    }

    @Test
    void switchersOnlyWithShocksWithAPlaceboRowForUnshockedCountries() throws Exception {
        assertFalse(Files.exists(base.resolve("switchers.csv")), "no shock, no switchers.csv");
        Path dir = write("shock", Scenarios.small("burnInDays=0", "days=60",
                "countries.PH.shocks=[{day: 25, kind: incomeLoss, incomeLossShare: 0.8}]"), Simulation.Microdata.NONE);
        Table t = RunReader.csv(dir.resolve("switchers.csv"));
        assertEquals(List.of("country", "category", "switch_day", "shocked", "decliners_before", "switchers", "switcher_share"), t.columns());
        long countries = byCountry.rows().stream().map(row -> row[0]).distinct().count();
        assertEquals(countries * (DataCategory.COUNT - 1), t.rows().size(), "country x personal-data category");
        long decliners = 0;
        for (Object[] row : t.rows()) {
            assertEquals(25.0, num(t, row, "switch_day"), "unshocked countries are split at the scenario's first shock day");
            assertEquals(row[0].equals("PH") ? "true" : "false", row[t.columnIndex("shocked")]);
            assertTrue(num(t, row, "decliners_before") >= num(t, row, "switchers"));
            decliners += (long) num(t, row, "decliners_before");
        }
        assertTrue(decliners > 0, "some workers declined before the shock");
    }

    @Test
    void theManifestCountsTheBurnInApart() throws Exception {
        JsonNode m = new ObjectMapper().readTree(base.resolve("manifest.json").toFile());
        assertEquals(30, m.get("burn_in_days").asInt());
        assertTrue(m.get("burn_in_worker_days").asLong() > 0);
        assertTrue(m.get("burn_in_offers_evaluated").asLong() > 0);
        double all = m.get("offers_evaluated").asDouble() + m.get("burn_in_offers_evaluated").asDouble();
        assertEquals(all / m.get("wall_seconds").asDouble(), m.get("offers_evaluated_per_second").asDouble(),
                1e-6 * m.get("offers_evaluated_per_second").asDouble(), "speed counts all work computed");
        RunResults r = Simulation.run(Scenarios.small("burnInDays=5", "days=5", "population=300"));
        assertNull(r.workers(), "Simulation.run (sweeps) holds no microdata");
        assertNotNull(r.summary());
    }
}
