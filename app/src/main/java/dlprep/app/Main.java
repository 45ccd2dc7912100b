package dlprep.app;

import dlprep.app.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dlprep} command: one subcommand per thing a user can do. */
@Command(name = "dlprep", mixinStandardHelpOptions = true, version = "dlprep 0.1.0",
        description = "Deep learning from scratch in Java, and interview preparation around it.",
        subcommands = {BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests drive it directly). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
