package org.kempelen.scenario;

/**
 * A requester's running quality score: after every {@code tasks} reviewed tasks of a worker, a
 * worker with fewer than {@code minimumApproved} of them approved is removed from the
 * requester's work (UHRS via Clickworker: 11 of 18 right, "removed for quality").
 */
public record QualityCheckParams(
        @Param(unit = "tasks", doc = "Reviewed tasks of a worker per quality check (0 = no check).", def = "0", min = 0, max = 100_000)
        int tasks,
        @Param(unit = "tasks", doc = "Approved tasks a worker needs among each check's tasks to stay; fewer bars it from the requester's campaigns.", def = "0", min = 0, max = 100_000)
        int minimumApproved) implements Checked {

    @Override
    public void check(Checks checks) {
        checks.require(minimumApproved <= tasks, "minimumApproved",
                "found " + minimumApproved + ", more than the " + tasks + " tasks of a check; give at most qualityCheck.tasks"
                        + (tasks == 0 ? " (0 = no check), or set qualityCheck.tasks" : ""));
    }

    /** Whether the check can ever remove a worker. */
    public boolean active() {
        return tasks > 0 && minimumApproved > 0;
    }
}
