package org.kempelen.model;

import org.kempelen.scenario.RequesterParams;
import org.kempelen.scenario.RequesterType;
import org.kempelen.scenario.Scenario;

/**
 * The Java heap a run of a scenario needs, estimated from the scenario before anything is
 * allocated, so that a run that will not fit is refused with a message instead of failing with
 * an OutOfMemoryError hours in. Each part is a count the scenario determines times a per-item
 * cost measured on the baseline (heap histograms after full collections, 20,000 to 1,000,000
 * workers); where a count depends on behaviour (qualifications, items handed in), its bound from
 * demand is used. MemoryEstimateTest holds the sum to the heap a small run actually uses.
 */
public record MemoryEstimate(long workerBytes, long qualificationBytes, long campaignBytes, long pendingBytes,
                             long recordBytes, long fixedBytes) {
    /** The JVM's own classes, the scenario, charts and report at the end: measured about 60 MB, rounded up. */
    static final long FIXED_BYTES = 96L << 20;
    /**
     * Qualification pairs (worker, requester with a test) per worker ever: measured on the baseline,
     * they grow about as 10 ln(1 + days / 3) (15 after 5 days, 42 after 240 at 200,000 workers),
     * until about half the testing requesters have tested the worker (11 of 25 at 20,000 workers);
     * failed tests add about 15 %.
     */
    static final double PAIRS_PER_LOG_DAY = 10;
    static final double PAIRS_DAY_SCALE = 3;
    static final double PAIRS_SATURATION = 0.5;
    static final double FAILED_PAIRS_SHARE = 0.15;
    /** Bytes per member of a {@link WorkerSet} (2 in arrays grown by doubling), and per chunk it indexes (three slots and their growth, the array header). */
    static final double BYTES_PER_PAIR = 3;
    static final int BYTES_PER_CHUNK = 40;
    /** A campaign object with its fixed fields and sets, and its seven per-country arrays (measured 48 bytes per country). */
    static final int CAMPAIGN_BYTES = 400;
    static final int CAMPAIGN_BYTES_PER_COUNTRY = 48;
    /** Tasks handed in per day over the items asked for per day, at most: the warm-up's open campaigns are worked off first. */
    static final double BACKLOG_FACTOR = 1.5;
    /** A daily row of timeseries.csv and beliefs.csv, boxed values included. */
    static final int ROW_BYTES = 1200;
    /** Mean over median of an item count drawn log-normal with sigma {@link DemandPhase#QUOTA_DISPERSION}. */
    private static final double ITEMS_MEAN_OVER_MEDIAN = Math.exp(DemandPhase.QUOTA_DISPERSION * DemandPhase.QUOTA_DISPERSION / 2);

    public static MemoryEstimate of(Scenario s) {
        long slots = Workers.capacityFor(s);
        int horizon = s.burnInDays() + s.days();
        // Per worker slot: its arrays, one int of the work phase's daily order, and at the end two doubles of the wage summary.
        long workers = slots * (Workers.bytesPerSlot(s.forum().degree(), s.allPlatforms().size()) + 4 + 16);

        double scale = Requester.demandScale(s);
        long chunks = slots / 65_536 + 1;
        double testing = 0, checking = 0, requesters = 0, itemsPerDay = 0, kept = 0, open = 0, contributors = 0, misused = 0;
        for (RequesterType t : RequesterType.values()) {
            RequesterParams rp = s.requesters().get(t);
            double n = rp.count();
            requesters += n;
            if (rp.qualificationMinutes() > 0) testing += n;
            if (rp.qualityCheck().active()) checking += n;
            double posted = n * scale * rp.campaignsPerDay();
            double items = posted * rp.itemsPerCampaign() * ITEMS_MEAN_OVER_MEDIAN;
            itemsPerDay += items;
            // Kept: open, or closed while recording (campaigns.csv), or holding data (breaches): posted within the last
            // deadline + max(days, retention) days of the warm-up and the horizon.
            double keptDays = Math.min(s.warmupDays() + horizon, rp.deadlineDays() + Math.max(s.days(), rp.retentionDays()));
            kept += posted * keptDays;
            open += posted * Math.min(s.warmupDays() + horizon, rp.deadlineDays());
            // Contributors of data still held (bounded by the items asked for), and misuse scheduled within the horizon.
            double personal = items * personalShare(rp);
            contributors += personal * Math.min(horizon, rp.deadlineDays() + rp.retentionDays());
            misused += personal * rp.misuseProbability() * horizon;
        }
        double pairsPerWorker = (1 + FAILED_PAIRS_SHARE) * pairsPerWorker(testing, horizon);
        // Quality checks under way: a worker's counts with each checking requester it works for, in an IntLongMap at most half full.
        long qualifications = (long) (slots * pairsPerWorker * BYTES_PER_PAIR) + (long) (2 * testing * chunks * BYTES_PER_CHUNK)
                + (long) (slots * pairsPerWorker(checking, horizon) * IntLongMap.MAX_BYTES_PER_ENTRY);
        int countries = s.countries().size();
        // An open campaign's contributor set indexes every chunk up to its highest contributor's.
        long campaigns = (long) (kept * (CAMPAIGN_BYTES + CAMPAIGN_BYTES_PER_COUNTRY * countries) + open * chunks * BYTES_PER_CHUNK
                + contributors * 4 + misused * 8);
        // Tasks awaiting review, for the approval days and today, plus a block: the items asked for per day, and more while the
        // campaigns open on the first day are worked off (measured 1.4 tasks per worker-day against 1.13 asked, 10 M workers, no burn-in).
        // With several platforms, at the longest approval delay of any, and a block per queue of each platform.
        int approvalDays = s.allPlatforms().stream().mapToInt(p -> p.approvalDays()).max().orElse(0);
        long pending = (long) (BACKLOG_FACTOR * itemsPerDay * (approvalDays + 1) * PendingWork.BYTES_PER_ENTRY)
                + (long) PendingWork.BLOCK * PendingWork.BYTES_PER_ENTRY * PendingWork.QUEUES * s.allPlatforms().size();
        long records = (long) s.days() * ROW_BYTES * (1 + countries);
        return new MemoryEstimate(workers, qualifications, campaigns, pending, records, FIXED_BYTES + (long) (requesters * 200));
    }

    /** Requesters (of {@code requesters}) a worker ever dealt with, as measured for qualification tests. */
    private static double pairsPerWorker(double requesters, int horizon) {
        return Math.min(PAIRS_SATURATION * requesters, PAIRS_PER_LOG_DAY * Math.log(1 + horizon / PAIRS_DAY_SCALE));
    }

    /** Share of a type's campaigns that ask for personal data. */
    private static double personalShare(RequesterParams rp) {
        double all = 0, personal = 0;
        for (var e : rp.categoryMix().entrySet()) {
            all += e.getValue();
            if (e.getKey().isPersonalData()) personal += e.getValue();
        }
        return all > 0 ? personal / all : 0;
    }

    public long totalBytes() {
        return workerBytes + qualificationBytes + campaignBytes + pendingBytes + recordBytes + fixedBytes;
    }
}
