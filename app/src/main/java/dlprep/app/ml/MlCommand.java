package dlprep.app.ml;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dlprep ml ...}: the classical machine-learning part. Each subcommand is its own class in this
 * package; a new one is one more entry in {@code subcommands}.
 */
@Command(name = "ml", mixinStandardHelpOptions = true,
        description = "Classical machine learning on scikit-learn's bundled data sets.",
        subcommands = {DatasetsCommand.class})
public final class MlCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
