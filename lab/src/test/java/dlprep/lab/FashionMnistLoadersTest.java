package dlprep.lab;

import dlprep.engine.data.Batch;
import dlprep.engine.data.Resize;
import dlprep.engine.data.TensorDataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class FashionMnistLoadersTest {

    @Test
    void resizesEachBatchAsItIsServedAndKeepsTheDataSetAt28x28() throws Exception {
        FashionMnistLoaders data = FashionMnistLoaders.of(new Params(1, 0.1, 4, 0, 8), 64);
        TensorDataset train = (TensorDataset) data.train().dataset();
        assertArrayEquals(new int[] {8, 1, 28, 28}, train.features().shape());
        int first = data.train().order(0)[0];
        try (var batches = data.train().iterator()) {
            Batch b = batches.next();
            assertArrayEquals(new int[] {4, 1, 64, 64}, b.x().shape());
            float[] expected = new Resize(64, 64).apply(train.features().select(0, first)).floatData();
            assertArrayEquals(expected, b.x().select(0, 0).floatData());
        }
        try (var batches = data.test().iterator()) {
            assertArrayEquals(new int[] {4, 1, 64, 64}, batches.next().x().shape());
        }
    }
}
