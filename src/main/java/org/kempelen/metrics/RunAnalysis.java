package org.kempelen.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kempelen.model.Countries;
import org.kempelen.model.Ledger;
import org.kempelen.model.MarketModel;
import org.kempelen.model.MarketStats;
import org.kempelen.model.Workers;
import org.kempelen.scenario.DataCategory;

/**
 * Turns a finished model into by_country.csv, by_pressure.csv, switchers.csv, summary.json and the
 * microdata (MODEL.md section 7; docs/ODD.md section 10). Pressure measures are in
 * {@link PressureAnalysis}, wages in {@link WageAnalysis}, switchers in {@link SwitcherAnalysis},
 * microdata in {@link WorkerTable} and {@link CampaignTable}. Workers who left during the burn-in
 * are not counted anywhere.
 */
public final class RunAnalysis {
    private static final int C = DataCategory.COUNT;

    private final MarketModel m;
    private final MarketStats s;
    private final Countries cs;
    private final int[] workersEver;
    private final double[] paidHours;
    private final double[] unpaidHours;
    private final double[] earned;
    private final int[] harmedWorkers;

    private RunAnalysis(MarketModel m) {
        this.m = m;
        this.s = m.stats;
        this.cs = m.countries;
        int k = cs.count;
        workersEver = new int[k];
        paidHours = new double[k];
        unpaidHours = new double[k];
        earned = new double[k];
        harmedWorkers = new int[k];
        Workers ws = m.workers;
        for (int w = 0; w < ws.size; w++) {
            if (!ws.recorded(w)) continue;
            int c = ws.country[w];
            workersEver[c]++;
            paidHours[c] += WageAnalysis.paidHours(ws, w);
            unpaidHours[c] += WageAnalysis.unpaidHours(ws, w);
            earned[c] += WageAnalysis.received(ws, w);
            if (ws.harmEvents[w] > 0) harmedWorkers[c]++;
        }
    }

    /** The tables and summary, without microdata (sweeps, tests). */
    public static RunResults analyse(MarketModel m, RunRecorder recorder) {
        return analyse(m, recorder, false, 1);
    }

    /**
     * The tables and summary, and with {@code microdata} workers.csv (a share {@code workerSample}
     * of the recorded workers, from 0 to 1) and campaigns.csv, streamed from {@code m} when written.
     */
    public static RunResults analyse(MarketModel m, RunRecorder recorder, boolean microdata, double workerSample) {
        RunAnalysis a = new RunAnalysis(m);
        Table byCountry = m.platforms.length > 1 ? PlatformAnalysis.byCountry(m, a.byCountry()) : a.byCountry();
        return new RunResults(recorder.timeseries(), byCountry, a.byPressure(), recorder.beliefs(), SwitcherAnalysis.table(m),
                microdata ? new WorkerTable(m, workerSample) : null, microdata ? new CampaignTable(m) : null, a.summary(),
                m.stats.workerDays, m.stats.offersEvaluated, m.burnInWorkerDays, m.burnInOffersEvaluated);
    }

    private Table byCountry() {
        Table t = new Table(List.of("country", "category", "workers", "worker_share", "offers", "accepted", "acceptance_rate",
                PressureAnalysis.NEED, PressureAnalysis.PURCHASING_POWER, PressureAnalysis.ECONOMIC_CONDITIONS, "qualification_attempts", "qualification_failures", "quality_kickouts", "items_given", "items_approved",
                "items_from_open_campaigns", "mean_price_accepted_usd", "mean_pay_per_item_usd", "requester_cost_per_item_usd",
                "sensitive_item_share", "harm_events", "notified_share", "third_parties_exposed",
                "paid_hourly_wage_usd", "effective_hourly_wage_usd", "effective_hourly_wage_ppp_usd", "effective_wage_to_minimum_wage"));
        long totalWorkers = Arrays.stream(workersEver).sum();
        long[] itemsByCategory = new long[C];
        long personalTotal = 0;
        for (int k = 0; k < cs.count; k++) {
            for (int c = 0; c < C; c++) itemsByCategory[c] += s.items[k * C + c];
        }
        for (int c = 1; c < C; c++) personalTotal += itemsByCategory[c];
        for (int k = 0; k < cs.count; k++) {
            double share = totalWorkers == 0 ? Double.NaN : workersEver[k] / (double) totalWorkers;
            double paidWage = ratio(earned[k], paidHours[k]);
            double effective = ratio(earned[k], paidHours[k] + unpaidHours[k]);
            Object[] wages = {paidWage, effective, effective * cs.pppFactor[k], ratio(effective, cs.minimumWageHourly[k])};
            long offers = 0, accepted = 0, attempts = 0, failures = 0, kickouts = 0, given = 0, approved = 0, pay = 0, cost = 0, harm = 0;
            long notified = 0, open = 0;
            double priceSum = 0, third = 0;
            for (int c = 0; c < C; c++) {
                int i = k * C + c;
                double[] channels = PressureAnalysis.channels(s, k, k + 1, c, c + 1);
                t.add(concat(new Object[] {cs.code[k], DataCategory.values()[c].name(), workersEver[k], share, s.offers[i], s.accepted[i],
                        ratio(s.accepted[i], s.offers[i]), channels[0], channels[1], channels[2],
                        s.qualificationAttempts[i], s.qualificationFailures[i], s.qualityKickouts[i], s.items[i], s.itemsApproved[i],
                        s.itemsFromOpenCampaigns[i], ratio(s.acceptedPriceSum[i], s.accepted[i]),
                        ratio(s.workerPayCents[i] / 100.0, s.itemsApproved[i]), ratio(s.requesterCostCents[i] / 100.0, s.itemsApproved[i]),
                        c == 0 ? Double.NaN : ratio(s.items[i], itemsByCategory[c]), s.harmEvents[i], ratio(s.notifiedHarm[i], s.harmEvents[i]),
                        s.thirdPartiesExposed[i]}, wages));
                offers += s.offers[i];
                accepted += s.accepted[i];
                attempts += s.qualificationAttempts[i];
                failures += s.qualificationFailures[i];
                kickouts += s.qualityKickouts[i];
                approved += s.itemsApproved[i];
                open += s.itemsFromOpenCampaigns[i];
                pay += s.workerPayCents[i];
                cost += s.requesterCostCents[i];
                priceSum += s.acceptedPriceSum[i];
                harm += s.harmEvents[i];
                notified += s.notifiedHarm[i];
                third += s.thirdPartiesExposed[i];
                if (c > 0) given += s.items[i];
            }
            double[] all = PressureAnalysis.channels(s, k, k + 1, 0, C);
            t.add(concat(new Object[] {cs.code[k], "ALL", workersEver[k], share, offers, accepted, ratio(accepted, offers),
                    all[0], all[1], all[2], attempts, failures, kickouts, given + s.items[k * C], approved,
                    open, ratio(priceSum, accepted), ratio(pay / 100.0, approved), ratio(cost / 100.0, approved),
                    ratio(given, personalTotal), harm, ratio(notified, harm), third}, wages));
        }
        return t;
    }

    private Table byPressure() {
        Table t = new Table(List.of("pressure_band", "pressure_from", "pressure_to", "category", "offers", "accepted", "acceptance_rate"));
        for (int b = 0; b < MarketStats.BANDS; b++) {
            for (int c = 0; c < C; c++) {
                int i = b * C + c;
                t.add(b + 1, b / (double) MarketStats.BANDS, (b + 1) / (double) MarketStats.BANDS, DataCategory.values()[c].name(),
                        s.bandOffers[i], s.bandAccepted[i], ratio(s.bandAccepted[i], s.bandOffers[i]));
            }
        }
        return t;
    }

    private Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", m.scenario.name());
        out.put("seed", m.scenario.seed());
        out.put("days", m.scenario.days());
        out.put("pressure_gradient", PressureAnalysis.gradient(s));
        out.put("economic_conditions", PressureAnalysis.economicConditions(s, cs.code));
        out.put("acceptance_by_country", PressureAnalysis.acceptanceByCountry(s, cs.code));
        out.put("exposure", exposure());
        out.put("requester_cost", requesterCost());
        out.put("by_requester_type", RequesterAnalysis.byType(s));
        out.put("wages", WageAnalysis.summary(m));
        out.put("workforce", workforce());
        out.put("harm", harm());
        out.put("campaigns", campaigns());
        out.put("money", money());
        if (m.platforms.length > 1) out.put("by_platform", PlatformAnalysis.byPlatform(m));
        return out;
    }

    private Map<String, Object> exposure() {
        Integer[] byGdp = new Integer[cs.count];
        for (int k = 0; k < cs.count; k++) byGdp[k] = k;
        Arrays.sort(byGdp, Comparator.comparingDouble(k -> cs.gdpPerCapitaPpp[k]));
        int half = cs.count / 2;
        long personal = 0, poorItems = 0;
        long workers = 0, poorWorkers = 0;
        double third = 0;
        double[] perWorker = new double[cs.count];
        int withWorkers = 0;
        List<String> poorest = new ArrayList<>();
        for (int rank = 0; rank < cs.count; rank++) {
            int k = byGdp[rank];
            long items = 0;
            for (int c = 1; c < C; c++) {
                items += s.items[k * C + c];
                third += s.thirdPartiesExposed[k * C + c];
            }
            personal += items;
            workers += workersEver[k];
            if (rank < half) {
                poorItems += items;
                poorWorkers += workersEver[k];
                poorest.add(cs.code[k]);
            }
            if (workersEver[k] > 0) perWorker[withWorkers++] = items / (double) workersEver[k];
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personal_data_items", personal);
        out.put("poorest_half_countries", poorest);
        out.put("poorest_half_share_of_sensitive_items", ratio(poorItems, personal));
        out.put("poorest_half_share_of_workers", ratio(poorWorkers, workers));
        // Above 1: the poorest half gives more of the personal data than its share of the workforce.
        out.put("poorest_half_items_to_workers_ratio", ratio(ratio(poorItems, personal), ratio(poorWorkers, workers)));
        out.put("gini_items_per_worker_over_countries", Statistics.gini(Arrays.copyOf(perWorker, withWorkers)));
        out.put("third_parties_exposed", third);
        return out;
    }

    private Map<String, Object> requesterCost() {
        Map<String, Object> byCountry = new LinkedHashMap<>();
        for (int k = 0; k < cs.count; k++) {
            long cost = 0, items = 0;
            for (int c = 0; c < C; c++) {
                cost += s.requesterCostCents[k * C + c];
                items += s.itemsApproved[k * C + c];
            }
            byCountry.put(cs.code[k], ratio(cost / 100.0, items));
        }
        Map<String, Object> premium = new LinkedHashMap<>();
        for (DataCategory cat : DataCategory.values()) {
            int c = cat.ordinal();
            long costScarce = 0, itemsScarce = 0, costOther = 0, itemsOther = 0;
            for (int k = 0; k < cs.count; k++) {
                if (cs.scarce[k]) {
                    costScarce += s.requesterCostCents[k * C + c];
                    itemsScarce += s.itemsApproved[k * C + c];
                } else {
                    costOther += s.requesterCostCents[k * C + c];
                    itemsOther += s.itemsApproved[k * C + c];
                }
            }
            premium.put(cat.name(), ratio(ratio(costScarce, itemsScarce), ratio(costOther, itemsOther)) - 1);
        }
        List<String> scarceCountries = new ArrayList<>();
        for (int k = 0; k < cs.count; k++) if (cs.scarce[k]) scarceCountries.add(cs.code[k]);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("per_approved_item_by_country_usd", byCountry);
        out.put("scarce_countries", scarceCountries);
        out.put("scarce_quota_premium_by_category", premium);
        return out;
    }

    private Map<String, Object> workforce() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("initial_workers", m.scenario.population());
        out.put("active_at_end", m.workers.activeCount());
        out.put("entries", s.entries);
        Map<String, Object> byCountry = new LinkedHashMap<>();
        for (int k = 0; k < cs.count; k++) byCountry.put(cs.code[k], s.entriesByCountry[k]);
        out.put("entries_by_country", byCountry);
        out.put("erasures_on_exit", s.erasures);
        out.put("exits", s.exits);
        out.put("worker_days", s.workerDays);
        double hazard = ratio(s.exits, s.workerDays);
        out.put("observed_half_life_days", hazard > 0 ? Math.log(2) / hazard : Double.NaN);
        return out;
    }

    private Map<String, Object> harm() {
        Map<String, Object> incidence = new LinkedHashMap<>();
        long events = 0, notified = 0, harmed = 0;
        for (int k = 0; k < cs.count; k++) {
            incidence.put(cs.code[k], ratio(harmedWorkers[k], workersEver[k]));
            harmed += harmedWorkers[k];
            for (int c = 0; c < C; c++) {
                events += s.harmEvents[k * C + c];
                notified += s.notifiedHarm[k * C + c];
            }
        }
        Map<String, Object> notifiedByCountry = new LinkedHashMap<>();
        for (int k = 0; k < cs.count; k++) {
            long e = 0, n = 0;
            for (int c = 0; c < C; c++) {
                e += s.harmEvents[k * C + c];
                n += s.notifiedHarm[k * C + c];
            }
            notifiedByCountry.put(cs.code[k], ratio(n, e));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("breaches", s.breaches);
        out.put("misuses", s.misuses);
        out.put("harm_events", events);
        out.put("harmed_workers", harmed);
        out.put("notified_share", ratio(notified, events));
        out.put("incidence_by_country", incidence);
        out.put("notified_share_by_country", notifiedByCountry);
        return out;
    }

    private Map<String, Object> campaigns() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("posted", s.campaignsPosted);
        out.put("blocked_by_ban", s.campaignsBlockedByBan);
        out.put("blocked_as_scam", s.campaignsBlockedAsScam);
        out.put("open_at_end", m.openCampaigns().size());
        return out;
    }

    private Map<String, Object> money() {
        Map<String, Object> out = ledger(m.ledger());
        // The market's ledger also tells the tasks still in review, before whether it is conserved.
        Object conserved = out.remove("conserved");
        out.put("pending_tasks", m.pendingTasks());
        out.put("conserved", conserved);
        return out;
    }

    /** Where a ledger's cents went, in USD, and whether every cent is accounted for. */
    static Map<String, Object> ledger(Ledger l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("opening_balances_usd", l.openingBalancesCents / 100.0);
        out.put("requesters_paid_usd", l.requesterPaidCents / 100.0);
        out.put("commission_usd", l.commissionCents / 100.0);
        out.put("paid_out_usd", l.paidOutCents / 100.0);
        out.put("payout_fees_usd", l.payoutFeeCents / 100.0);
        out.put("forfeited_usd", l.forfeitedCents / 100.0);
        out.put("balances_usd", l.balancesCents / 100.0);
        out.put("conserved", l.conserved());
        return out;
    }

    /** a / b; NaN (not available) when b is 0. */
    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
