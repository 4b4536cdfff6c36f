package org.kempelen.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
        if (e instanceof ScenarioException se) {
            for (Problem p : se.problems()) err.println("error: " + p);
            err.println(se.problems().size() == 1 ? "1 problem; nothing was run." : se.problems().size() + " problems; nothing was run.");
        } else if (e instanceof BadInputException || e instanceof UnusableOutputException) {
            err.println("error: " + e.getMessage());
        } else if (e instanceof IOException io) {
            err.println("error: cannot write results: " + io.getMessage());
        } else {
            err.println("error: " + e);
        }
        if (debug) e.printStackTrace(err);
        err.flush();
        return e instanceof ScenarioException || e instanceof BadInputException || e instanceof UnusableOutputException
                ? KempelenCommand.BAD_INPUT : KempelenCommand.FAILURE;
    }
}
