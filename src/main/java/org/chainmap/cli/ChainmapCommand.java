package org.chainmap.cli;

import java.io.PrintWriter;
import org.chainmap.domain.ChainmapException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code chainmap} command; each verb is a class of its own. */
@Command(
        name = "chainmap",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Industry-chain map and investment-attraction analysis (产业链图谱与招商分析).",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ClassifyCommand.class,
            GenerateCommand.class,
            ReportCommand.class,
            GapsCommand.class,
            TargetsCommand.class,
            ReferralsCommand.class,
            ResilienceCommand.class,
            EvaluateCommand.class,
            ParksCommand.class,
            LandCommand.class,
            SimulateCommand.class,
            ProjectsCommand.class,
            VisitsCommand.class,
            AuditCommand.class,
            BenchCommand.class,
            LoadTestCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ChainmapCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The configured command line; errors a user can act on are printed as one line, without a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ChainmapCommand());
        cl.setOut(new PrintWriter(System.out, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof ChainmapException) {
                err.println("chainmap: " + e.getMessage());
                return e instanceof ExitCodeException x ? x.exitCode() : 1;
            }
            if (shuttingDown()) {
                err.println("chainmap: stopped");
                return 130;
            }
            err.println("chainmap: unexpected error: " + e);
            e.printStackTrace(err);
            return 70;
        });
        return cl;
    }

    /** True once the JVM has begun to stop (Ctrl-C, kill): what fails then is the stopping, not a fault to report. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
