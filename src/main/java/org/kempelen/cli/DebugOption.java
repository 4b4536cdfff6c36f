package org.kempelen.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, mixed into the commands that take it; {@link Failures} reads it by name. */
final class DebugOption {
    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;
}
