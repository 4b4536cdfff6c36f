package org.kempelen.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kempelen.output.BuildStamps;
import org.kempelen.output.ChecksummedLines;
import org.kempelen.output.CsvWriter;
import org.kempelen.output.ResumableJournal;

/**
 * The record of a calibration's evaluations: a hidden journal holding every evaluation exactly
 * (parameter values and each replication's moments, one per comparison of the targets, as the bits of the doubles, each line with a
 * checksum) and trace.csv, the same evaluations for people. A calibration killed at any moment
 * resumes from the journal's lines that are whole and whose checksum holds; trace.csv is then
 * rewritten from them, so a torn last line of either file is never trusted. The journal also
 * records the build that made the evaluations ({@link BuildStamps}): another build resumes only
 * when allowed, so that replayed and new evaluations do not silently come from two models.
 */
public final class CalibrationJournal implements AutoCloseable {
    public static final String TRACE = "trace.csv";
    static final String JOURNAL = ".calibration-journal";

    private final ResumableJournal<Evaluation> files;

    private CalibrationJournal(ResumableJournal<Evaluation> files) {
        this.files = files;
    }

    /**
     * Opens {@code out} for a new calibration, or with {@code resume} the one a killed calibration
     * left there; one that another build began only with {@code allowBuildChange}.
     */
    public static CalibrationJournal open(CalibrationSpec spec, Path out, boolean resume, boolean allowBuildChange)
            throws IOException, CalibrationException {
        // Evaluations are numbered from 1.
        ResumableJournal.Format<Evaluation> format = new ResumableJournal.Format<>(header(spec), (line, index) -> parse(line, index + 1, spec),
                CalibrationJournal::line, traceHeader(spec), e -> traceLine(spec, e));
        try {
            return new CalibrationJournal(ResumableJournal.open(out, JOURNAL, TRACE, format, "calibration", "its base scenario or targets have changed",
                    resume, allowBuildChange));
        } catch (ResumableJournal.Refused e) {
            throw new CalibrationException(e.getMessage());
        }
    }

    /** The builds that made the evaluations, this one last. */
    public BuildStamps builds() {
        return files.builds();
    }

    /** The evaluations a resumed calibration replays, in order (empty for a new one). */
    public List<Evaluation> replayed() {
        return files.replayed();
    }

    /** Records one new evaluation: the journal line first, so trace.csv never runs ahead of it. */
    public void append(Evaluation e) throws IOException {
        files.append(e);
    }

    @Override
    public void close() throws IOException {
        files.close();
    }

    private static String header(CalibrationSpec spec) {
        // "targets" counts the moment columns, the comparisons: for value targets and bounds one each, as it always did.
        return "kempelen-calibration 1 " + spec.fingerprint() + " parameters " + spec.parameters().size() + " targets "
                + Comparison.of(spec.targets()).size() + " replications " + spec.seeds().length;
    }

    /** number, values, moments (replication-major) as hexadecimal double bits, then a CRC-32 of all that. */
    static String line(Evaluation e) {
        StringBuilder b = new StringBuilder(Integer.toString(e.number()));
        for (double v : e.values()) b.append(' ').append(ChecksummedLines.hex(v));
        for (double[] rep : e.moments()) for (double m : rep) b.append(' ').append(ChecksummedLines.hex(m));
        return ChecksummedLines.seal(b.toString());
    }

    /** The evaluation on {@code line}, or null when the line is damaged, not this calibration's shape, or out of order. */
    private static Evaluation parse(String line, int expected, CalibrationSpec spec) {
        int d = spec.parameters().size();
        int targets = Comparison.of(spec.targets()).size();
        int reps = spec.seeds().length;
        String body = ChecksummedLines.open(line);
        if (body == null) return null;
        try {
            String[] f = body.split(" ");
            if (f.length != 1 + d + reps * targets || Integer.parseInt(f[0]) != expected) return null;
            double[] values = new double[d];
            for (int i = 0; i < d; i++) values[i] = ChecksummedLines.bits(f[1 + i]);
            double[][] moments = new double[reps][targets];
            for (int r = 0; r < reps; r++) for (int t = 0; t < targets; t++) moments[r][t] = ChecksummedLines.bits(f[1 + d + r * targets + t]);
            return new Evaluation(expected, values, moments);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String traceHeader(CalibrationSpec spec) {
        List<Object> h = new ArrayList<>(List.of("evaluation"));
        for (FitParameter p : spec.parameters()) h.add(p.path());
        for (Comparison c : Comparison.of(spec.targets())) h.add(c.name());
        h.add("objective");
        return CsvWriter.line(h.toArray());
    }

    private static String traceLine(CalibrationSpec spec, Evaluation e) {
        List<Object> row = new ArrayList<>(List.of(e.number()));
        for (double v : e.values()) row.add(v);
        for (double m : e.means()) row.add(m);
        row.add(e.objective(spec.targets()));
        return CsvWriter.line(row.toArray());
    }
}
