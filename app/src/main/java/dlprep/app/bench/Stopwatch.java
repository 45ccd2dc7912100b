package dlprep.app.bench;

/**
 * Times a piece of work the way every benchmark case here does: warm up until the JIT has compiled the
 * hot loops, then report the median of several timed repetitions (the median resists the odd GC pause).
 * Two pieces of work to be compared are timed in alternation, so that both see the same machine: on a
 * shared 2-core VM the speed of the cores drifts within seconds, and timing one library after the other
 * made the same case's ratio vary between 0.3 and 14.
 */
public final class Stopwatch {

    /** Medians of two pieces of work timed in alternation, in milliseconds. */
    public record Paired(double firstMs, double secondMs) {
    }

    private Stopwatch() {
    }

    /** Warms both up for {@code warmupMs} each, then runs first, second, first, second, ... {@code repeats} times each. */
    public static Paired pairedMs(Runnable first, Runnable second, int warmupMs, int repeats) {
        warmUp(first, warmupMs);
        warmUp(second, warmupMs);
        double[] a = new double[repeats];
        double[] b = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            a[r] = timeMs(first);
            b[r] = timeMs(second);
        }
        return new Paired(median(a), median(b));
    }

    /**
     * Runs {@code work} for at least {@code warmupMs} milliseconds (and at least twice), then
     * {@code repeats} times more, and returns the median of the timed runs in milliseconds.
     */
    public static double medianMs(Runnable work, int warmupMs, int repeats) {
        warmUp(work, warmupMs);
        double[] ms = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            ms[r] = timeMs(work);
        }
        return median(ms);
    }

    private static void warmUp(Runnable work, int warmupMs) {
        long warmupEnd = System.nanoTime() + warmupMs * 1_000_000L;
        int warm = 0;
        while (warm < 2 || System.nanoTime() < warmupEnd) {
            work.run();
            warm++;
        }
    }

    private static double timeMs(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
