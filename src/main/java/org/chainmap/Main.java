package org.chainmap;

import org.chainmap.cli.ChainmapCommand;
import picocli.CommandLine;

/** Entry point of {@code java -jar chainmap.jar COMMAND}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(ChainmapCommand.commandLine().execute(args));
    }
}
