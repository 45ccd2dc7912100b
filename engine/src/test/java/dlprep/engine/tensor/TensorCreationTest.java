package dlprep.engine.tensor;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TensorCreationTest {

    @Test
    void constantsHaveTheirShapeAndValue() {
        assertArrayEquals(new float[6], Tensor.zeros(2, 3).toArray());
        assertArrayEquals(new float[] {1, 1}, Tensor.ones(2).toArray());
        assertArrayEquals(new float[] {7, 7, 7}, Tensor.full(7, 3).toArray());
        assertArrayEquals(new int[] {2, 3}, Tensor.zeros(2, 3).shape());
        assertEquals(DType.FLOAT64, Tensor.zeros(DType.FLOAT64, 2).dtype());
        assertEquals(0, Tensor.scalar(5).dim());
        assertEquals(5.0, Tensor.scalar(5).item());
    }

    @Test
    void rangesFollowNumPy() {
        assertArrayEquals(new float[] {0, 1, 2, 3}, Tensor.arange(4).toArray());
        assertArrayEquals(new float[] {1, 1.5f, 2, 2.5f}, Tensor.arange(1, 3, 0.5).toArray());
        assertArrayEquals(new float[] {3, 2}, Tensor.arange(3, 1, -1).toArray());
        assertArrayEquals(new float[] {0, 0.25f, 0.5f, 0.75f, 1}, Tensor.linspace(0, 1, 5).toArray());
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0}, Tensor.eye(2, 3).toArray());
        assertThrows(IllegalArgumentException.class, () -> Tensor.arange(0, 3, -1));
    }

    @Test
    void sameSeedGivesTheSameNumbersBitForBit() {
        Generator.manualSeed(42);
        float[] a = Tensor.randn(100).toArray();
        float[] b = Tensor.rand(10).toArray();
        Generator.manualSeed(42);
        assertArrayEquals(a, Tensor.randn(100).toArray());
        assertArrayEquals(b, Tensor.rand(10).toArray());
    }

    @Test
    void randomSamplesHaveTheirDistribution() {
        Generator g = new Generator(1);
        Tensor n = Tensor.randn(g, 100_000);
        assertEquals(0.0, n.mean().item(), 0.02);
        assertEquals(1.0, n.std().item(), 0.02);
        Tensor u = Tensor.rand(g, 100_000);
        assertTrue(u.min().item() >= 0 && u.max().item() < 1);
        assertEquals(0.5, u.mean().item(), 0.01);
        Tensor k = Tensor.randint(g, 3, 7, 10_000);
        assertEquals(3.0, k.min().item());
        assertEquals(6.0, k.max().item());
    }

    @Test
    void fromArraysAndBack() {
        Tensor t = Tensor.of(new float[][] {{1, 2}, {3, 4}});
        assertArrayEquals(new int[] {2, 2}, t.shape());
        assertEquals(3.0, t.get(1, 0));
        assertEquals(4.0, t.get(-1, -1));
        assertArrayEquals(new double[] {1, 2, 3, 4}, t.toDoubleArray());
        float[] data = {1, 2, 3};
        Tensor copy = Tensor.of(data);
        data[0] = 9;
        assertEquals(1.0, copy.getFlat(0), "of() copies its input");
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new float[] {1, 2, 3}, 2, 2));
        assertThrows(IllegalStateException.class, () -> Tensor.ones(2).item());
    }

    @Test
    void printsLikePyTorch() {
        assertEquals("tensor([[1., 2.],\n        [3., 4.]])", Tensor.of(new float[][] {{1, 2}, {3, 4}}).toString());
        assertEquals("tensor([0.5000, 1.2500])", Tensor.of(new float[] {0.5f, 1.25f}).toString());
        assertEquals("tensor(3.)", Tensor.scalar(3).toString());
        assertEquals("tensor([1.], requires_grad=true)", Tensor.ones(1).requiresGrad(true).toString());
        assertEquals("tensor([2.], grad_fn=<mul>)", Tensor.ones(1).requiresGrad(true).mul(2.0).toString());
        assertEquals("tensor([1.], dtype=float64)", Tensor.ones(DType.FLOAT64, 1).toString());
        assertEquals("tensor([   0.,    1.,    2., ..., 1997., 1998., 1999.])", Tensor.arange(2000).toString());
        assertEquals("tensor([1.0000e-05, 1.0000e+00])", Tensor.of(new float[] {1e-5f, 1f}).toString());
    }
}
