package org.kempelen.cli;

import org.kempelen.spark.SparkSweeps;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where many runs are done ({@code sweep}, {@code optimize}): a local thread pool of {@code --threads}, or Spark at {@code --master}. */
final class EngineOptions {
    /** Where the runs are done. */
    enum Engine { local, spark }

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--engine", paramLabel = "ENGINE", description = "Where the runs are done: local (a thread pool, default) or spark"
            + " (Apache Spark; same files; docs/CLUSTER.md).")
    Engine engine = Engine.local;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark, e.g. 'local[*]' (this machine's cores),"
            + " spark://host:7077; not needed under spark-submit.")
    String master;

    boolean onSpark() {
        return engine == Engine.spark;
    }

    /** Refuses options that do not go together, and Spark where it cannot start. */
    void check(CommandLine.Model.CommandSpec spec) throws BadInputException {
        if (threads < 1) throw new BadInputException("--threads must be at least 1; found " + threads);
        if (master != null && !onSpark()) throw new BadInputException("--master is for --engine spark; add --engine spark, or drop --master");
        if (onSpark() && spec.commandLine().getParseResult().hasMatchedOption("--threads")) {
            throw new BadInputException("--threads is for the local engine; with --engine spark, Spark sets the runs at once"
                    + " (--master 'local[N]' on one machine, executors and their cores on a cluster)");
        }
        if (onSpark() && SparkSweeps.problem() != null) throw new BadInputException(SparkSweeps.problem());
    }
}
