package org.kempelen.spark;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.kempelen.experiment.Sweep;
import org.kempelen.experiment.SweepException;
import org.kempelen.experiment.SweepResult;

/**
 * Starts Spark for a sweep: the master given (or the one spark-submit set), quiet logging, no web
 * UI on one machine, and a clear message for what Java 17 or the master lacks.
 */
public final class SparkContexts {
    /** Loaded as Spark starts, unless the JVM names a Log4j configuration of its own. */
    private static final String QUIET_LOGGING = "classpath:org/kempelen/spark/log4j2.properties";

    private SparkContexts() {}

    static SweepResult runSweep(Sweep sweep, Sweep.Options options, Path out, String master) throws IOException, SweepException {
        try (JavaSparkContext spark = open(master, "kempelen sweep " + sweep.spec().name())) {
            Sweep.Options onSpark = options.withEngine(new SparkSweepEngine(spark));
            return out != null ? sweep.run(onSpark, out) : sweep.run(onSpark);
        }
    }

    static <T> T withEngine(String master, String appName, SparkSweeps.EngineWork<T> work) throws Exception {
        try (JavaSparkContext spark = open(master, appName)) {
            return work.run(new SparkSweepEngine(spark));
        }
    }

    /** A Spark context for {@code master} (null: the one spark-submit set through spark.master). */
    public static JavaSparkContext open(String master, String appName) throws SweepException {
        if (!Object.class.getModule().isOpen("sun.nio.ch", SparkContexts.class.getModule())) {
            throw new SweepException("Spark needs Java 17's internals opened: run through ./kempelen or spark-submit, which pass the options,"
                    + " or give java these: " + SparkSweeps.javaOptions());
        }
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", QUIET_LOGGING);
        }
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) conf.setMaster(master);
        if (!conf.contains("spark.master")) {
            throw new SweepException("--engine spark needs --master, e.g. --master 'local[*]' for this machine's cores"
                    + " (spark-submit sets the master itself)");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // One process: no web UI to serve, and no network name to resolve (a sandbox may have none).
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.setIfMissing("spark.log.level", "WARN");
        try {
            return new JavaSparkContext(conf);
        } catch (Exception e) {
            // Spark says SparkException (undeclared) for a master it cannot parse or reach.
            throw new SweepException("cannot start Spark with master '" + conf.get("spark.master") + "': " + firstLine(e.getMessage()));
        }
    }

    static String firstLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
