package dlprep.app.bench;

import dlprep.engine.kernels.Conv2dKernel;
import dlprep.engine.kernels.Conv2dShape;
import dlprep.engine.kernels.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times {@link Conv2dKernel} on four layers that matter in practice: LeNet's two convolutions (many small
 * images), a ResNet 3x3 layer and a 1x1 bottleneck projection (few large images). Each is timed forward
 * alone and forward plus the three backward passes (input, weight, bias gradients), as one training step of
 * the layer runs them. {@code tools/bench_pytorch_conv.py} times the same shapes in PyTorch for comparison.
 *
 * <p>FLOPs count the multiply-adds of the convolution, {@code 2 * N * outC * outH * outW * (inC / groups) * kH * kW}
 * for forward, and three times that for forward + backward (the two gradient GEMMs are as large as the forward one).
 */
public final class ConvBenchmark {

    private static final int WARMUP_MS = 1500;
    private static final int REPEATS = 7;

    /** One benchmarked layer: a name and its shape. */
    private record Case(String name, Conv2dShape shape) {
    }

    private static final List<Case> CASES = List.of(
            new Case("lenet-conv1", Conv2dShape.of(256, 1, 28, 28, 6, 5, 1, 2)),
            new Case("lenet-conv2", Conv2dShape.of(256, 6, 14, 14, 16, 5, 1, 0)),
            new Case("resnet-3x3", Conv2dShape.of(32, 64, 56, 56, 64, 3, 1, 1)),
            new Case("1x1", Conv2dShape.of(32, 256, 56, 56, 64, 1, 1, 0)));

    private ConvBenchmark() {
    }

    /** Runs every case on {@code threads} kernel threads; two results per case (forward, forward + backward). */
    public static List<BenchResult> run(int threads) {
        Parallel.setThreads(threads);
        List<BenchResult> results = new ArrayList<>();
        for (Case c : CASES) {
            results.addAll(run(c, threads));
        }
        return results;
    }

    private static List<BenchResult> run(Case c, int threads) {
        Conv2dShape s = c.shape();
        Random random = new Random(42);
        float[] x = random(random, s.inputSize());
        float[] w = random(random, s.weightSize());
        float[] bias = random(random, s.outChannels());
        float[] dy = random(random, s.outputSize());
        float[] y = new float[s.outputSize()];
        float[] dx = new float[s.inputSize()];
        float[] dw = new float[s.weightSize()];
        float[] db = new float[s.outChannels()];

        Runnable forward = () -> Conv2dKernel.forward(s, x, w, bias, y);
        Runnable forwardBackward = () -> {
            Conv2dKernel.forward(s, x, w, bias, y);
            Conv2dKernel.backwardInput(s, dy, w, dx);
            Conv2dKernel.backwardWeight(s, x, dy, dw);
            Conv2dKernel.backwardBias(s, dy, db);
        };
        double flops = 2.0 * s.batch() * s.outChannels() * s.outHeight() * s.outWidth() * s.patchSize();
        return List.of(
                BenchResult.of("conv2d", c.name() + " fwd", threads,
                        Stopwatch.medianMs(forward, WARMUP_MS, REPEATS), flops),
                BenchResult.of("conv2d", c.name() + " fwd+bwd", threads,
                        Stopwatch.medianMs(forwardBackward, WARMUP_MS, REPEATS), 3 * flops));
    }

    private static float[] random(Random random, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextFloat() * 2 - 1;
        }
        return a;
    }
}
