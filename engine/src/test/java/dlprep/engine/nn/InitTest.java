package dlprep.engine.nn;

import dlprep.engine.nn.Init.FanMode;
import dlprep.engine.nn.Init.Fans;
import dlprep.engine.nn.Init.Nonlinearity;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The initialisers against their formulas (torch.nn.init documentation): bounds hold exactly, and the
 * empirical standard deviation of a 256 x 1024 tensor is within 2% of the formula's (with 262144 samples
 * the sampling error of a standard deviation is about 0.14%).
 */
class InitTest {

    private static final int OUT = 256;
    private static final int IN = 1024;

    private static Tensor large() {
        return Tensor.zeros(OUT, IN);
    }

    private static double mean(Tensor t) {
        double sum = 0;
        for (double v : t.toDoubleArray()) {
            sum += v;
        }
        return sum / t.numel();
    }

    /** The population standard deviation of the values. */
    private static double std(Tensor t) {
        double m = mean(t);
        double sum = 0;
        for (double v : t.toDoubleArray()) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / t.numel());
    }

    private static double maxAbs(Tensor t) {
        double max = 0;
        for (double v : t.toDoubleArray()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static void assertWithin2Percent(double expected, double actual, String what) {
        assertEquals(expected, actual, 0.02 * expected, what);
    }

    /** Every value within [-bound, bound] (compared in float32, where the values live) and the edge reached. */
    private static void assertUniformBound(double bound, Tensor t) {
        assertTrue(maxAbs(t) <= (float) bound, "max |w| = " + maxAbs(t) + " exceeds the bound " + bound);
        assertTrue(maxAbs(t) > 0.99 * bound, "the samples should reach close to the bound " + bound);
        assertWithin2Percent(bound / Math.sqrt(3), std(t), "std of U(-b, b) is b / sqrt(3)");
    }

    @Test
    void gainsAreThoseOfThePyTorchTable() {
        // torch.nn.init.calculate_gain: linear/conv/sigmoid 1, tanh 5/3, relu sqrt(2),
        // leaky_relu sqrt(2 / (1 + negative_slope^2)), selu 3/4.
        assertEquals(1.0, Init.calculateGain(Nonlinearity.LINEAR));
        assertEquals(1.0, Init.calculateGain(Nonlinearity.SIGMOID));
        assertEquals(5.0 / 3, Init.calculateGain(Nonlinearity.TANH), 1e-15);
        assertEquals(Math.sqrt(2), Init.calculateGain(Nonlinearity.RELU), 1e-15);
        assertEquals(Math.sqrt(2 / 1.04), Init.calculateGain(Nonlinearity.LEAKY_RELU, 0.2), 1e-15);
        assertEquals(Math.sqrt(2 / 1.0001), Init.calculateGain(Nonlinearity.LEAKY_RELU), 1e-15, "default slope 0.01");
        assertEquals(0.75, Init.calculateGain(Nonlinearity.SELU));
    }

    @Test
    void fansOfLinearAndConvolutionWeights() {
        assertEquals(new Fans(784, 256), Init.calculateFanInAndFanOut(Tensor.zeros(256, 784)), "Linear [out, in]");
        // Conv2d(8, 16, kernel (3, 5), groups=2): weight [16, 4, 3, 5], receptive field 15.
        assertEquals(new Fans(4 * 15, 16 * 15), Init.calculateFanInAndFanOut(Tensor.zeros(16, 4, 3, 5)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Init.calculateFanInAndFanOut(Tensor.zeros(5)));
        assertTrue(e.getMessage().contains("at least 2 dimensions, got [5]"), e.getMessage());
    }

    @Test
    void kaimingUniformBoundIsGainTimesSqrtThreeOverFan() {
        assertUniformBound(Math.sqrt(2) * Math.sqrt(3.0 / IN),
                Init.kaimingUniform(large(), 0, FanMode.FAN_IN, Nonlinearity.RELU));
        assertUniformBound(Math.sqrt(2) * Math.sqrt(3.0 / OUT),
                Init.kaimingUniform(large(), 0, FanMode.FAN_OUT, Nonlinearity.RELU));
        assertUniformBound(Math.sqrt(2 / 1.25) * Math.sqrt(3.0 / IN),
                Init.kaimingUniform(large(), 0.5, FanMode.FAN_IN, Nonlinearity.LEAKY_RELU));
    }

    @Test
    void kaimingNormalStdIsGainOverSqrtFan() {
        Tensor he = Init.kaimingNormal(large(), 0, FanMode.FAN_IN, Nonlinearity.RELU);
        assertWithin2Percent(Math.sqrt(2.0 / IN), std(he), "He et al.: std = sqrt(2 / fan_in)");
        assertWithin2Percent(5.0 / 3 / Math.sqrt(OUT),
                std(Init.kaimingNormal(large(), 0, FanMode.FAN_OUT, Nonlinearity.TANH)), "tanh, fan_out");
    }

    @Test
    void xavierBoundAndStdUseBothFans() {
        assertUniformBound(1.5 * Math.sqrt(6.0 / (IN + OUT)), Init.xavierUniform(large(), 1.5));
        assertWithin2Percent(Math.sqrt(2.0 / (IN + OUT)), std(Init.xavierNormal(large(), 1.0)),
                "Glorot and Bengio: std = sqrt(2 / (fan_in + fan_out))");
    }

    @Test
    void uniformAndNormalHaveTheirMoments() {
        Tensor u = Init.uniform(large(), -1, 3);
        assertEquals(1.0, mean(u), 0.01);
        assertWithin2Percent(4 / Math.sqrt(12), std(u), "std of U(a, b) is (b - a) / sqrt(12)");
        assertTrue(maxAbs(u.sub(1.0)) <= 2, "U(-1, 3) stays within 2 of its centre 1");
        Tensor n = Init.normal(large(), 2, 0.5);
        assertEquals(2.0, mean(n), 0.01);
        assertWithin2Percent(0.5, std(n), "std of N(2, 0.25)");
    }

    @Test
    void constantsFillInPlaceAndReturnTheTensor() {
        Tensor t = Tensor.zeros(2, 3);
        assertSame(t, Init.constant(t, 0.5));
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f}, t.toArray());
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1}, Init.ones(t).toArray());
        assertArrayEquals(new float[6], Init.zeros(t).toArray());
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        Tensor a = Init.kaimingNormal(Tensor.zeros(4, 5), 0, FanMode.FAN_IN, Nonlinearity.RELU, new Generator(3));
        Tensor b = Init.kaimingNormal(Tensor.zeros(4, 5), 0, FanMode.FAN_IN, Nonlinearity.RELU, new Generator(3));
        assertArrayEquals(a.toArray(), b.toArray());
        Generator.manualSeed(9);
        Tensor c = Init.xavierUniform(Tensor.zeros(4, 5), 1);
        Generator.manualSeed(9);
        assertArrayEquals(c.toArray(), Init.xavierUniform(Tensor.zeros(4, 5), 1).toArray());
    }

    @Test
    void linearAndConvolutionDefaultsAreUniformOverOneOverSqrtFanIn() {
        // PyTorch's reset_parameters: kaiming_uniform(a = sqrt(5)) gives bound sqrt(6 / (1 + 5)) * sqrt(3 / fan_in)
        // = 1 / sqrt(fan_in), and the bias has the same bound.
        Linear linear = new Linear(784, 256);
        assertUniformBound(1.0 / 28, linear.weight());
        assertTrue(maxAbs(linear.bias()) <= (float) (1.0 / 28));
        Conv2d conv = new Conv2d(8, 64, 3, 1, 1, 1, 2, true); // fan_in = 8/2 * 3 * 3 = 36
        assertArrayEquals(new int[] {64, 4, 3, 3}, conv.weight().shape());
        assertUniformBound(1.0 / 6, conv.weight());
        assertTrue(maxAbs(conv.bias()) <= (float) (1.0 / 6));
        // ConvTranspose2d(64, 8, 3, groups=2): weight [64, 4, 3, 3], so again fan_in = 4 * 3 * 3 = 36.
        ConvTranspose2d up = new ConvTranspose2d(64, 8, 3, 1, 0, 0, 2, true, 1);
        assertArrayEquals(new int[] {64, 4, 3, 3}, up.weight().shape());
        assertUniformBound(1.0 / 6, up.weight());
    }

    @Test
    void otherLayersStartFromPyTorchsDefaults() {
        BatchNorm2d bn = new BatchNorm2d(3);
        assertArrayEquals(new float[] {1, 1, 1}, bn.weight().toArray());
        assertArrayEquals(new float[] {0, 0, 0}, bn.bias().toArray());
        assertArrayEquals(new float[] {0, 0, 0}, bn.runningMean().toArray());
        assertArrayEquals(new float[] {1, 1, 1}, bn.runningVar().toArray());
        LayerNorm ln = new LayerNorm(2, 3);
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1}, ln.weight().toArray());
        assertArrayEquals(new float[6], ln.bias().toArray());
        GroupNorm gn = new GroupNorm(1, 2);
        assertArrayEquals(new float[] {1, 1}, gn.weight().toArray());
        assertArrayEquals(new float[] {0.25f}, new PReLU().weight().toArray());
        Embedding emb = new Embedding(256, 1024);
        assertWithin2Percent(1.0, std(emb.weight()), "Embedding rows start from N(0, 1)");
    }
}
