package dlprep.models;

import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DenseNetTest {

    @Test
    void denseBlockAddsGrowthRateChannelsPerConvolution() {
        // d2l 7.7.2: DenseBlock(2, 3, 10) on [4, 3, 8, 8] gives [4, 23, 8, 8]
        DenseBlock block = new DenseBlock(2, 3, 10);
        assertEquals(23, block.outChannels());
        assertArrayEquals(new int[] {4, 23, 8, 8}, block.forward(Tensor.rand(4, 3, 8, 8)).shape());
    }

    @Test
    void denseBlockPassesItsInputThroughUnchanged() {
        Tensor x = Tensor.rand(1, 3, 4, 4);
        Tensor y = new DenseBlock(2, 3, 5).forward(x);
        assertArrayEquals(x.toArray(), y.narrow(1, 0, 3).toArray(), 0f);
    }

    @Test
    void hasTheHandCountedParameters() {
        // stem conv 1*64*9 + 64 = 640, BN 128. Block i: BN 2 * sum(in) + conv sum(in) * 32*9 + 4 * 32, with in
        // from 64, 96, 112, 120: sums 448, 576, 640, 672 -> 130,048, 167,168, 185,728, 195,008. Transitions
        // 192->96, 224->112, 240->120: BN 2 in + in*out + out -> 18,912, 25,648, 29,400. Head BN 496,
        // linear 248*10 + 10 = 2,490. Sum 755,666; the 7x7 stem adds 64*(49 - 9) = 2,560.
        assertEquals(755_666, DenseNet.smallImage().numParameters());
        assertEquals(758_226, DenseNet.imageNet(1, 10).numParameters());
    }

    @Test
    void mapsImagesToTenLogits() {
        assertArrayEquals(new int[] {2, 10}, DenseNet.smallImage().forward(Tensor.rand(2, 1, 28, 28)).shape());
        assertArrayEquals(new int[] {1, 10}, DenseNet.imageNet(1, 10).forward(Tensor.rand(1, 1, 96, 96)).shape());
    }

    @Test
    void overfitsOneBatch() throws Exception {
        Generator.manualSeed(0);
        DenseNet net = DenseNet.smallImage();
        double[] loss = OneBatch.lossBeforeAndAfter(net, new SGD(net.parameters(), 0.1).momentum(0.9), 10);
        assertTrue(loss[1] < 0.5 * loss[0], Arrays.toString(loss));
    }
}
