package org.kempelen.compare;

import java.util.List;

/**
 * One side of a comparison: a label (the scenario or sweep names), its replications in the
 * order given, and notes on what was left out (runs of a sweep that failed).
 */
public record Side(String label, List<Replication> replications, List<String> notes) {
    public int size() {
        return replications.size();
    }
}
