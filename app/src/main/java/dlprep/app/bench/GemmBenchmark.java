package dlprep.app.bench;

import dlprep.engine.kernels.Gemm;
import dlprep.engine.kernels.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Square single-precision GEMM, {@code C = A * B} for n = 256 ... 2048: the engine's {@link Gemm#sgemm}
 * timed beside OpenBLAS's {@code cblas_sgemm} on the same matrices, in the same run, with the same number
 * of threads. Before a case is reported the two results are compared, so a fast wrong kernel fails here.
 *
 * <p>OpenBLAS picks its kernels for the CPU it detects, unless the environment variable
 * {@code OPENBLAS_CORETYPE} names a core (with {@code OPENBLAS_VERBOSE=2} it prints the core it uses, e.g.
 * {@code Core: Haswell} for the AVX2 kernels, {@code Core: SkylakeX} or {@code Cooperlake} for AVX-512); the
 * ratio depends on that choice. OpenBLAS works on native copies of the matrices, so its time does not include
 * JNI array copies.
 */
public final class GemmBenchmark {

    private static final int[] SIZES = {256, 512, 1024, 2048};
    private static final long SEED = 20260427L;
    /** Normwise relative difference allowed between engine and OpenBLAS: float rounding over n terms. */
    private static final double TOLERANCE = 1e-4;

    private GemmBenchmark() {
    }

    /** Runs every case with {@code threads} threads for both libraries and returns one result per size. */
    public static List<BenchResult> run(int threads) {
        int before = Parallel.threads();
        Parallel.setThreads(threads);
        openblas.blas_set_num_threads(threads);
        try {
            warmUpCompiler();
            List<BenchResult> results = new ArrayList<>();
            for (int n : SIZES) {
                results.add(measure(n, threads));
            }
            return results;
        } finally {
            Parallel.setThreads(before);
        }
    }

    /**
     * The Vector API kernel is fast only once C2 has compiled it; until then it runs as interpreted or C1 code
     * that boxes every vector (about 3 GFLOP/s). On this 2-core machine that takes one to two seconds of use,
     * longer than one case's warm-up, so the first case would otherwise measure the compiler.
     */
    private static void warmUpCompiler() {
        int n = 256;
        Random random = new Random(SEED);
        float[] a = randomMatrix(random, n);
        float[] b = randomMatrix(random, n);
        float[] c = new float[n * n];
        long end = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < end) {
            Gemm.sgemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        }
    }

    private static BenchResult measure(int n, int threads) {
        Random random = new Random(SEED + n);
        float[] a = randomMatrix(random, n);
        float[] b = randomMatrix(random, n);
        float[] c = new float[n * n];
        int warmupMs = 1000;
        int repeats = n >= 2048 ? 5 : n >= 1024 ? 9 : 15;
        double flops = 2.0 * n * n * n;

        float[] reference = new float[n * n];
        Stopwatch.Paired times;
        try (FloatPointer pa = new FloatPointer(a); FloatPointer pb = new FloatPointer(b);
             FloatPointer pc = new FloatPointer((long) n * n)) {
            times = Stopwatch.pairedMs(
                    () -> Gemm.sgemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n),
                    () -> openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans,
                            n, n, n, 1f, pa, n, pb, n, 0f, pc, n),
                    warmupMs, repeats);
            pc.get(reference);
        }
        checkAgreement(n, c, reference);
        return BenchResult.of("gemm", "n=" + n, threads, times.firstMs(), flops)
                .withReference("openblas", times.secondMs(), flops);
    }

    /** Fails unless {@code max |engine - openblas| / max |openblas|} is within {@link #TOLERANCE}. */
    private static void checkAgreement(int n, float[] engine, float[] reference) {
        double maxDiff = 0;
        double maxRef = 0;
        for (int i = 0; i < engine.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(engine[i] - reference[i]));
            maxRef = Math.max(maxRef, Math.abs(reference[i]));
        }
        double relative = maxDiff / maxRef;
        if (!(relative <= TOLERANCE)) {
            throw new IllegalStateException("gemm n=" + n + ": engine and OpenBLAS disagree, max relative error "
                    + relative + " > " + TOLERANCE);
        }
    }

    private static float[] randomMatrix(Random random, int n) {
        float[] x = new float[n * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat() * 2 - 1;
        }
        return x;
    }
}
