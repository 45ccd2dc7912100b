package dlprep.engine.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlprep.engine.autograd.Grad;
import dlprep.engine.tensor.DType;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The float32 convolution through autograd, where the forward pass keeps its patch matrices for the weight
 * gradient (ResNet-18's 7x7 stage shape, 64 channels, so the GEMM path is taken): the gradients match the
 * float64 reference path, a second backward pass (the columns were let go) gives the same ones, and
 * without a weight that needs a gradient nothing changes.
 */
class ConvolutionTest {

    private static final int[] ONE = {1, 1};

    @Test
    void gradientsWithKeptColumnsMatchTheFloat64PathAndASecondBackward() {
        Generator g = new Generator(5);
        Tensor x = Tensor.randn(g, 4, 64, 7, 7).requiresGrad(true);
        Tensor w = Tensor.randn(g, 64, 64, 3, 3).mul(0.05).detach().requiresGrad(true);
        Tensor y = Functional.conv2d(x, w, null, ONE, ONE, ONE, 1);
        Tensor loss = y.mul(y).sum();
        loss.backward(Tensor.scalar(1), true);
        float[] dw = w.grad().toArray();
        float[] dx = x.grad().toArray();

        Tensor x64 = x.detach().to(DType.FLOAT64).requiresGrad(true);
        Tensor w64 = w.detach().to(DType.FLOAT64).requiresGrad(true);
        Tensor y64 = Functional.conv2d(x64, w64, null, ONE, ONE, ONE, 1);
        y64.mul(y64).sum().backward();
        assertClose(w64.grad().toDoubleArray(), dw, 1e-4);
        assertClose(x64.grad().toDoubleArray(), dx, 1e-4);

        w.zeroGrad();
        x.zeroGrad();
        loss.backward(Tensor.scalar(1), false);
        assertArrayEquals(dw, w.grad().toArray(), 1e-6f * maxAbs(dw));
        assertArrayEquals(dx, x.grad().toArray());
    }

    @Test
    void withoutGradientsTheOutputIsTheSame() {
        Generator g = new Generator(6);
        Tensor x = Tensor.randn(g, 4, 64, 7, 7);
        Tensor w = Tensor.randn(g, 64, 64, 3, 3).requiresGrad(true);
        float[] recorded = Functional.conv2d(x, w, null, ONE, ONE, ONE, 1).toArray();
        try (Grad off = Grad.disabled()) {
            assertArrayEquals(recorded, Functional.conv2d(x, w, null, ONE, ONE, ONE, 1).toArray());
        }
    }

    private static void assertClose(double[] expected, float[] actual, double relative) {
        assertEquals(expected.length, actual.length);
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], relative * scale, "element " + i);
        }
    }

    private static float maxAbs(float[] a) {
        float m = 0;
        for (float v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
