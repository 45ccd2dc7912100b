package dlprep.lab.ch1;

import dlprep.engine.data.Batch;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Params;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitCompareTest {

    /** Images of uniform noise in [0, 1), the range of Fashion-MNIST pixels, with random labels. */
    private static Batch noiseBatch() {
        return new Batch(Tensor.rand(64, 1, 28, 28), Tensor.randint(0, 10, 64));
    }

    @Test
    void xavierKeepsTheActivationStdOfTheSameOrderAcrossLayers() {
        Generator.manualSeed(1);
        InitCompare.LayerStats s = InitCompare.layerStats(InitCompare.deepMlp(InitCompare.Scheme.XAVIER), noiseBatch());
        double[] std = s.activationStd();
        assertEquals(InitCompare.HIDDEN_LAYERS, std.length);
        for (double v : std) {
            assertTrue(v > 0.1 && v < 1, "every layer: " + java.util.Arrays.toString(std));
        }
        assertTrue(std[std.length - 1] > 0.3 * std[0], java.util.Arrays.toString(std));
        for (double g : s.weightGradNorm()) {
            assertTrue(g > 1e-2, "gradients of order 1 reach every layer: " + java.util.Arrays.toString(s.weightGradNorm()));
        }
    }

    @Test
    void smallNormalInitShrinksTheActivationStdBy016PerLayer() {
        Generator.manualSeed(1);
        InitCompare.LayerStats s = InitCompare.layerStats(InitCompare.deepMlp(InitCompare.Scheme.NAIVE), noiseBatch());
        double[] std = s.activationStd();
        for (int l = 1; l < std.length; l++) {
            // tanh is the identity near 0, so each layer scales the std by 0.01 * sqrt(256) = 0.16
            assertEquals(0.16, std[l] / std[l - 1], 0.04, "layer " + (l + 1));
        }
        assertTrue(std[std.length - 1] < 1e-6 * std[0], java.util.Arrays.toString(std));
        for (double g : s.weightGradNorm()) {
            assertTrue(g < 1e-6, "every layer's gradient vanishes: " + java.util.Arrays.toString(s.weightGradNorm()));
        }
    }

    @Test
    void shortRunLeavesTheNaiveNetworkAtChanceWhileXavierLearns() throws Exception {
        List<TrainingEvent> events = new ArrayList<>();
        RunResult r = Runner.run(new InitCompare(), new Params(3, 0.1, 50, 0, 500), events::add);
        assertEquals(new TrainingEvent.Started(3, 20), events.get(0), "each epoch: 10 steps per network");
        assertEquals(3, r.history().size());
        Map<String, Double> last = r.history().get(2).metrics();
        assertEquals(List.of("naive_train_loss", "naive_train_acc", "naive_test_loss", "naive_test_acc",
                "xavier_train_loss", "xavier_train_acc", "xavier_test_loss", "xavier_test_acc"), List.copyOf(last.keySet()));
        assertEquals(Math.log(10), r.metrics().get("naive_test_loss"), 0.01, "uniform scores: loss ln 10");
        assertTrue(r.metrics().get("xavier_test_loss") < 1.6, r.metrics().toString());
        assertTrue(r.metrics().get("xavier_test_acc") > 0.4, r.metrics().toString());
        assertTrue(r.metrics().get("naive_init_act_std_last") < 1e-6 * r.metrics().get("naive_init_act_std_first"));
        long steps = events.stream().filter(e -> e instanceof TrainingEvent.Step s && s.epoch() == 3).count();
        assertEquals(20, steps);
    }
}
