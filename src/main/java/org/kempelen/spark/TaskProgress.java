package org.kempelen.spark;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;
import org.kempelen.experiment.ProgressCounter;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Tells a sweep's progress on the driver as Spark's tasks end, before the driver writes their
 * outcomes (it writes a job's at once, in order). Counts each run once: a task of the sweep's jobs
 * that succeeded, once per stage and partition (a speculative copy that also succeeds is not
 * counted again); a failed run is one whose task added to the failures accumulator.
 */
final class TaskProgress extends SparkListener {
    private final String group;
    private final long failuresAccumulator;
    private final ProgressCounter progress;
    private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
    private final Set<Long> counted = ConcurrentHashMap.newKeySet();

    TaskProgress(String group, long failuresAccumulator, ProgressCounter progress) {
        this.group = group;
        this.failuresAccumulator = failuresAccumulator;
        this.progress = progress;
    }

    @Override
    public void onJobStart(SparkListenerJobStart job) {
        if (job.properties() == null || !group.equals(job.properties().getProperty("spark.jobGroup.id"))) return;
        for (Object stage : CollectionConverters.asJava(job.stageIds())) stages.add((Integer) stage);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskInfo info = end.taskInfo();
        if (!stages.contains(end.stageId()) || info == null || !info.successful()) return;
        if (!counted.add(((long) end.stageId() << 32) | info.index())) return;
        progress.finished(!addedToFailures(info));
    }

    private boolean addedToFailures(TaskInfo info) {
        for (AccumulableInfo a : CollectionConverters.asJava(info.accumulables())) {
            if (a.id() == failuresAccumulator && a.update().isDefined()) return ((Number) a.update().get()).longValue() > 0;
        }
        return false;
    }
}
