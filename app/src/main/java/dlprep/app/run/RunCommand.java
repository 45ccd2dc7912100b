package dlprep.app.run;

import dlprep.engine.kernels.Parallel;
import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingDivergedException;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import dlprep.lab.plot.FigureFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dlprep run <id>}: runs one experiment with its defaults or the given overrides. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs an experiment (see `dlprep list`), printing progress and its final metrics.")
public final class RunCommand implements Callable<Integer> {

    /** Exit status when training stopped because the loss became NaN or infinite. */
    static final int DIVERGED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "the experiment id")
    String id;

    @Option(names = "--epochs", paramLabel = "N", description = "number of epochs")
    Integer epochs;

    @Option(names = "--lr", paramLabel = "X", description = "learning rate")
    Double lr;

    @Option(names = "--batch-size", paramLabel = "B", description = "mini-batch size")
    Integer batchSize;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (same seed and threads: same run)")
    Long seed;

    @Option(names = "--limit", paramLabel = "N", description = "use only the first N training examples (0: all)")
    Integer limit;

    @Option(names = "--json", description = "one JSON object per event and line; the last line is the result")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE", description = "also draw the result into FILE, *.svg or *.png "
            + "(experiments that draw: chapter 3's)")
    Path plot;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Experiment experiment;
        Params params;
        try {
            experiment = Experiments.get(id);
            params = experiment.defaults().with(epochs, lr, batchSize, seed, limit);
            checkPlot(experiment);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        JsonEvents jsonEvents = json ? new JsonEvents(out) : null;
        if (!json) {
            out.printf(Locale.ROOT, "%s: %s%nepochs %d, lr %s, batch size %d, seed %d, limit %s, threads %d%n",
                    experiment.id(), experiment.description(), params.epochs(), params.lr(), params.batchSize(),
                    params.seed(), params.limit() == 0 ? "all" : Integer.toString(params.limit()), Parallel.threads());
        }
        try (TerminalProgress terminal = json ? null : new TerminalProgress(out)) {
            ProgressListener listener = json ? jsonEvents : terminal;
            RunResult result = Runner.run(experiment, params, listener);
            if (plot != null) {
                FigureFiles.write(((Plotting) experiment).figure(params), plot);
                listener.onEvent(new TrainingEvent.Message("figure written to " + plot));
            }
            if (json) {
                jsonEvents.result(result);
            } else {
                printSummary(out, result);
            }
            return 0;
        } catch (TrainingDivergedException e) {
            spec.commandLine().getErr().println("dlprep run " + id + ": " + e.getMessage());
            return DIVERGED;
        }
    }

    /** Fails before the run if --plot is given for an experiment that draws nothing, or names no known format. */
    private void checkPlot(Experiment experiment) {
        if (plot == null) {
            return;
        }
        if (!(experiment instanceof Plotting)) {
            throw new IllegalArgumentException("--plot: " + experiment.id() + " draws no picture; the experiments that do: "
                    + String.join(", ", Experiments.all().stream().filter(e -> e instanceof Plotting).map(Experiment::id)
                    .toList()));
        }
        String name = plot.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new IllegalArgumentException("--plot: cannot tell the format of '" + plot + "'; name the file *.svg or "
                    + "*.png");
        }
    }

    private static void printSummary(PrintWriter out, RunResult r) {
        StringBuilder sb = new StringBuilder("result:");
        for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
            sb.append(' ').append(m.getKey()).append(' ').append(TerminalProgress.number(m.getValue()));
        }
        if (!Double.isNaN(r.secondsPerEpoch())) {
            sb.append(String.format(Locale.ROOT, "; %.3f s/epoch (median of epochs 2..N)", r.secondsPerEpoch()));
        }
        sb.append(String.format(Locale.ROOT, "; %.1f s in all; peak heap %.0f MB", r.totalSeconds(),
                r.peakHeapBytes() / (1024.0 * 1024.0)));
        out.println(sb);
    }
}
