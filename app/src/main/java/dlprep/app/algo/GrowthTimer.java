package dlprep.app.algo;

import dlprep.app.bench.Stopwatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times a growth series size by size and fits the growth exponent. Before the first size the smallest
 * case runs for {@code warmupMs} so the JIT has compiled the loops; a size whose single run is short is
 * repeated until about {@code targetMs} have been spent (3 to 21 runs) and the median is reported, while a
 * run over a second is reported as it is (repeating it would only make the command slow).
 *
 * <p>The exponent between two sizes is {@code log(t2 / t1) / log(n2 / n1)}; the fitted exponent is the
 * least-squares slope of log t against log n over all sizes. Printed beside it is the same slope of the
 * model itself over the same sizes (1 for n, about 1.1 for n log n between 10^3 and 10^7), so the two can be
 * compared directly.
 */
public final class GrowthTimer {

    /** One measured size. {@code exponent} is NaN for the first size of a series. */
    public record Row(String series, int n, double ms, double nsPerModelUnit, double exponent) {
    }

    /** The measured rows of a series and the two slopes. */
    public record Result(GrowthSeries series, List<Row> rows, double fittedExponent, double modelExponent) {
    }

    private static final long ONE_RUN_ENOUGH_MS = 1000;

    /** Results of the work, kept so that no run is dead code. */
    private static volatile long sink;

    private final long warmupMs;
    private final long targetMs;

    public GrowthTimer(long warmupMs, long targetMs) {
        this.warmupMs = warmupMs;
        this.targetMs = targetMs;
    }

    public Result measure(GrowthSeries series, int[] sizes) {
        warmUp(series.prepare().apply(sizes[0]));
        List<Row> rows = new ArrayList<>();
        double[] logN = new double[sizes.length];
        double[] logT = new double[sizes.length];
        double[] logModel = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            int n = sizes[i];
            double ms = medianMs(series.prepare().apply(n));
            double exponent = i == 0 ? Double.NaN : Math.log(ms / rows.get(i - 1).ms()) / Math.log((double) n / sizes[i - 1]);
            rows.add(new Row(series.label(), n, ms, ms * 1e6 / series.model().at(n), exponent));
            logN[i] = Math.log(n);
            logT[i] = Math.log(ms);
            logModel[i] = Math.log(series.model().at(n));
        }
        return new Result(series, rows, slope(logN, logT), slope(logN, logModel));
    }

    private void warmUp(LongSupplier work) {
        long end = System.nanoTime() + warmupMs * 1_000_000L;
        do {
            sink += work.getAsLong();
        } while (System.nanoTime() < end);
    }

    private double medianMs(LongSupplier work) {
        double first = timeMs(work);
        if (first >= ONE_RUN_ENOUGH_MS) {
            return first;
        }
        int repeats = (int) Math.max(3, Math.min(21, targetMs / Math.max(first, 1e-3)));
        double[] ms = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            ms[r] = timeMs(work);
        }
        return Stopwatch.median(ms);
    }

    private static double timeMs(LongSupplier work) {
        long t0 = System.nanoTime();
        long result = work.getAsLong();
        double ms = (System.nanoTime() - t0) / 1e6;
        sink += result;
        return ms;
    }

    /** The least-squares slope of y against x (NaN for fewer than two points). */
    static double slope(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
