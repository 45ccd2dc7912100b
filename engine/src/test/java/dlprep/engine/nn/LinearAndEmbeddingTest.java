package dlprep.engine.nn;

import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Linear and Embedding with known weights: y = x W^T + b, and a table lookup. */
class LinearAndEmbeddingTest {

    private static Linear linear() {
        Linear layer = new Linear(2, 3);
        Init.constant(layer.weight(), 0);
        float[] w = {1, 2, 3, 4, 5, 6}; // rows (1, 2), (3, 4), (5, 6): one per output
        for (int i = 0; i < w.length; i++) {
            layer.weight().setFlat(i, w[i]);
        }
        float[] b = {0.5f, -0.5f, 1};
        for (int i = 0; i < b.length; i++) {
            layer.bias().setFlat(i, b[i]);
        }
        return layer;
    }

    @Test
    void linearComputesXTimesWeightTransposedPlusBias() {
        // x = (1, 1): (1 + 2 + 0.5, 3 + 4 - 0.5, 5 + 6 + 1); x = (2, -1): (0.5, 1.5, 5)
        Tensor y = linear().forward(Tensor.of(new float[][] {{1, 1}, {2, -1}}));
        assertArrayEquals(new double[] {3.5, 6.5, 12, 0.5, 1.5, 5}, y.toDoubleArray(), 1e-6);
    }

    @Test
    void linearTreatsLeadingDimensionsAsBatch() {
        Tensor x = Tensor.of(new float[] {1, 1, 2, -1, 1, 1, 2, -1}, 2, 2, 2);
        Tensor y = linear().forward(x);
        assertArrayEquals(new int[] {2, 2, 3}, y.shape());
        assertArrayEquals(new double[] {3.5, 6.5, 12, 0.5, 1.5, 5}, y.reshape(-1).slice(0, 6, 12).toDoubleArray(),
                1e-6);
        assertArrayEquals(new int[] {3}, linear().forward(Tensor.of(new float[] {1, 1})).shape(), "a single vector");
    }

    @Test
    void linearWithoutBiasHasOnlyAWeight() {
        Linear layer = new Linear(4, 2, false);
        assertNull(layer.bias());
        assertEquals(List.of("weight"), List.copyOf(layer.namedParameters().keySet()));
        assertEquals(8, layer.numParameters());
    }

    @Test
    void embeddingLooksUpRowsForIndicesOfAnyShape() {
        Embedding emb = new Embedding(4, 2);
        for (int i = 0; i < 8; i++) {
            emb.weight().setFlat(i, 10 * (i / 2) + i % 2); // row r is (10 r, 10 r + 1)
        }
        Tensor y = emb.forward(Tensor.of(new float[][] {{2, 0}, {3, 2}}));
        assertArrayEquals(new int[] {2, 2, 2}, y.shape(), "index shape [2, 2] plus [embedding_dim]");
        assertArrayEquals(new float[] {20, 21, 0, 1, 30, 31, 20, 21}, y.toArray());
        assertArrayEquals(new float[] {10, 11}, emb.forward(Tensor.scalar(1)).toArray(), "a single index");
        assertArrayEquals(new int[] {2}, emb.forward(Tensor.scalar(1)).shape());
    }

    @Test
    void embeddingGradientAddsUpForRepeatedIndices() {
        Embedding emb = new Embedding(3, 2);
        emb.forward(Tensor.of(new float[] {1, 1, 2})).sum().backward();
        assertArrayEquals(new float[] {0, 0, 2, 2, 1, 1}, emb.weight().grad().toArray());
    }
}
