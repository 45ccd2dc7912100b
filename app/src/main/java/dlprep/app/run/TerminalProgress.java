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
                e.metrics().keySet().forEach(k -> out.printf(Locale.ROOT, " %" + width(k) + "s", k));
                out.println();
                headerPrinted = true;
            }
            out.printf(Locale.ROOT, "%6d %8.2f", e.epoch(), e.seconds());
            for (Map.Entry<String, Double> m : e.metrics().entrySet()) {
                out.printf(Locale.ROOT, " %" + width(m.getKey()) + "s", number(m.getValue()));
            }
            out.println();
        } else if (event instanceof TrainingEvent.Message m) {
            closeBar();
            out.println(m.text());
        }
    }

    /** A metric's column: as wide as its name (prefixed curves such as cubic_train_loss), at least 11. */
    private static int width(String key) {
        return Math.max(11, key.length());
    }

    /**
     * A metric value: four decimals, or four significant digits in scientific notation when it is too small
     * or too large for that (a weight error of 5e-6, a condition number of 1e8).
     */
    static String number(double v) {
        double a = Math.abs(v);
        return a == 0 || !Double.isFinite(v) || (a >= 1e-3 && a < 1e6) ? String.format(Locale.ROOT, "%.4f", v)
                : String.format(Locale.ROOT, "%.3e", v);
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
