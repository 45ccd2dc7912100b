package dlprep.lab.ch1;

import dlprep.engine.data.Batch;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import dlprep.engine.train.ProgressListener;
import dlprep.lab.Experiment;
import dlprep.lab.RunResult;
import dlprep.lab.Runner;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trained linear-regression experiments on d2l's y = 2 x1 - 3.4 x2 + 4.2 + noise(0.01), 1000 examples. */
class LinearRegressionTest {

    @Test
    void scratchVersionRecoversTheTrueWeightsWithTheBookSettings() throws Exception {
        // d2l 3.2 prints errors of about 5e-4 after 3 epochs of batch 10, lr 0.03.
        RunResult r = runWithDefaults(new LinearRegressionScratch());
        assertTrue(r.metrics().get("w_error") < 0.01, r.metrics().toString());
        assertTrue(r.metrics().get("b_error") < 0.01, r.metrics().toString());
        assertEquals(3, r.history().size());
        // squared loss (y_hat - y)^2 / 2 at the optimum is about noise^2 / 2 = 5e-5
        assertEquals(5e-5, r.metrics().get("train_loss"), 3e-5);
    }

    @Test
    void conciseVersionRecoversTheTrueWeightsAndReachesTheNoiseOnFreshData() throws Exception {
        RunResult r = runWithDefaults(new LinearRegressionConcise());
        assertTrue(r.metrics().get("w_error") < 0.01, r.metrics().toString());
        assertTrue(r.metrics().get("b_error") < 0.01, r.metrics().toString());
        // MSELoss on examples it never saw: the noise variance 0.01^2 = 1e-4
        assertEquals(1e-4, r.metrics().get("test_loss"), 3e-5);
    }

    @Test
    void dataIteratorVisitsEveryExampleOncePerEpochInBatches() {
        Generator.manualSeed(3);
        Tensor features = Tensor.arange(7).reshape(7, 1);
        Tensor labels = Tensor.arange(7).mul(10).reshape(7, 1);
        List<Batch> batches = LinearRegressionScratch.dataIter(3, features, labels);
        assertEquals(List.of(3, 3, 1), batches.stream().map(Batch::size).toList());
        float[] seen = new float[7];
        int k = 0;
        for (Batch b : batches) {
            for (int i = 0; i < b.size(); i++) {
                seen[k++] = (float) b.x().get(i, 0);
                assertEquals(10 * b.x().get(i, 0), b.y().get(i, 0)); // rows stay paired
            }
        }
        float[] sorted = seen.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5, 6}, sorted);
        assertTrue(!Arrays.equals(sorted, seen), "shuffled");
    }

    private static RunResult runWithDefaults(Experiment e) throws Exception {
        return Runner.run(e, e.defaults(), ProgressListener.NONE);
    }
}
