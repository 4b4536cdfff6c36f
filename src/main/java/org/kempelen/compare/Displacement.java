package org.kempelen.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kempelen.scenario.DataCategory;

/**
 * Where a data category's items went, side B against side A, in markets of several platforms
 * (docs/ODD.md 7.10): the items of the category on each side (mean over replications), each
 * platform's share of them, and the share that moved between platforms,
 * {@code moved = ½ Σ_p |share_B(p) − share_A(p)|} (0: the same split; 1: every item on another
 * platform). A ban that stops a collection shows as fewer items; one that displaces it, as a
 * large moved share with about as many items.
 */
public record Displacement(String category, double itemsA, double itemsB, Map<String, Double> shareA, Map<String, Double> shareB,
                           double moved) {
    private static final String PREFIX = "by_platform.";
    private static final String INFIX = ".items_by_category.";

    /** Per category with items on either side; empty when a side has no per-platform figures (one platform). */
    static List<Displacement> of(Side a, Side b) {
        List<String> platforms = platforms(a);
        for (String p : platforms(b)) if (!platforms.contains(p)) platforms.add(p);
        List<Displacement> out = new ArrayList<>();
        if (platforms(a).isEmpty() || platforms(b).isEmpty()) return out;
        for (DataCategory c : DataCategory.values()) {
            Map<String, Double> itemsA = meanItems(a, platforms, c);
            Map<String, Double> itemsB = meanItems(b, platforms, c);
            double totalA = itemsA.values().stream().mapToDouble(Double::doubleValue).sum();
            double totalB = itemsB.values().stream().mapToDouble(Double::doubleValue).sum();
            if (totalA == 0 && totalB == 0) continue;
            Map<String, Double> shareA = shares(itemsA, totalA);
            Map<String, Double> shareB = shares(itemsB, totalB);
            double moved = Double.NaN;
            if (totalA > 0 && totalB > 0) {
                moved = 0;
                for (String p : platforms) moved += Math.abs(shareB.get(p) - shareA.get(p)) / 2;
            }
            out.add(new Displacement(c.name(), totalA, totalB, shareA, shareB, moved));
        }
        return out;
    }

    /** The platforms a side's runs report, in the order of their summaries. */
    private static List<String> platforms(Side s) {
        Set<String> out = new LinkedHashSet<>();
        for (Replication r : s.replications()) {
            for (String path : r.values().keySet()) {
                int at = path.indexOf(INFIX);
                if (path.startsWith(PREFIX) && at > PREFIX.length()) out.add(path.substring(PREFIX.length(), at));
            }
        }
        return new ArrayList<>(out);
    }

    private static Map<String, Double> meanItems(Side s, List<String> platforms, DataCategory c) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String p : platforms) {
            double sum = 0;
            for (Replication r : s.replications()) {
                Double v = r.value(PREFIX + p + INFIX + c.name());
                if (v != null && Double.isFinite(v)) sum += v;
            }
            out.put(p, sum / s.replications().size());
        }
        return out;
    }

    private static Map<String, Double> shares(Map<String, Double> items, double total) {
        Map<String, Double> out = new LinkedHashMap<>();
        items.forEach((p, n) -> out.put(p, total > 0 ? n / total : Double.NaN));
        return out;
    }
}
