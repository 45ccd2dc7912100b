package dlprep.app;

import dlprep.app.algo.AlgoCommand;
import dlprep.app.bench.BenchCommand;
import dlprep.app.data.DataCommand;
import dlprep.app.image.ImageCommand;
import dlprep.app.ml.MlCommand;
import dlprep.app.model.ModelCommand;
import dlprep.app.notes.NotesCommand;
import dlprep.app.run.ListCommand;
import dlprep.app.run.RunCommand;
import dlprep.app.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dlprep} command: one subcommand per thing a user can do. */
@Command(name = "dlprep", mixinStandardHelpOptions = true, version = "dlprep 0.1.0",
        description = "Deep learning from scratch in Java, and interview preparation around it.",
        subcommands = {ServeCommand.class, ListCommand.class, RunCommand.class, DataCommand.class, NotesCommand.class,
                BenchCommand.class, ModelCommand.class, AlgoCommand.class, MlCommand.class, ImageCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests drive it directly). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(Main::reportFailure);
    }

    /**
     * Failures the user can act on (a bad file, a missing data set, a refused download, a bad argument)
     * are printed as one clear line; anything else is a bug and keeps its stack trace.
     */
    static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof java.io.IOException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException || e instanceof java.io.UncheckedIOException) {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return 1;
        }
        e.printStackTrace(cmd.getErr());
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
