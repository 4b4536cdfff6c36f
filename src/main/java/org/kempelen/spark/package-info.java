/**
 * The Spark engine of sweeps: {@link org.kempelen.spark.SparkSweepEngine} does a sweep's runs as
 * Spark tasks and hands their outcomes to the sweep's writer in run order, so the files are those
 * of the local engine; {@link org.kempelen.spark.SparkContexts} starts Spark with quiet defaults;
 * {@link org.kempelen.spark.SparkSweeps} is the door the CLI uses, which loads no Spark class
 * until Spark is known to be on the classpath. Only this package touches Spark (a provided
 * dependency: the cluster's own under spark-submit). Depends on experiment.
 */
package org.kempelen.spark;
