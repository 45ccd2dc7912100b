package dlprep.engine.nn;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Activation layers and dropout: values from their definitions, worked by hand. */
class ActivationLayersTest {

    private static final double TOL = 1e-6;

    private static double[] at(Module layer, double... x) {
        return layer.forward(Tensor.of(x)).toDoubleArray();
    }

    @Test
    void activationsApplyTheirDefinitionWithTheirParameter() {
        assertArrayEquals(new double[] {0, 0, 3}, at(new ReLU(), -2, 0, 3), TOL);
        assertArrayEquals(new double[] {-0.02, 3}, at(new LeakyReLU(), -2, 3), TOL, "default slope 0.01");
        assertArrayEquals(new double[] {-0.4, 3}, at(new LeakyReLU(0.2), -2, 3), TOL);
        // ELU(alpha)(-1) = alpha * (e^-1 - 1) = alpha * -0.6321205588
        assertArrayEquals(new double[] {-0.6321205588 * 2, 3}, at(new ELU(2), -1, 3), TOL);
        // GELU(1) = Phi(1) = 0.8413447461, GELU(-1) = -(1 - Phi(1)) = -0.1586552539
        assertArrayEquals(new double[] {0.8413447461, -0.1586552539}, at(new GELU(), 1, -1), TOL);
        // SiLU(1) = sigmoid(1) = 0.7310585786
        assertArrayEquals(new double[] {0.7310585786, 0}, at(new SiLU(), 1, 0), TOL);
        assertArrayEquals(new double[] {0.7310585786, 0.5}, at(new Sigmoid(), 1, 0), TOL);
        assertArrayEquals(new double[] {0.7615941560, 0}, at(new Tanh(), 1, 0), TOL);
        // Softplus(beta)(0) = ln(2) / beta; above beta * x = 20 it returns x.
        assertArrayEquals(new double[] {Math.log(2) / 2, 30}, at(new Softplus(2), 0, 30), TOL);
    }

    @Test
    void softmaxLayersNormaliseAlongTheirDimension() {
        // softmax(1, 2, 3) = e^i / (e + e^2 + e^3) = (0.0900306, 0.2447285, 0.6652410)
        Tensor x = Tensor.of(new float[][] {{1, 2, 3}, {1, 2, 3}});
        double[] rows = {0.0900306, 0.2447285, 0.6652410, 0.0900306, 0.2447285, 0.6652410};
        assertArrayEquals(rows, new Softmax(1).forward(x).toDoubleArray(), TOL);
        double[] logs = Arrays.stream(rows).map(Math::log).toArray();
        assertArrayEquals(logs, new LogSoftmax(-1).forward(x).toDoubleArray(), 1e-5);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, new Softmax(0).forward(x).toDoubleArray(), TOL);
    }

    @Test
    void preluIsMaxPlusSlopeTimesMin() {
        // PReLU(x) = max(0, x) + a * min(0, x) with a = 0.25 (PyTorch's docs)
        assertArrayEquals(new double[] {-0.5, -0.125, 0, 3}, at(new PReLU(), -2, -0.5, 0, 3), TOL);
        PReLU perChannel = new PReLU(2, 0.25);
        perChannel.weight().setFlat(0, 0.1);
        perChannel.weight().setFlat(1, 0.5);
        // x = [[-1, -1], [2, -4]]: channel 0 has slope 0.1, channel 1 slope 0.5
        Tensor y = perChannel.forward(Tensor.of(new float[][] {{-1, -1}, {2, -4}}));
        assertArrayEquals(new double[] {-0.1, -0.5, 2, -2}, y.toDoubleArray(), TOL);
    }

    @Test
    void preluSlopeGradientIsTheNegativePart() {
        // d/da sum(max(0, x) + a * min(0, x)) = sum(min(0, x)) = -2 - 0.5 = -2.5
        PReLU prelu = new PReLU();
        prelu.forward(Tensor.of(new float[] {-2, -0.5f, 3})).sum().backward();
        assertEquals(-2.5, prelu.weight().grad().item(), TOL);
    }

    @Test
    void flattenKeepsTheBatchDimensionByDefault() {
        assertArrayEquals(new int[] {2, 12}, new Flatten().forward(Tensor.zeros(2, 3, 2, 2)).shape());
        assertArrayEquals(new int[] {6, 2, 2}, new Flatten(0, 1).forward(Tensor.zeros(2, 3, 2, 2)).shape());
    }

    @Test
    void dropoutZeroesAboutPAndScalesTheRestInTraining() {
        Generator.manualSeed(1);
        Tensor x = Tensor.ones(200, 500);
        double[] y = new Dropout(0.3).forward(x).toDoubleArray();
        long zeros = Arrays.stream(y).filter(v -> v == 0).count();
        assertEquals(0.3, zeros / (double) y.length, 0.005, "100000 Bernoulli(0.3) draws: std of the rate 0.0015");
        assertTrue(Arrays.stream(y).allMatch(v -> v == 0 || Math.abs(v - 1 / 0.7) < 1e-6),
                "survivors are scaled by 1 / (1 - p)");
    }

    @Test
    void dropoutMaskRepeatsWithTheSeed() {
        Dropout dropout = new Dropout(0.5);
        Generator.manualSeed(42);
        float[] first = dropout.forward(Tensor.ones(64)).toArray();
        Generator.manualSeed(42);
        assertArrayEquals(first, dropout.forward(Tensor.ones(64)).toArray());
    }

    @Test
    void dropoutIsTheIdentityInEvaluationAndAtTheEdges() {
        Tensor x = Tensor.randn(4, 5);
        Dropout dropout = new Dropout(0.5);
        dropout.eval();
        assertSame(x, dropout.forward(x));
        assertSame(x, new Dropout(0).forward(x));
        assertArrayEquals(new float[20], new Dropout(1).forward(x).toArray(), 0f, "x * 0 (-0.0 for negative x)");
        assertThrows(IllegalArgumentException.class, () -> new Dropout(1.5));
    }
}
