package dlprep.app.data;

import dlprep.engine.data.DataLocations;
import dlprep.engine.data.FashionMnist;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dlprep data status|fetch}: where the data sets are, and downloading them. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Shows where the data sets are, or downloads them.",
        subcommands = {DataCommand.Status.class, DataCommand.Fetch.class})
public final class DataCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code dlprep data status}: each lookup location and what was found there. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Lists the places searched for Fashion-MNIST ($DLPREP_DATA, ~/.dlprep/data, "
                    + "/usr/share/datasets) and what each holds.")
    public static final class Status implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(FashionMnist.report(FashionMnist.status(DataLocations.fromEnvironment())));
            out.flush(); // print() does not flush, and picocli's writer is not closed at exit
        }
    }

    /** {@code dlprep data fetch}: downloads Fashion-MNIST and verifies its checksums. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Downloads Fashion-MNIST into $DLPREP_DATA/fashion-mnist (or ~/.dlprep/data/fashion-mnist) "
                    + "and verifies the published MD5 checksums.")
    public static final class Fetch implements Callable<Integer> {

        @Option(names = "--mirror", paramLabel = "URL", description = "where to download from (default: ${DEFAULT-VALUE})")
        URI mirror = FashionMnist.MIRROR;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path target = DataLocations.fromEnvironment().downloadDir(FashionMnist.NAME);
            out.println("downloading Fashion-MNIST from " + mirror + " into " + target);
            ProgressBar[] bar = {null};
            String[] current = {null};
            try {
                out.flush();
                FashionMnist.fetch(target, mirror, (name, bytes, total) -> {
                    if (!name.equals(current[0])) {
                        if (bar[0] != null) {
                            bar[0].close();
                        }
                        current[0] = name;
                        bar[0] = new ProgressBarBuilder().setTaskName(name).setInitialMax(Math.max(total, 1))
                                .setStyle(ProgressBarStyle.ASCII).setUnit(" KB", 1024).showSpeed()
                                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
                    }
                    bar[0].stepTo(bytes);
                });
            } finally {
                if (bar[0] != null) {
                    bar[0].close();
                }
            }
            out.println("done: " + target);
            return 0;
        }
    }
}
