package org.kempelen.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.kempelen.experiment.Sweep;
import org.kempelen.experiment.SweepException;
import org.kempelen.experiment.SweepResult;

/**
 * Runs a sweep on Apache Spark, for the CLI. Names no Spark type, so that it can be loaded, and
 * can say what is missing, on a classpath without Spark (java -jar kempelen.jar).
 */
public final class SparkSweeps {
    /** What to do when Spark is not on the classpath. */
    public static final String MISSING = "--engine spark needs Apache Spark on the classpath, which kempelen.jar leaves out: start the sweep"
            + " with ./kempelen (it adds the Spark jars Maven fetched, listed in target/spark.classpath; build with 'mvn package' if"
            + " that file is missing) or with spark-submit on a cluster (docs/CLUSTER.md)";

    private SparkSweeps() {}

    /** Why Spark cannot be used from here (not on the classpath, or built for another Scala), or null when it can. */
    public static String problem() {
        if (!loadable("org.apache.spark.api.java.JavaSparkContext")) return MISSING;
        if (!loadable("scala.jdk.javaapi.CollectionConverters")) {
            return "the Spark on the classpath is built for Scala 2.12; Kempelen needs Spark 3.5 for Scala 2.13"
                    + " (the download spark-3.5.x-bin-hadoop3-scala2.13; docs/CLUSTER.md)";
        }
        return null;
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, SparkSweeps.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Runs {@code sweep} on a Spark context started for {@code master} (null: the master
     * spark-submit set) and stopped at the end; {@code out} null writes where the sweep file says.
     */
    public static SweepResult run(Sweep sweep, Sweep.Options options, Path out, String master) throws IOException, SweepException {
        String problem = problem();
        if (problem != null) throw new SweepException(problem);
        return SparkContexts.runSweep(sweep, options, out, master);
    }

    /** Work done with a Spark engine (a policy search's evaluations). */
    @FunctionalInterface
    public interface EngineWork<T> {
        T run(org.kempelen.experiment.SweepEngine engine) throws Exception;
    }

    /** Does {@code work} with a Spark engine on a context started for {@code master} (null: spark-submit's) and stopped at the end. */
    public static <T> T withEngine(String master, String appName, EngineWork<T> work) throws Exception {
        String problem = problem();
        if (problem != null) throw new SweepException(problem);
        return SparkContexts.withEngine(master, appName, work);
    }

    /** The JVM options Spark needs on Java 17 (the build writes them from pom.xml; the launcher passes them). */
    static String javaOptions() {
        try (InputStream in = SparkSweeps.class.getResourceAsStream("java-options")) {
            if (in == null) throw new IllegalStateException("kempelen.jar lacks org/kempelen/spark/java-options; rebuild it");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
