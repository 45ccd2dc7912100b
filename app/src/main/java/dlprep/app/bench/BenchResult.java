package dlprep.app.bench;

/**
 * One measured benchmark case. {@code referenceGflops} and {@code ratio} (engine / reference) are set when
 * a reference implementation was timed in the same run on the same data, and are NaN otherwise.
 */
public record BenchResult(String op, String benchCase, int threads, double ms, double gflops,
                          String reference, double referenceMs, double referenceGflops, double ratio) {

    public static BenchResult of(String op, String benchCase, int threads, double ms, double flops) {
        return new BenchResult(op, benchCase, threads, ms, gflops(flops, ms), null, Double.NaN, Double.NaN, Double.NaN);
    }

    public BenchResult withReference(String name, double refMs, double flops) {
        double refGflops = gflops(flops, refMs);
        return new BenchResult(op, benchCase, threads, ms, gflops, name, refMs, refGflops, gflops / refGflops);
    }

    static double gflops(double flops, double ms) {
        return flops / (ms * 1e6);
    }
}
