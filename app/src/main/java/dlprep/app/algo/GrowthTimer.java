package dlprep.app.algo;

import dlprep.app.bench.Stopwatch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times a growth series size by size and fits the growth exponent. Before the first size the smallest
 * case runs for {@code warmupMs} of CPU time so the JIT has compiled the loops; a size whose single run is short is
 * repeated until about {@code targetMs} have been spent (3 to 21 runs) and the median is reported, while a
 * run over a second is reported as it is (repeating it would only make the command slow).
 *
 * <p>Time is the measuring thread's CPU time, not the wall clock: on a shared machine (this project's VM
 * has 2 cores and a load of 20 at times) a process at {@code nice 19} waits for a core most of the time, and
 * that waiting says nothing about the algorithm. The wall time is printed beside it. CPU time leaves out
 * the garbage collector's threads, so allocation-heavy work (boxed heap entries) is somewhat flattered.
 *
 * <p>The exponent between two sizes is {@code log(t2 / t1) / log(n2 / n1)}; the fitted exponent is the
 * least-squares slope of log t against log n over all sizes. Printed beside it is the same slope of the
 * model itself over the same sizes (1 for n, about 1.1 for n log n between 10^3 and 10^7), so the two can be
 * compared directly.
 */
public final class GrowthTimer {

    /**
     * One measured size: median CPU and wall milliseconds of a run, CPU nanoseconds per unit of the model,
     * and the exponent from the previous size (NaN for the first).
     */
    public record Row(String series, int n, double ms, double wallMs, double nsPerModelUnit, double exponent) {
    }

    /** A run's two times. */
    private record Times(double cpuMs, double wallMs) {
    }

    /** The measured rows of a series and the two slopes. */
    public record Result(GrowthSeries series, List<Row> rows, double fittedExponent, double modelExponent) {
    }

    private static final long ONE_RUN_ENOUGH_MS = 1000;

    /** Results of the work, kept so that no run is dead code. */
    private static volatile long sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
            Times t = median(series.prepare().apply(n));
            double ms = t.cpuMs();
            double exponent = i == 0 ? Double.NaN : Math.log(ms / rows.get(i - 1).ms()) / Math.log((double) n / sizes[i - 1]);
            rows.add(new Row(series.label(), n, ms, t.wallMs(), ms * 1e6 / series.model().at(n), exponent));
            logN[i] = Math.log(n);
            logT[i] = Math.log(ms);
            logModel[i] = Math.log(series.model().at(n));
        }
        return new Result(series, rows, slope(logN, logT), slope(logN, logModel));
    }

    /** Runs the work until it has used {@code warmupMs} of CPU time (wall time would mean little at nice 19). */
    private void warmUp(LongSupplier work) {
        long end = cpuNanos() + warmupMs * 1_000_000L;
        do {
            sink += work.getAsLong();
        } while (cpuNanos() < end);
    }

    private Times median(LongSupplier work) {
        Times first = time(work);
        if (first.cpuMs() >= ONE_RUN_ENOUGH_MS) {
            return first;
        }
        int repeats = (int) Math.max(3, Math.min(21, targetMs / Math.max(first.cpuMs(), 1e-3)));
        double[] cpu = new double[repeats];
        double[] wall = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            Times t = time(work);
            cpu[r] = t.cpuMs();
            wall[r] = t.wallMs();
        }
        return new Times(Stopwatch.median(cpu), Stopwatch.median(wall));
    }

    private static Times time(LongSupplier work) {
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        long result = work.getAsLong();
        long wall = System.nanoTime() - wall0;
        long cpu = cpuNanos() - cpu0;
        sink += result;
        return new Times(cpu / 1e6, wall / 1e6);
    }

    /** This thread's CPU time, or the wall clock where the JVM cannot measure it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
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
