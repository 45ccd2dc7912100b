package dlprep.engine.kernels;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * The engine's one thread pool, shared by every kernel. Its size is the number of cores, or
 * {@code DLPREP_THREADS} when that environment variable is set; benchmarks change it with
 * {@link #setThreads(int)}.
 *
 * <p>Kernels split their work into {@code parts} independent chunks and call {@link #forEach}; with one
 * thread (or one part) the body runs inline on the caller, so small problems pay no scheduling cost.
 */
public final class Parallel {

    /** A chunk of work: handles part {@code index} of {@code count}. */
    @FunctionalInterface
    public interface Part {
        void run(int index);
    }

    private static volatile ForkJoinPool pool = newPool(defaultThreads());

    private Parallel() {
    }

    /** The number of threads kernels may use. */
    public static int threads() {
        return pool.getParallelism();
    }

    /** Resizes the pool (benchmarks use it for {@code --threads}); {@code n} must be at least 1. */
    public static synchronized void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + n);
        }
        if (n != threads()) {
            ForkJoinPool old = pool;
            pool = newPool(n);
            old.shutdown();
        }
    }

    /** Runs {@code body} for every part index in {@code [0, parts)}, spread over the pool, and waits. */
    public static void forEach(int parts, Part body) {
        if (parts <= 0) {
            return;
        }
        if (parts == 1 || threads() == 1 || ForkJoinTask.inForkJoinPool()) {
            for (int i = 0; i < parts; i++) {
                body.run(i);
            }
            return;
        }
        pool.invoke(new Range(body, 0, parts));
    }

    /** Splits {@code [0, n)} into at most {@link #threads()} contiguous ranges of at least {@code grain} items. */
    public static void forRange(int n, int grain, RangeBody body) {
        int parts = Math.max(1, Math.min(threads(), n / Math.max(1, grain)));
        forEach(parts, p -> {
            int lo = (int) ((long) n * p / parts);
            int hi = (int) ((long) n * (p + 1) / parts);
            if (lo < hi) {
                body.run(lo, hi);
            }
        });
    }

    /** The body of {@link #forRange}: processes items {@code [lo, hi)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int lo, int hi);
    }

    static int defaultThreads() {
        String env = System.getenv("DLPREP_THREADS");
        if (env != null && !env.isBlank()) {
            try {
                int n = Integer.parseInt(env.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the error below
            }
            throw new IllegalStateException("DLPREP_THREADS must be a whole number >= 1, got '" + env + "'");
        }
        return Runtime.getRuntime().availableProcessors();
    }

    private static ForkJoinPool newPool(int n) {
        return new ForkJoinPool(n, p -> {
            var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("dlprep-kernel-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** Binary splitting of a part range, so every worker gets work without a queue per part. */
    private static final class Range extends RecursiveAction {
        private final Part body;
        private final int lo;
        private final int hi;

        Range(Part body, int lo, int hi) {
            this.body = body;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo == 1) {
                body.run(lo);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Range(body, lo, mid), new Range(body, mid, hi));
        }
    }
}
