package org.kempelen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.kempelen.experiment.MemoryCheck;
import org.kempelen.experiment.RunsLostException;
import org.kempelen.experiment.StatePlan;
import org.kempelen.output.UnusableOutputException;
import org.kempelen.scenario.Problem;
import org.kempelen.scenario.ScenarioException;
import picocli.CommandLine;

/** Turns exceptions into messages and exit codes: no stack trace unless --debug. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        MemoryCheck.HeapTooSmallException tooSmall = cause(e, MemoryCheck.HeapTooSmallException.class);
        if (cause(e, OutOfMemoryError.class) != null) {
            err.println(outOfMemoryMessage());
        } else if (tooSmall != null) {
            err.println("error: " + tooSmall.getMessage());
        } else if (e instanceof ScenarioException se) {
            for (Problem p : se.problems()) err.println("error: " + p);
            err.println(se.problems().size() == 1 ? "1 problem; nothing was run." : se.problems().size() + " problems; nothing was run.");
        } else if (e instanceof BadInputException || e instanceof UnusableOutputException || e instanceof StatePlan.UnusableStateException) {
            err.println("error: " + e.getMessage());
        } else if (e instanceof RunsLostException) {
            err.println("error: " + e.getMessage());
        } else if (e instanceof IOException io) {
            err.println("error: cannot write results: " + io.getMessage());
        } else {
            err.println("error: " + e);
        }
        if (debug) e.printStackTrace(err);
        err.flush();
        return e instanceof ScenarioException || e instanceof BadInputException || e instanceof UnusableOutputException
                || e instanceof StatePlan.UnusableStateException || tooSmall != null
                ? KempelenCommand.BAD_INPUT : KempelenCommand.FAILURE;
    }

    /** The throwable of type {@code type} behind e (a run on another thread arrives wrapped), or null. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return type.cast(t);
        return null;
    }

    /**
     * One line for a heap that ran out despite the estimate: the heap, and how to raise it (twice
     * the heap). Run directories are written whole or not at all, so nothing is left half-written.
     */
    static String outOfMemoryMessage() {
        long heap = Runtime.getRuntime().maxMemory();
        return "error: out of memory: the Java heap of " + MemoryCheck.gigabytes(heap) + " was not enough, and nothing more was written. "
                + MemoryCheck.advice(2 * heap) + ", or run fewer workers or days.";
    }
}
