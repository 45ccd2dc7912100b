package dlprep.app.run;

import dlprep.engine.train.ProgressListener;
import dlprep.engine.train.TrainingEvent;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal view of a run: a progress bar per epoch (steps, rate, ETA, current loss) on stderr, and
 * one table row per finished epoch on stdout.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {

    private final PrintWriter out;
    private ProgressBar bar;
    private boolean headerPrinted;

    TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.Step s) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("epoch " + s.epoch()).setInitialMax(s.stepsPerEpoch())
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" steps", 1).showSpeed().continuousUpdate()
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            }
            bar.stepTo(s.step());
            bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4f", s.loss()));
        } else if (event instanceof TrainingEvent.EpochEnded e) {
            closeBar();
            if (!headerPrinted) {
                out.printf(Locale.ROOT, "%6s %8s", "epoch", "seconds");
                e.metrics().keySet().forEach(k -> out.printf(Locale.ROOT, " %" + columnWidth(k) + "s", k));
                out.println();
                headerPrinted = true;
            }
            out.printf(Locale.ROOT, "%6d %8.2f", e.epoch(), e.seconds());
            for (Map.Entry<String, Double> m : e.metrics().entrySet()) {
                out.printf(Locale.ROOT, " %" + columnWidth(m.getKey()) + "s", formatMetric(m.getValue()));
            }
            out.println();
        } else if (event instanceof TrainingEvent.Message m) {
            closeBar();
            out.println(m.text());
        }
    }

    /** Wide enough for the metric's name (e.g. {@code xavier_train_loss}) and for its value. */
    private static int columnWidth(String metric) {
        return Math.max(11, metric.length());
    }

    /**
     * A metric with 4 decimals, or in scientific notation where 4 decimals would hide its size (a gradient
     * norm of 1e-5, a product of 1e24).
     */
    static String formatMetric(double value) {
        double a = Math.abs(value);
        return String.format(Locale.ROOT, a == 0 || (a >= 1e-3 && a < 1e6) ? "%.4f" : "%.3e", value);
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void close() {
        closeBar();
    }
}
