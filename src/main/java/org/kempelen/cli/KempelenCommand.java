package org.kempelen.cli;

import org.kempelen.output.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kempelen} command: parses, dispatches to a subcommand, and maps failures to exit codes. */
@Command(name = "kempelen", mixinStandardHelpOptions = true, versionProvider = KempelenCommand.Version.class,
        description = "Agent-based simulation of crowdwork markets and the sale of workers' personal data.",
        subcommands = {RunCommand.class, CheckCommand.class, ScenariosCommand.class, DescribeCommand.class, PlotCommand.class, CompareCommand.class,
                SweepCommand.class, ValidateCommand.class, CalibrateCommand.class, MergeCommand.class, DiscoverCommand.class, OptimizeCommand.class, BenchCommand.class, GuiCommand.class,
                CommandLine.HelpCommand.class})
public final class KempelenCommand implements Runnable {
    /** Exit status for bad input: an invalid scenario, a bad option, an unusable output directory. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure while running or writing. */
    public static final int FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (tests call this). */
    public static int execute(String... args) {
        return execute(new CommandLine(new KempelenCommand()), args);
    }

    /** Runs {@code cl} with the failure handling of every command: messages and exit codes, not stack traces. */
    static int execute(CommandLine cl, String... args) {
        cl.setExecutionExceptionHandler(new Failures());
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to Failures; the heap running out is reported there all the same, in one line.
            cl.getErr().println(Failures.outOfMemoryMessage());
            cl.getErr().flush();
            return FAILURE;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: choose run, check, scenarios, describe, plot, compare, sweep, validate, calibrate, merge, discover, optimize, bench or gui");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            // The build line is what journals record, and what a refused --resume or merge names.
            return new String[] {"kempelen " + BuildInfo.version() + " (commit " + BuildInfo.commit() + ")", "build " + BuildInfo.id(),
                    "Java " + System.getProperty("java.version") + " " + System.getProperty("java.vendor")};
        }
    }
}
