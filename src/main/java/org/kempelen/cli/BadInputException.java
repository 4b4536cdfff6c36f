package org.kempelen.cli;

/** A command-line input that cannot be used (exit status 2), with the message to show. */
final class BadInputException extends Exception {
    BadInputException(String message) {
        super(message);
    }
}
