package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Batch, layer, group and instance normalisation on small inputs whose statistics are worked by hand in
 * the comments; expected outputs are written as (x - mean) / sqrt(var + eps) * weight + bias with those
 * numbers.
 */
class NormLayersTest {

    private static final double EPS = 1e-5;
    private static final double TOL = 1e-5;

    /**
     * [N=2, C=2, H=1, W=2]. Channel 0 holds {1, 3, 5, 7}: mean 4, biased variance (9+1+1+9)/4 = 5, unbiased
     * 20/3. Channel 1 holds {2, 2, 2, 6}: mean 3, biased variance (1+1+1+9)/4 = 3, unbiased 4.
     */
    private static Tensor batch() {
        return Tensor.of(new float[] {1, 3, 2, 2, 5, 7, 2, 6}, 2, 2, 1, 2);
    }

    private static double norm(double x, double mean, double var) {
        return (x - mean) / Math.sqrt(var + EPS);
    }

    private static BatchNorm2d batchNorm2d() {
        BatchNorm2d bn = new BatchNorm2d(2);
        bn.weight().setFlat(0, 2);
        bn.weight().setFlat(1, 0.5);
        bn.bias().setFlat(1, 1);
        return bn;
    }

    @Test
    void batchNorm2dNormalisesEachChannelWithTheBatchStatistics() {
        double[] expected = {
                norm(1, 4, 5) * 2, norm(3, 4, 5) * 2, norm(2, 3, 3) * 0.5 + 1, norm(2, 3, 3) * 0.5 + 1,
                norm(5, 4, 5) * 2, norm(7, 4, 5) * 2, norm(2, 3, 3) * 0.5 + 1, norm(6, 3, 3) * 0.5 + 1};
        assertArrayEquals(expected, batchNorm2d().forward(batch()).toDoubleArray(), TOL);
    }

    @Test
    void runningStatisticsFollowTheMomentumUpdateWithUnbiasedVariance() {
        BatchNorm2d bn = batchNorm2d();
        bn.forward(batch());
        // running = 0.9 * running + 0.1 * batch, from mean 0 and variance 1:
        // mean (0.4, 0.3); variance (0.9 + 0.1 * 20/3, 0.9 + 0.1 * 4) = (1.5666667, 1.3)
        assertArrayEquals(new double[] {0.4, 0.3}, bn.runningMean().toDoubleArray(), TOL);
        assertArrayEquals(new double[] {0.9 + 2.0 / 3, 1.3}, bn.runningVar().toDoubleArray(), TOL);
        // The second batch is 2x: means (8, 6), unbiased variances (80/3, 16).
        bn.forward(batch().mul(2.0));
        double[] mean = {0.9 * 0.4 + 0.8, 0.9 * 0.3 + 0.6};
        double[] var = {0.9 * (0.9 + 2.0 / 3) + 8.0 / 3, 0.9 * 1.3 + 1.6};
        assertArrayEquals(mean, bn.runningMean().toDoubleArray(), TOL);
        assertArrayEquals(var, bn.runningVar().toDoubleArray(), TOL);
        assertFalse(bn.runningMean().requiresGrad(), "running statistics are buffers, outside the graph");

        // Evaluation normalises with the running statistics and leaves them alone.
        bn.eval();
        double[] y = bn.forward(batch()).toDoubleArray();
        assertArrayEquals(new double[] {norm(1, mean[0], var[0]) * 2, norm(3, mean[0], var[0]) * 2,
                norm(2, mean[1], var[1]) * 0.5 + 1}, Arrays.copyOf(y, 3), TOL);
        assertArrayEquals(mean, bn.runningMean().toDoubleArray(), TOL);
    }

    @Test
    void trainingAndEvaluationOutputsDiffer() {
        BatchNorm2d bn = batchNorm2d();
        double[] training = bn.forward(batch()).toDoubleArray();
        bn.eval();
        double[] evaluation = bn.forward(batch()).toDoubleArray();
        assertFalse(Arrays.equals(training, evaluation));
    }

    @Test
    void batchNorm1dTakesStatisticsOverBatchAndLength() {
        // [N=2, C=1, L=2] holding channel 0 of the batch above: mean 4, biased variance 5.
        Tensor x = Tensor.of(new float[] {1, 3, 5, 7}, 2, 1, 2);
        assertArrayEquals(new double[] {norm(1, 4, 5), norm(3, 4, 5), norm(5, 4, 5), norm(7, 4, 5)},
                new BatchNorm1d(1).forward(x).toDoubleArray(), TOL);
        // [N=4, C=1] features: the same four values.
        assertArrayEquals(new double[] {norm(1, 4, 5), norm(3, 4, 5), norm(5, 4, 5), norm(7, 4, 5)},
                new BatchNorm1d(1).forward(x.reshape(4, 1)).toDoubleArray(), TOL);
    }

    @Test
    void layerNormNormalisesEachSampleOverItsLastDimensions() {
        // [1, 2, 3, 4]: mean 2.5, biased variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25, so about
        // (-1.3416, -0.4472, 0.4472, 1.3416), the example every LayerNorm tutorial prints.
        double[] expected = {norm(1, 2.5, 1.25), norm(2, 2.5, 1.25), norm(3, 2.5, 1.25), norm(4, 2.5, 1.25)};
        Tensor x = Tensor.of(new float[][] {{1, 2, 3, 4}, {4, 3, 2, 1}});
        double[] y = new LayerNorm(4).forward(x).toDoubleArray();
        assertArrayEquals(expected, Arrays.copyOf(y, 4), TOL);
        assertArrayEquals(new double[] {expected[3], expected[2], expected[1], expected[0]},
                Arrays.copyOfRange(y, 4, 8), TOL, "each row on its own");
        LayerNorm square = new LayerNorm(2, 2);
        square.eval();
        assertArrayEquals(expected, square.forward(x.reshape(2, 2, 2)).slice(0, 0, 1).toDoubleArray(), TOL,
                "over the last two dimensions, the same in evaluation");
    }

    @Test
    void groupNormNormalisesGroupsOfChannelsPerSample() {
        // [N=1, C=4, L=2] with channels (1, 2), (3, 4), (0, 0), (0, 8) and two groups.
        // Group 0 = {1, 2, 3, 4}: mean 2.5, variance 1.25. Group 1 = {0, 0, 0, 8}: mean 2, variance 12.
        GroupNorm gn = new GroupNorm(2, 4);
        gn.weight().setFlat(3, 3);
        gn.bias().setFlat(3, -1);
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 0, 0, 0, 8}, 1, 4, 2);
        double[] expected = {norm(1, 2.5, 1.25), norm(2, 2.5, 1.25), norm(3, 2.5, 1.25), norm(4, 2.5, 1.25),
                norm(0, 2, 12), norm(0, 2, 12), norm(0, 2, 12) * 3 - 1, norm(8, 2, 12) * 3 - 1};
        assertArrayEquals(expected, gn.forward(x).toDoubleArray(), TOL, "a batch of one is fine");
    }

    @Test
    void instanceNormUsesEachSamplesOwnStatisticsInTrainingAndEvaluation() {
        // Sample 0, channel 0 = {1, 3}: mean 2, variance 1; sample 1 = {5, 7}: mean 6, variance 1.
        Tensor x = Tensor.of(new float[] {1, 3, 5, 7}, 2, 1, 1, 2);
        double[] expected = {norm(1, 2, 1), norm(3, 2, 1), norm(5, 6, 1), norm(7, 6, 1)};
        InstanceNorm2d in = new InstanceNorm2d(1);
        assertArrayEquals(expected, in.forward(x).toDoubleArray(), TOL);
        in.eval();
        assertArrayEquals(expected, in.forward(x).toDoubleArray(), TOL, "no running statistics: same in evaluation");
        assertNull(in.weight(), "no affine parameters by default");
        assertTrue(in.parameters().isEmpty() && in.stateDict().isEmpty());
    }

    @Test
    void instanceNormRunningStatisticsAverageTheSamples() {
        // As PyTorch: running = 0.9 * running + 0.1 * (average over samples of each sample's statistic),
        // the variance unbiased (n = 2 values: 2 for both samples). Mean 0.1 * 4 = 0.4, var 0.9 + 0.1 * 2 = 1.1.
        InstanceNorm2d in = new InstanceNorm2d(1, EPS, 0.1, false, true);
        in.forward(Tensor.of(new float[] {1, 3, 5, 7}, 2, 1, 1, 2));
        assertArrayEquals(new double[] {0.4}, in.runningMean().toDoubleArray(), TOL);
        assertArrayEquals(new double[] {1.1}, in.runningVar().toDoubleArray(), TOL);
    }
}
