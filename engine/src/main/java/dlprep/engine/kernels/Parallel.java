package dlprep.engine.kernels;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The engine's one thread pool, shared by every kernel. Its size is the number of cores, or
 * {@code DLPREP_THREADS} when that environment variable is set; benchmarks change it with
 * {@link #setThreads(int)}.
 *
 * <p>Kernels split their work into {@code parts} independent chunks and call {@link #forEach}. The calling
 * thread is one of the workers: it takes parts itself, while {@code threads - 1} pool threads take the
 * others from a shared counter, so however the parts are sized every thread stays busy until none is left.
 * A kernel called from inside a part (a GEMM inside a convolution chunk) runs inline on that thread, since
 * the cores are already taken. With one thread, or one part, the body runs inline and pays no scheduling.
 *
 * <p>(A work-stealing ForkJoinPool did this before, with the caller waiting: measured on this 2-core VM,
 * two equal parts often ran one after the other on the same worker, because the second worker was still
 * parked when the first one finished its part, and a 256 x 784 x 256 GEMM ran 1.05-1.2x faster on two
 * threads than on one.)
 */
public final class Parallel {

    /** A chunk of work: handles part {@code index} of {@code count}. */
    @FunctionalInterface
    public interface Part {
        void run(int index);
    }

    /** The body of {@link #forRange}: processes items {@code [lo, hi)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int lo, int hi);
    }

    /** Set on pool threads, and on the caller while it runs parts: nested calls run inline. */
    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

    private static volatile Pool pool = new Pool(defaultThreads());

    private Parallel() {
    }

    /** The number of threads kernels may use. */
    public static int threads() {
        return pool.threads;
    }

    /** Resizes the pool (benchmarks use it for {@code --threads}); {@code n} must be at least 1. */
    public static synchronized void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + n);
        }
        if (n != threads()) {
            Pool old = pool;
            pool = new Pool(n);
            old.shutdown();
        }
    }

    /** Runs {@code body} for every part index in {@code [0, parts)}, spread over the threads, and waits. */
    public static void forEach(int parts, Part body) {
        if (parts <= 0) {
            return;
        }
        Pool p = pool;
        if (parts == 1 || p.threads == 1 || INSIDE.get()) {
            for (int i = 0; i < parts; i++) {
                body.run(i);
            }
            return;
        }
        p.run(parts, body);
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

    /**
     * {@code threads - 1} daemon helper threads. A helper that finds no new job spins for {@link #SPIN_NANOS}
     * before it parks: training calls kernels thousands of times a second with a little serial work between
     * them (allocating the next tensors, the graph's bookkeeping), and waking a parked thread costs tens of
     * microseconds or more (a futex call each way, and on a VM the hypervisor must schedule the idle vCPU).
     */
    private static final class Pool {
        /**
         * How long an idle helper, or a caller waiting for the last parts, spins before it parks. Measured on
         * this 2-core VM with the two values alternating step by step in one process: 1 ms instead of 50 us
         * made the ResNet-18 step (batch 64) 0.931-0.95 times as long for the helpers' spin and another 0.98
         * for the caller's, and the LeNet step with its data loader 0.89 times; 5 ms gained nothing over 1 ms.
         * OpenMP runtimes spin too before they sleep (Intel's KMP_BLOCKTIME: 200 ms by default).
         */
        private static final long SPIN_NANOS = 1_000_000;

        final int threads;
        private final Helper[] helpers;
        private volatile Job current;
        private volatile boolean shutdown;

        Pool(int threads) {
            this.threads = threads;
            this.helpers = new Helper[threads - 1];
            for (int i = 0; i < helpers.length; i++) {
                helpers[i] = new Helper("dlprep-kernel-" + i);
                helpers[i].start();
            }
        }

        void run(int parts, Part body) {
            Job job = new Job(parts, body);
            current = job;
            for (int i = 0; i < Math.min(helpers.length, parts - 1); i++) {
                helpers[i].wake();
            }
            INSIDE.set(true);
            try {
                job.drain();
            } finally {
                INSIDE.set(false);
            }
            job.awaitAndRethrow();
        }

        void shutdown() {
            shutdown = true;
            for (Helper h : helpers) {
                LockSupport.unpark(h);
            }
        }

        private final class Helper extends Thread {
            private volatile boolean parked;

            Helper(String name) {
                super(name);
                setDaemon(true);
            }

            /** Dekker pairing with {@link #run}: the caller publishes the job, then reads {@code parked}. */
            void wake() {
                if (parked) {
                    LockSupport.unpark(this);
                }
            }

            @Override
            public void run() {
                INSIDE.set(true);
                Job seen = null;
                long idleSince = System.nanoTime();
                while (!shutdown) {
                    Job job = current;
                    if (job != seen) {
                        seen = job;
                        job.drain();
                        idleSince = System.nanoTime();
                    } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        parked = true;
                        if (current == seen && !shutdown) {
                            LockSupport.park(this);
                        }
                        parked = false;
                        idleSince = System.nanoTime();
                    }
                }
            }
        }
    }

    /** One forEach call: parts are claimed from a counter; the caller waits until every claimed part is done. */
    private static final class Job {
        private final int parts;
        private final Part body;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger remaining;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private volatile Thread waiter;

        Job(int parts, Part body) {
            this.parts = parts;
            this.body = body;
            this.remaining = new AtomicInteger(parts);
        }

        void drain() {
            for (int i = next.getAndIncrement(); i < parts; i = next.getAndIncrement()) {
                try {
                    body.run(i);
                } catch (Throwable t) {
                    if (!failure.compareAndSet(null, t)) {
                        failure.get().addSuppressed(t);
                    }
                } finally {
                    if (remaining.decrementAndGet() == 0) {
                        Thread w = waiter;
                        if (w != null) {
                            LockSupport.unpark(w);
                        }
                    }
                }
            }
        }

        /** Spins briefly, then parks until the last part is done (the thread that finishes it unparks us). */
        void awaitAndRethrow() {
            long start = System.nanoTime();
            while (remaining.get() > 0) {
                if (System.nanoTime() - start < Pool.SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    waiter = Thread.currentThread();
                    if (remaining.get() > 0) {
                        LockSupport.parkNanos(this, 1_000_000);
                    }
                }
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
