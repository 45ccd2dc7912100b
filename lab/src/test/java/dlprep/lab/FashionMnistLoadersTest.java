package dlprep.lab;

import dlprep.engine.data.Batch;
import dlprep.engine.data.Resize;
import dlprep.engine.data.TensorDataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FashionMnistLoadersTest {

    @Test
    void resizesEachBatchAsItIsServedAndKeepsTheDataSetAt28x28() throws Exception {
        FashionMnistLoaders data = FashionMnistLoaders.of(new Params(1, 0.1, 4, 0, 8), 64, false);
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

    @Test
    void standardizesBothSetsWithTheStatisticsOfTheTrainingImagesUsed() throws Exception {
        Params p = new Params(1, 0.1, 4, 0, 8);
        TensorDataset rawTrain = (TensorDataset) FashionMnistLoaders.of(p).train().dataset();
        TensorDataset rawTest = (TensorDataset) FashionMnistLoaders.of(p).test().dataset();
        FashionMnistLoaders data = FashionMnistLoaders.of(p, FashionMnistLoaders.IMAGE_SIZE, true);
        float[] train = ((TensorDataset) data.train().dataset()).features().toArray();
        float[] test = ((TensorDataset) data.test().dataset()).features().toArray();

        double[] raw = meanAndStd(rawTrain.features().toArray());
        double[] standardized = meanAndStd(train);
        assertEquals(0, standardized[0], 1e-5);
        assertEquals(1, standardized[1], 1e-4);
        // The test images are shifted and scaled by the training images' statistics, not by their own.
        float[] rawTestImages = rawTest.features().toArray();
        for (int i = 0; i < test.length; i += 997) {
            assertEquals((rawTestImages[i] - raw[0]) / raw[1], test[i], 1e-5, "pixel " + i);
        }
    }

    /** Mean and sample standard deviation, in double. */
    private static double[] meanAndStd(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v;
        }
        double mean = sum / x.length;
        double squares = 0;
        for (float v : x) {
            squares += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(squares / (x.length - 1))};
    }
}
