package org.hearth.cli;

/** A launcher subcommand other than {@code serve}, run inside a non-web application context. */
public interface HearthCommand {
    /** The subcommand as typed, e.g. {@code "demo-data"} or {@code "audit verify"}. */
    String name();

    /** Runs the command; returns the process exit status. */
    int run(Options options);
}
