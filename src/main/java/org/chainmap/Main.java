package org.chainmap;

import org.chainmap.cli.ChainmapCommand;

/** Entry point of {@code java -jar chainmap.jar COMMAND}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Neo4j ships an SLF4J provider of its own; chainmap's logs go to standard error through slf4j-simple
        System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
        System.exit(ChainmapCommand.commandLine().execute(args));
    }
}
