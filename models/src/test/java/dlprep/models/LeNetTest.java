package dlprep.models;

import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeNetTest {

    @Test
    void mapsImagesToTenLogits() {
        for (LeNet net : new LeNet[] {LeNet.sigmoidAvgPool(), LeNet.reluMaxPool()}) {
            assertArrayEquals(new int[] {1, 10}, net.forward(Tensor.rand(1, 1, 28, 28)).shape());
            assertArrayEquals(new int[] {8, 10}, net.forward(Tensor.rand(8, 1, 28, 28)).shape());
        }
    }

    @Test
    void hasTheParameterCountOfDiveIntoDeepLearning() {
        // conv 1*6*25 + 6 = 156; conv 6*16*25 + 16 = 2,416; linear 400*120 + 120 = 48,120;
        // linear 120*84 + 84 = 10,164; linear 84*10 + 10 = 850; sum 61,706 (pooling and activations learn nothing)
        assertEquals(61_706, LeNet.sigmoidAvgPool().numParameters());
        assertEquals(61_706, LeNet.reluMaxPool().numParameters());
    }

    @Test
    void layersReadInTheOrderOfTheFigure() {
        String sigmoid = LeNet.sigmoidAvgPool().toString();
        assertTrue(sigmoid.contains("Sigmoid") && sigmoid.contains("AvgPool2d") && !sigmoid.contains("ReLU"), sigmoid);
        String relu = LeNet.reluMaxPool().toString();
        assertTrue(relu.contains("ReLU") && relu.contains("MaxPool2d") && !relu.contains("Sigmoid"), relu);
        assertEquals(12, relu.lines().filter(l -> l.matches("\\s+\\(\\d+\\): .*")).count(), relu);
    }

    @Test
    void sigmoidLeNetFirstLearnsOnlyTheClassFrequenciesThenOverfitsOneBatch() throws Exception {
        // The batch's labels come 4, 4, 3, 2, 2, 1 times: predicting these frequencies for every image gives
        // the cross-entropy -sum p ln p = 1.700. Sigmoid LeNet sits on that plateau for hundreds of steps
        // (its saturating layers pass small gradients to the convolutions) before it uses the images.
        Generator.manualSeed(0);
        LeNet net = LeNet.sigmoidAvgPool();
        SGD sgd = new SGD(net.parameters(), 0.9);
        double[] loss = OneBatch.lossBeforeAndAfter(net, sgd, 50);
        assertEquals(1.700, loss[1], 0.05, Arrays.toString(loss));
        double[] later = OneBatch.lossBeforeAndAfter(net, sgd, 550);
        assertTrue(later[1] < 0.5 * loss[0], Arrays.toString(later));
    }

    @Test
    void modernLeNetOverfitsOneBatch() throws Exception {
        Generator.manualSeed(0);
        LeNet net = LeNet.reluMaxPool();
        double[] loss = OneBatch.lossBeforeAndAfter(net, new SGD(net.parameters(), 0.1), 50);
        assertTrue(loss[1] < 0.5 * loss[0], Arrays.toString(loss));
    }
}
