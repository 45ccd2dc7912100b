package dlprep.app.bench;

import dlprep.engine.kernels.Parallel;
import dlprep.engine.nn.Module;
import dlprep.engine.nn.loss.CrossEntropyLoss;
import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import dlprep.models.ModelZoo;
import dlprep.models.inspect.ModelSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Times whole training steps of the CNN chapter's networks, as the experiments run them: zero the
 * gradients, forward, cross-entropy, backward, an SGD step with momentum, on one fixed batch of random
 * images (the data loader is not timed). The speed targets are per step: ResNet-18 on 28x28 at batch 64,
 * and LeNet at batch 256 (an epoch of Fashion-MNIST is 235 such steps plus the evaluation of the test set).
 * {@code tools/bench_pytorch_step.py} times the same steps in PyTorch.
 *
 * <p>FLOPs are 6 per multiply-add of the forward pass as {@link ModelSummary} counts them (forward, the
 * input gradient and the weight gradient each one multiply-add per forward one, two FLOPs each).
 */
public final class StepBenchmark {

    private static final int WARMUP_MS = 4000;
    private static final int REPEATS = 15;

    /** One benchmarked network: its zoo name and batch size. */
    private record Case(String model, int batch) {
    }

    private static final List<Case> CASES = List.of(new Case("lenet-modern", 256), new Case("resnet18", 64));

    private StepBenchmark() {
    }

    public static List<BenchResult> run(int threads) {
        return run(threads, WARMUP_MS, REPEATS);
    }

    /** Every case after {@code warmupMs} of warm-up, the median of {@code repeats} timed steps. */
    static List<BenchResult> run(int threads, int warmupMs, int repeats) {
        Parallel.setThreads(threads);
        List<BenchResult> results = new ArrayList<>();
        for (Case c : CASES) {
            results.add(run(c, threads, warmupMs, repeats));
        }
        return results;
    }

    private static BenchResult run(Case c, int threads, int warmupMs, int repeats) {
        Generator.manualSeed(0);
        Module net = ModelZoo.get(c.model()).build();
        int[] input = ModelZoo.get(c.model()).input();
        input[0] = c.batch();
        double flops = 6.0 * ModelSummary.of(net, input).macs();
        net.train();
        Tensor x = Tensor.rand(input);
        Tensor labels = Tensor.randint(0, 10, c.batch());
        SGD sgd = new SGD(net.parameters(), 0.01).momentum(0.9);
        CrossEntropyLoss loss = new CrossEntropyLoss();
        Runnable step = () -> {
            sgd.zeroGrad();
            loss.forward(net.forward(x), labels).backward();
            sgd.step();
        };
        return BenchResult.of("step", c.model() + " batch " + c.batch(), threads,
                Stopwatch.medianMs(step, warmupMs, repeats), flops);
    }
}
