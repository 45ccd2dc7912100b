package dlprep.app.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Times a piece of work the way every benchmark case here does: warm up until the JIT has compiled the
 * hot loops, then report the median of several timed repetitions (the median resists the odd GC pause).
 * Two pieces of work to be compared are timed in alternating rounds, so that both see the same machine: on
 * a shared 2-core VM the speed of the cores drifts within seconds, and timing one library after the other
 * made the same case's ratio vary between 0.3 and 14. Rounds rather than single runs, each after a pause
 * and one untimed run, because a library's idle threads keep spinning for a while after a call and take a
 * core from the other's next call: OpenBLAS's spin for 2^28 cycles (about 80 ms here), and without the
 * pause the engine's n = 1024 GEMM measured 18 ms in the benchmark against 6.6 ms on its own.
 */
public final class Stopwatch {

    /** Medians of two pieces of work timed in alternation, in milliseconds. */
    public record Paired(double firstMs, double secondMs) {
    }

    private Stopwatch() {
    }

    /** Rounds of {@link #pairedMs}: each piece of work is timed this many times per round. */
    static final int PER_ROUND = 3;
    /** The pause before each round, longer than OpenBLAS's idle spinning. */
    private static final long SETTLE_MS = 150;

    /**
     * Warms both up for {@code warmupMs} each, then times them in rounds (first, first, first, second, ...),
     * each round after a pause and one untimed run, {@code repeats} timed runs each in all (rounded up to whole rounds).
     */
    public static Paired pairedMs(Runnable first, Runnable second, int warmupMs, int repeats) {
        warmUp(first, warmupMs);
        warmUp(second, warmupMs);
        int rounds = (repeats + PER_ROUND - 1) / PER_ROUND;
        double[] a = new double[rounds * PER_ROUND];
        double[] b = new double[rounds * PER_ROUND];
        for (int r = 0; r < rounds; r++) {
            round(first, a, r);
            round(second, b, r);
        }
        return new Paired(median(a), median(b));
    }

    private static void round(Runnable work, double[] ms, int round) {
        try {
            Thread.sleep(SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        work.run();
        for (int i = 0; i < PER_ROUND; i++) {
            ms[round * PER_ROUND + i] = timeMs(work);
        }
    }

    /**
     * Warms {@code work} up (see {@link #warmUp}), runs it {@code repeats} times more, and returns the median
     * of those runs in milliseconds.
     */
    public static double medianMs(Runnable work, int warmupMs, int repeats) {
        warmUp(work, warmupMs);
        double[] ms = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            ms[r] = timeMs(work);
        }
        return median(ms);
    }

    /**
     * Runs {@code work} for at least {@code warmupMs} milliseconds (and at least twice), and on until the JIT
     * has compiled nothing for a quarter of that time (at most ten times {@code warmupMs} in all). A fixed
     * warm-up was not enough: the Vector API kernels run several times slower until C2 has compiled them, and
     * on a loaded machine, where the JIT's threads share the cores, the LeNet step was still in that phase
     * after 4 s (steps of 125 to 150 ms among ones of 15 ms, for some ten seconds), so the bench reported
     * 115 to 140 ms for a step that takes 15.
     */
    private static void warmUp(Runnable work, int warmupMs) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long lastCompilation = start;
        long compiled = compilationMs(jit);
        for (int runs = 1; ; runs++) {
            work.run();
            long now = System.nanoTime();
            long total = compilationMs(jit);
            if (total != compiled) {
                compiled = total;
                lastCompilation = now;
            }
            long elapsedMs = (now - start) / 1_000_000L;
            boolean jitQuiet = (now - lastCompilation) / 1_000_000L >= warmupMs / 4;
            if (runs >= 2 && (elapsedMs >= warmupMs && jitQuiet || elapsedMs >= 10L * warmupMs)) {
                return;
            }
        }
    }

    /** The JIT's total compilation time so far, or 0 where the JVM does not report it. */
    private static long compilationMs(CompilationMXBean jit) {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static double timeMs(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
