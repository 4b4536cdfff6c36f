package org.kempelen.scenario;

/**
 * A policy lever switched on a running market: from the start of {@code day} on, the scenario
 * holds with {@code set} applied (as {@code --set} applies it). The market is carried over
 * whole, as a run continuing from a saved state carries it (docs/STATES.md); only the lever
 * changes. The GUI records every switch made while running as one of these.
 */
public record PolicyChange(
        @Param(unit = "day", doc = "Recorded day from whose start the change holds (0: the first recorded day).", min = 0)
        int day,
        @Param(doc = "The change, as --set takes it: PATH=VALUE with PATH a policy lever (platform.*, platforms.<name>.*, countries.<code>.dataProtection, requesters.<type>.processorDataProtection), e.g. 'platform.bannedCategories=[ID_DOCUMENT]'.")
        String set) implements Checked {

    /** The parameter path the change sets ({@code set} up to its '='). */
    public String path() {
        int eq = set == null ? -1 : set.indexOf('=');
        return eq < 0 ? "" : set.substring(0, eq).trim();
    }

    @Override
    public void check(Checks checks) {
        if (set == null) return;
        checks.require(set.indexOf('=') > 0, "set", "found " + InputLimits.quote(set)
                + "; expected PATH=VALUE, e.g. platform.bannedCategories=[ID_DOCUMENT]");
        if (set.indexOf('=') <= 0) return;
        checks.require(PolicyLevers.isLever(path()), "set", InputLimits.quote(path())
                + " is not a policy lever; a dated change may set " + PolicyLevers.NAMES
                + " (other parameters made the market what it is; shocks have their own dates under countries.<code>.shocks)");
    }
}
