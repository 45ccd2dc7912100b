package dlprep.app.bench;

/**
 * Times a piece of work the way every benchmark case here does: warm up until the JIT has compiled the
 * hot loops, then report the median of several timed repetitions (the median resists the odd GC pause).
 */
public final class Stopwatch {

    private Stopwatch() {
    }

    /**
     * Runs {@code work} for at least {@code warmupMs} milliseconds (and at least twice), then
     * {@code repeats} times more, and returns the median of the timed runs in milliseconds.
     */
    public static double medianMs(Runnable work, int warmupMs, int repeats) {
        long warmupEnd = System.nanoTime() + warmupMs * 1_000_000L;
        int warm = 0;
        while (warm < 2 || System.nanoTime() < warmupEnd) {
            work.run();
            warm++;
        }
        double[] ms = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            work.run();
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return repeats % 2 == 1 ? ms[repeats / 2] : (ms[repeats / 2 - 1] + ms[repeats / 2]) / 2;
    }
}
