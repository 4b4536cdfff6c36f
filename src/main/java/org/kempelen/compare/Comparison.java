package org.kempelen.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kempelen.metrics.MeanDifference;
import org.kempelen.output.Fmt;
import org.kempelen.scenario.Names;

/**
 * Side B against side A, metric by metric: mean of each, B − A with a 95 % interval and a t test.
 * Replications are paired by seed when both sides ran exactly the same set of seeds (at least two
 * each, none twice): then each pair shares its random draws and the paired t test removes that
 * common noise. Otherwise the sides are independent samples (Welch's t). With one run on a side
 * there is no interval: only the difference is reported.
 *
 * <p>The sides must run the same number of days (totals such as items or harm events would not
 * be comparable); a different population is warned about, and every scenario setting in which
 * the sides differ is listed, so that a comparison that changes more than the policy shows it.
 */
public final class Comparison {
    /** One metric's comparison. */
    public record Row(HeadlineMetrics.Metric metric, MeanDifference result) {}

    /**
     * The comparison: the sides, whether paired, one row per metric, how items moved between
     * platforms (markets of several platforms only), and notes for the reader (stderr).
     */
    public record Result(Side a, Side b, boolean paired, String design, List<Row> rows, List<Displacement> displacement, List<String> notes) {}

    private Comparison() {}

    /**
     * Compares the sides on {@code metrics}. A metric in {@code required} (asked for by name) that
     * a side does not have at all is refused, naming the nearest existing metric; a default one
     * is left out with a note.
     */
    public static Result compare(Side a, Side b, List<HeadlineMetrics.Metric> metrics, Collection<String> required)
            throws ComparisonException {
        for (Side s : List.of(a, b)) {
            if (s.replications().isEmpty()) {
                throw new ComparisonException("side " + (s == a ? "A" : "B") + " (" + s.label() + ") has no successful runs to compare");
            }
        }
        List<String> notes = new ArrayList<>();
        a.notes().forEach(n -> notes.add("A: " + n));
        b.notes().forEach(n -> notes.add("B: " + n));
        checkDays(a, b);
        checkPopulation(a, b, notes);
        settingNotes(a, b, notes);
        List<Replication> orderedB = pairedOrder(a, b, notes);
        boolean paired = orderedB != null;
        List<Replication> bs = paired ? orderedB : b.replications();
        String design = paired ? "paired by seed (" + a.size() + " pairs): paired t"
                : a.size() == 1 && b.size() == 1 ? "single runs: differences only, no interval or test"
                : a.size() < 2 || b.size() < 2 ? "one run on side " + (a.size() < 2 ? "A" : "B") + ": differences only, no interval or test"
                : "unpaired (the sides ran different seeds): Welch t";
        List<Row> rows = new ArrayList<>();
        for (HeadlineMetrics.Metric m : metrics) {
            String missing = missingFrom(m.path(), a);
            if (missing == null) missing = missingFrom(m.path(), b);
            if (missing != null) {
                if (required.contains(m.path())) throw new ComparisonException(missing);
                notes.add("left out " + m.path() + ": " + missing.substring(missing.indexOf(": ") + 2, missing.indexOf(';')));
                continue;
            }
            double[] va = values(a.replications(), m.path());
            double[] vb = values(bs, m.path());
            rows.add(new Row(m, paired ? MeanDifference.paired(va, vb) : MeanDifference.welch(va, vb)));
        }
        return new Result(a, b, paired, design, List.copyOf(rows), Displacement.of(a, b), List.copyOf(notes));
    }

    /** B's replications in the order of A's seeds when the seed sets are equal (and usable for pairing); null otherwise. */
    private static List<Replication> pairedOrder(Side a, Side b, List<String> notes) {
        Map<Long, Replication> bySeedB = new HashMap<>();
        boolean duplicates = false;
        for (Side s : List.of(a, b)) {
            Set<Long> seen = new TreeSet<>();
            for (Replication r : s.replications()) {
                if (!seen.add(r.seed())) {
                    duplicates = true;
                    notes.add("warning: side " + (s == a ? "A" : "B") + " has seed " + r.seed() + " more than once (" + r.source()
                            + "); runs of one scenario with one seed are identical, not replications");
                }
                if (s == b) bySeedB.put(r.seed(), r);
            }
        }
        if (duplicates || a.size() < 2 || a.size() != b.size()) return null;
        List<Replication> out = new ArrayList<>();
        for (Replication r : a.replications()) {
            Replication match = bySeedB.get(r.seed());
            if (match == null) return null;
            out.add(match);
        }
        return out;
    }

    private static void checkDays(Side a, Side b) throws ComparisonException {
        Set<String> da = distinct(a, HeadlineMetrics.DAYS);
        Set<String> db = distinct(b, HeadlineMetrics.DAYS);
        if (da.size() > 1 || db.size() > 1 || !da.isEmpty() && !db.isEmpty() && !da.equals(db)) {
            throw new ComparisonException("the runs cover different numbers of recorded days (A: " + String.join(", ", da) + "; B: "
                    + String.join(", ", db) + "); totals such as personal-data items or harm events are not comparable: "
                    + "run both sides with the same 'days'");
        }
    }

    private static void checkPopulation(Side a, Side b, List<String> notes) {
        Set<String> pa = distinct(a, HeadlineMetrics.POPULATION);
        Set<String> pb = distinct(b, HeadlineMetrics.POPULATION);
        if (pa.size() > 1 || pb.size() > 1 || !pa.equals(pb)) {
            notes.add("warning: the runs start with different populations (A: " + String.join(", ", pa) + "; B: " + String.join(", ", pb)
                    + "); counts such as items, third parties and harm events scale with it, so compare shares and rates");
        }
    }

    private static Set<String> distinct(Side s, String path) {
        Set<String> out = new TreeSet<>();
        for (Replication r : s.replications()) {
            Double v = r.value(path);
            if (v != null && Double.isFinite(v)) out.add(Fmt.number(v));
        }
        return out;
    }

    /** Lists the settings in which the sides differ, and warns when a side's own runs differ in more than the seed. */
    private static void settingNotes(Side a, Side b, List<String> notes) {
        Set<String> keys = new LinkedHashSet<>(a.replications().get(0).settings().keySet());
        for (Replication r : a.replications()) keys.retainAll(r.settings().keySet());
        for (Replication r : b.replications()) keys.retainAll(r.settings().keySet());
        List<String> between = new ArrayList<>();
        for (String key : keys) {
            Set<String> va = settingValues(a, key);
            Set<String> vb = settingValues(b, key);
            for (Side s : List.of(a, b)) {
                Set<String> v = s == a ? va : vb;
                if (v.size() > 1) {
                    notes.add("warning: side " + (s == a ? "A" : "B") + "'s runs differ in " + key + " (" + String.join(", ", v)
                            + "), so they are not replications of one scenario");
                }
            }
            if (!va.equals(vb)) between.add(key + ": " + String.join("|", va) + " -> " + String.join("|", vb));
        }
        if (between.isEmpty()) {
            notes.add("the sides ran the same settings" + (keys.isEmpty() ? " (none in common to compare)" : "") + "; only seeds can differ");
        } else {
            notes.add("the sides differ in " + between.size() + " setting" + (between.size() == 1 ? "" : "s") + ": "
                    + String.join("; ", between.subList(0, Math.min(12, between.size()))) + (between.size() > 12 ? "; ..." : ""));
        }
    }

    /** A setting's values on a side; numbers in one spelling, so 0.2 from a sweep override equals 0.20 in a resolved scenario. */
    private static Set<String> settingValues(Side s, String key) {
        Set<String> out = new TreeSet<>();
        for (Replication r : s.replications()) {
            String v = r.settings().get(key);
            try {
                out.add(Fmt.number(Double.parseDouble(v)));
            } catch (NumberFormatException e) {
                out.add(v);
            }
        }
        return out;
    }

    /** Null when every replication of the side has the metric; else why not, with the nearest name it has. */
    private static String missingFrom(String path, Side s) {
        for (Replication r : s.replications()) {
            if (r.value(path) != null) continue;
            List<String> known = new ArrayList<>(r.values().keySet());
            return "metric " + path + ": not in " + r.source() + Names.didYouMean(path, known)
                    + "; metrics there: " + String.join(", ", known);
        }
        return null;
    }

    private static double[] values(List<Replication> reps, String path) {
        double[] v = new double[reps.size()];
        for (int i = 0; i < v.length; i++) v[i] = reps.get(i).value(path);
        return v;
    }
}
