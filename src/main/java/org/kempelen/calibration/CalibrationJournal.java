package org.kempelen.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.BuildInfo;
import org.kempelen.output.BuildStamps;
import org.kempelen.output.ChecksummedLines;
import org.kempelen.output.CsvWriter;

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

    private final CalibrationSpec spec;
    private final List<Evaluation> replayed;
    private final BuildStamps builds;
    private BufferedWriter journal;
    private BufferedWriter trace;

    private CalibrationJournal(CalibrationSpec spec, List<Evaluation> replayed, BuildStamps builds) {
        this.spec = spec;
        this.replayed = replayed;
        this.builds = builds;
    }

    /**
     * Opens {@code out} for a new calibration, or with {@code resume} the one a killed calibration
     * left there; one that another build began only with {@code allowBuildChange}.
     */
    public static CalibrationJournal open(CalibrationSpec spec, Path out, boolean resume, boolean allowBuildChange)
            throws IOException, CalibrationException {
        Path journalFile = out.resolve(JOURNAL);
        String header = header(spec);
        List<Evaluation> kept = new ArrayList<>();
        BuildStamps builds = BuildStamps.of(BuildInfo.id());
        if (Files.exists(journalFile)) {
            if (!resume) throw new CalibrationException(out + " already holds a calibration; add --resume to continue it, or choose another --out");
            String text = Files.readString(journalFile, StandardCharsets.ISO_8859_1);
            int firstEnd = text.indexOf('\n');
            String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
            if (!first.equals(header)) {
                throw new CalibrationException("cannot resume " + out + ": it was started by another calibration file, or its base scenario or targets have changed since ("
                        + first + "; now " + header + ")");
            }
            // Whole lines only: the text after the last newline is a line the kill cut short.
            List<String> whole = ChecksummedLines.whole(text.substring(firstEnd + 1));
            for (String line : whole) {
                if (BuildStamps.isStamp(line)) continue;
                Evaluation e = parse(line, kept.size() + 1, spec);
                if (e == null) break;
                kept.add(e);
            }
            try {
                builds = BuildStamps.read(whole).resume(kept.size(), BuildInfo.id(), allowBuildChange);
            } catch (BuildStamps.Refused e) {
                throw new CalibrationException("cannot resume " + out + ": " + e.getMessage());
            }
        } else if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) throw new CalibrationException(out + " exists and is not a calibration directory; choose another --out");
            }
        }
        Files.createDirectories(out);
        CalibrationJournal j = new CalibrationJournal(spec, List.copyOf(kept), builds);
        StringBuilder journalText = new StringBuilder(header).append('\n').append(builds.lines());
        StringBuilder traceText = new StringBuilder(j.traceHeader());
        for (Evaluation e : kept) {
            journalText.append(line(e));
            traceText.append(j.traceLine(e));
        }
        AtomicFiles.write(journalFile, journalText.toString());
        AtomicFiles.write(out.resolve(TRACE), traceText.toString());
        j.journal = Files.newBufferedWriter(journalFile, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
        j.trace = Files.newBufferedWriter(out.resolve(TRACE), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return j;
    }

    /** The builds that made the evaluations, this one last. */
    public BuildStamps builds() {
        return builds;
    }

    /** The evaluations a resumed calibration replays, in order (empty for a new one). */
    public List<Evaluation> replayed() {
        return replayed;
    }

    /** Records one new evaluation: the journal line first, so trace.csv never runs ahead of it. */
    public void append(Evaluation e) throws IOException {
        journal.write(line(e));
        journal.flush();
        trace.write(traceLine(e));
        trace.flush();
    }

    @Override
    public void close() throws IOException {
        if (journal != null) journal.close();
        if (trace != null) trace.close();
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

    private String traceHeader() {
        List<Object> h = new ArrayList<>(List.of("evaluation"));
        for (FitParameter p : spec.parameters()) h.add(p.path());
        for (Comparison c : Comparison.of(spec.targets())) h.add(c.name());
        h.add("objective");
        return CsvWriter.line(h.toArray());
    }

    private String traceLine(Evaluation e) {
        List<Object> row = new ArrayList<>(List.of(e.number()));
        for (double v : e.values()) row.add(v);
        for (double m : e.means()) row.add(m);
        row.add(e.objective(spec.targets()));
        return CsvWriter.line(row.toArray());
    }
}
