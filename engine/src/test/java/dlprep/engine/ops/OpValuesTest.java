package dlprep.engine.ops;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forward values of the ops, with expected numbers worked out by hand (or as NumPy defines them). */
class OpValuesTest {

    private static Tensor m(float[][] rows) {
        return Tensor.of(rows);
    }

    @Test
    void broadcastingFollowsNumPy() {
        Tensor a = Tensor.arange(6).reshape(2, 1, 3);
        Tensor b = Tensor.arange(4).reshape(4, 1).mul(10.0);
        Tensor c = a.add(b);
        assertArrayEquals(new int[] {2, 4, 3}, c.shape());
        assertEquals(35.0, c.get(1, 3, 2)); // a[1,0,2] = 5, b[3,0] = 30
        assertEquals(10.0, c.get(0, 1, 0));
        assertArrayEquals(new float[] {2, 3, 4}, Tensor.arange(3).add(Tensor.scalar(2)).toArray());
    }

    @Test
    void elementwiseMath() {
        Tensor x = Tensor.of(new float[] {-2, 0, 3});
        assertArrayEquals(new float[] {0, 0, 3}, x.relu().toArray());
        assertArrayEquals(new float[] {2, 0, 3}, x.abs().toArray());
        assertArrayEquals(new float[] {-1, 0, 1}, x.sign().toArray());
        assertArrayEquals(new float[] {-1, 0, 1}, x.clamp(-1, 1).toArray());
        assertArrayEquals(new float[] {-0.2f, 0, 3}, x.leakyRelu(0.1).toArray(), 1e-6f);
        assertArrayEquals(new float[] {4, 0, 9}, x.pow(2.0).toArray());
        assertArrayEquals(new float[] {0, 0, 1}, x.gt(0).toArray());
        assertArrayEquals(new float[] {1, 1, 0}, x.le(0).toArray());
        assertArrayEquals(new float[] {0, 1, 0}, x.eq(0).toArray());
        assertEquals(0.5, Tensor.scalar(0).sigmoid().item());
        assertEquals(1.0, Tensor.scalar(1000).sigmoid().item(), "stable for large inputs");
        assertEquals(0.0, Tensor.scalar(-1000).sigmoid().item());
        // GELU(1) = 1 * Phi(1) = 0.8413447 (standard normal CDF at 1)
        assertEquals(0.8413447, Tensor.scalar(1).gelu().item(), 1e-6);
        assertArrayEquals(new float[] {-2, 3}, Tensor.of(new float[] {-2, 3}).maximum(Tensor.scalar(-5)).toArray());
    }

    @Test
    void reductionsOverDimensions() {
        Tensor x = m(new float[][] {{1, 5, 3}, {4, 2, 6}});
        assertEquals(21.0, x.sum().item());
        assertArrayEquals(new float[] {5, 7, 9}, x.sum(0).toArray());
        assertArrayEquals(new int[] {2, 1}, x.sum(1, true).shape());
        assertArrayEquals(new float[] {3, 4}, x.mean(1).toArray());
        var max = x.max(1, false);
        assertArrayEquals(new float[] {5, 6}, max.values().toArray());
        assertArrayEquals(new float[] {1, 2}, max.indices().toArray());
        assertArrayEquals(new float[] {0, 1, 0}, x.argmin(0, false).toArray());
        assertEquals(5.0, x.argmax().item());
        // var([1,5,3]) with Bessel's correction: mean 3, squares 4+4+0 = 8, / 2 = 4
        assertEquals(4.0, x.var(new int[] {1}, true, false).getFlat(0), 1e-6);
        assertEquals(8.0 / 3, x.var(new int[] {1}, false, false).getFlat(0), 1e-6);
        assertEquals(2.0, x.std(new int[] {1}, true, false).getFlat(0), 1e-6);
    }

    @Test
    void softmaxIsStableForLargeLogits() {
        Tensor x = Tensor.of(new float[] {1000, 1001, 1002});
        float[] p = x.softmax(0).toArray();
        // softmax is shift invariant: equal to softmax([0, 1, 2]) = e^i / (1 + e + e^2)
        double z = 1 + Math.E + Math.E * Math.E;
        assertArrayEquals(new float[] {(float) (1 / z), (float) (Math.E / z), (float) (Math.E * Math.E / z)}, p, 1e-6f);
        assertEquals(1000 + Math.log(z), x.logsumexp(0, false).item(), 1e-3);
        assertTrue(Tensor.of(new float[] {-1000, 0}).logSoftmax(0).isFinite());
        Tensor allMinusInf = Tensor.full(Double.NEGATIVE_INFINITY, 2);
        assertEquals(Double.NEGATIVE_INFINITY, allMinusInf.logsumexp(0, false).item());
    }

    @Test
    void matmulValuesAndBatchShapes() {
        Tensor a = m(new float[][] {{1, 2}, {3, 4}});
        Tensor b = m(new float[][] {{5, 6}, {7, 8}});
        assertArrayEquals(new float[] {19, 22, 43, 50}, a.matmul(b).toArray());
        assertArrayEquals(new float[] {17, 39}, a.matmul(Tensor.of(new float[] {5, 6})).toArray());
        assertArrayEquals(new float[] {23, 34}, Tensor.of(new float[] {5, 6}).matmul(a).toArray());
        assertEquals(11.0, Tensor.of(new float[] {1, 2}).matmul(Tensor.of(new float[] {3, 4})).item());
        assertArrayEquals(new int[] {4, 3, 2, 5}, Tensor.randn(4, 1, 2, 7).matmul(Tensor.randn(3, 7, 5)).shape());
        Tensor batched = Tensor.stack(0, a, b).matmul(a);
        assertArrayEquals(new float[] {7, 10, 15, 22, 23, 34, 31, 46}, batched.toArray());
    }

    @Test
    void viewsShareStorageAndMovementsCopy() {
        Tensor x = Tensor.arange(6);
        Tensor v = x.view(2, 3);
        v.setFlat(0, 100);
        assertEquals(100.0, x.getFlat(0), "reshape is a view");
        Tensor t = v.t();
        assertArrayEquals(new int[] {3, 2}, t.shape());
        assertArrayEquals(new float[] {100, 3, 1, 4, 2, 5}, t.toArray());
        assertNotSame(x.floatData(), t.floatData());
        assertArrayEquals(new int[] {2, 3}, Tensor.zeros(2, 1, 3, 1).squeeze().shape());
        assertArrayEquals(new int[] {2, 1, 3}, Tensor.zeros(2, 3).unsqueeze(1).shape());
        assertArrayEquals(new int[] {2, 12}, Tensor.zeros(2, 3, 4).flatten(1, -1).shape());
    }

    @Test
    void slicingAndJoining() {
        Tensor x = Tensor.arange(10);
        assertArrayEquals(new float[] {1, 4, 7}, x.slice(0, 1, 9, 3).toArray());
        assertArrayEquals(new float[] {8, 9}, x.slice(0, -2, 100).toArray());
        assertArrayEquals(new float[] {}, x.slice(0, 5, 2).toArray());
        Tensor y = Tensor.arange(6).reshape(2, 3);
        assertArrayEquals(new float[] {1, 4}, y.select(1, 1).toArray());
        assertArrayEquals(new float[] {0, 1, 2, 0, 3, 4, 5, 3}, Tensor.cat(1, y, y.narrow(1, 0, 1)).toArray());
        assertArrayEquals(new int[] {2, 2, 3}, Tensor.stack(0, y, y).shape());
        List<Tensor> parts = Tensor.arange(5).split(2, 0);
        assertEquals(3, parts.size());
        assertArrayEquals(new float[] {4}, parts.get(2).toArray());
        assertEquals(2, Tensor.arange(6).chunk(4, 0).get(0).numel()); // torch.chunk: ceil(6/4) = 2 per chunk
        Tensor p = Tensor.ones(1, 2).pad(new int[] {1, 0, 0, 1}, 0);
        assertArrayEquals(new float[] {0, 1, 1, 0, 0, 0}, p.toArray());
        assertArrayEquals(new float[] {1, 2, 1, 2}, Tensor.of(new float[] {1, 2}).expand(2, -1).toArray());
    }

    @Test
    void indexing() {
        Tensor x = Tensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new float[] {3, 1, 6, 4}, x.indexSelect(1, Tensor.of(new float[] {2, 0})).toArray());
        Tensor idx = Tensor.of(new float[][] {{2, 0}, {1, 1}});
        assertArrayEquals(new float[] {3, 1, 5, 5}, x.gather(1, idx).toArray());
        Tensor added = Tensor.zeros(2, 3).scatterAdd(1, idx, Tensor.ones(2, 2));
        assertArrayEquals(new float[] {1, 0, 1, 0, 2, 0}, added.toArray());
        assertArrayEquals(new float[] {0, 2, 0, 0, 5, 0}, x.maskedFill(Tensor.of(new float[] {1, 0, 1}), 0).toArray());
        assertArrayEquals(new float[] {0, 0, 1, 1, 0, 0}, Tensor.of(new float[] {2, 0}).oneHot(3).toArray());
        assertArrayEquals(new float[] {1, 20, 3, 40}, Tensor.where(Tensor.of(new float[] {1, 0}),
                Tensor.of(new float[][] {{1, 2}, {3, 4}}), Tensor.of(new float[][] {{10, 20}, {30, 40}})).toArray());
    }

    @Test
    void emptyTensorsFlowThroughElementwiseOps() {
        Tensor e = Tensor.zeros(0, 3);
        assertArrayEquals(new int[] {0, 3}, e.add(Tensor.ones(3)).shape());
        assertEquals(0.0, e.sum().item());
        assertArrayEquals(new int[] {0, 3}, e.relu().shape());
    }
}
