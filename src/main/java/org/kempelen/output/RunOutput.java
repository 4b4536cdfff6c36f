package org.kempelen.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.kempelen.metrics.RunResults;
import org.kempelen.metrics.StreamedTable;
import org.kempelen.metrics.Table;

/**
 * Writes a run directory: every file into a temporary directory beside it, then one rename, so
 * a run directory is either complete or absent.
 */
public final class RunOutput {
    /**
     * The files of a run directory as written by default. workers.csv and campaigns.csv (the
     * microdata) are left out by {@code --microdata none} and written gzipped (".gz") by
     * {@code --gzip-microdata}; {@link #SHOCK_FILES} are added when the scenario has shocks.
     */
    public static final List<String> FILES = List.of("scenario.resolved.yaml", "timeseries.csv", "by_country.csv",
            "by_pressure.csv", "beliefs.csv", "workers.csv", "campaigns.csv", "summary.json", "manifest.json");
    /** Files written only when the scenario has a shock within the horizon. */
    public static final List<String> SHOCK_FILES = List.of("switchers.csv");

    private RunOutput() {}

    /**
     * Checks, before anything runs, that {@code dir} can be created: it must not exist (unless
     * {@code overwrite}) and its parent must be writable. Returns a message, or null when fine.
     */
    public static String problemWith(Path dir, boolean overwrite) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) return "output " + dir + " exists and is not a directory";
            if (!overwrite) return "output directory " + dir + " already exists; choose another --out or add --overwrite";
        }
        Path parent = abs.getParent();
        while (parent != null && !Files.exists(parent)) parent = parent.getParent();
        if (parent == null) return "cannot create output directory " + dir + ": no existing parent directory";
        if (!Files.isDirectory(parent)) return "cannot create output directory " + dir + ": " + parent + " is a file, not a directory";
        if (!Files.isWritable(parent)) return "cannot create output directory " + dir + ": " + parent + " is not writable";
        return null;
    }

    /** Adds files to a run directory before it is moved into place (charts, report), given the temporary directory. */
    @FunctionalInterface
    public interface Extras {
        void write(Path temporaryDirectory, Path finalDirectory) throws IOException;
    }

    public static void write(Path dir, String resolvedYaml, RunResults results, Manifest manifest, boolean overwrite) throws IOException {
        write(dir, resolvedYaml, results, manifest, overwrite, false, (tmp, target) -> { });
    }

    /** Writes the run directory; the microdata the results carry go to workers.csv and campaigns.csv, or .csv.gz with {@code gzipMicrodata}. */
    public static void write(Path dir, String resolvedYaml, RunResults results, Manifest manifest, boolean overwrite,
                             boolean gzipMicrodata, Extras extras) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        // A plain directory (not createTempDirectory, which is private to the owner) with a name no other run uses.
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createDirectory(tmp);
        try {
            Files.writeString(tmp.resolve("scenario.resolved.yaml"), resolvedYaml, StandardCharsets.UTF_8);
            csv(tmp.resolve("timeseries.csv"), results.timeseries());
            csv(tmp.resolve("by_country.csv"), results.byCountry());
            csv(tmp.resolve("by_pressure.csv"), results.byPressure());
            csv(tmp.resolve("beliefs.csv"), results.beliefs());
            if (results.switchers() != null) csv(tmp.resolve("switchers.csv"), results.switchers());
            if (results.workers() != null) microdata(tmp, "workers.csv", results.workers(), gzipMicrodata);
            if (results.campaigns() != null) microdata(tmp, "campaigns.csv", results.campaigns(), gzipMicrodata);
            Files.writeString(tmp.resolve("summary.json"), Json.write(results.summary()), StandardCharsets.UTF_8);
            extras.write(tmp, target);
            Files.writeString(tmp.resolve("manifest.json"), Json.write(manifest.toMap()), StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                if (!overwrite) throw new IOException("output directory " + dir + " already exists");
                Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
                AtomicFiles.move(target, old);
                AtomicFiles.move(tmp, target);
                AtomicFiles.deleteTree(old);
            } else {
                AtomicFiles.move(tmp, target);
            }
        } catch (DirectoryNotEmptyException e) {
            throw new IOException("cannot replace " + dir + ": " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }

    private static void csv(Path file, Table table) throws IOException {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter.write(table, w);
        }
    }

    /** A streamed table, row by row, plain or gzipped: memory does not grow with the number of rows. */
    private static void microdata(Path dir, String name, StreamedTable table, boolean gzip) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(dir.resolve(gzip ? name + ".gz" : name)), 1 << 16);
             OutputStream out = gzip ? new Gzip(file) : file;
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            CsvWriter.write(table, w);
        }
    }

    public static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
