package dlprep.models;

import dlprep.engine.nn.Module;
import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttentionTest {

    private static void assertAllIn01(Tensor t) {
        assertTrue(t.min().item() >= 0 && t.max().item() <= 1, "weights outside [0, 1]: " + t);
    }

    @Test
    void squeezeExcitationScalesEachChannelByOneWeightInZeroOne() {
        Tensor x = Tensor.randn(2, 32, 4, 4);
        SqueezeExcitation se = new SqueezeExcitation(32, 16);
        Tensor w = se.weights(x);
        assertArrayEquals(new int[] {2, 32, 1, 1}, w.shape());
        assertAllIn01(w);
        Tensor y = se.forward(x);
        for (int[] i : new int[][] {{0, 0, 0, 0}, {1, 31, 3, 2}, {1, 7, 2, 1}}) {
            assertEquals(x.get(i) * w.get(i[0], i[1], 0, 0), y.get(i), 1e-6);
        }
        // Linear 32 -> 2: 64 + 2; Linear 2 -> 32: 64 + 32
        assertEquals(162, se.numParameters());
    }

    @Test
    void attentionRejectsAnInputWithOtherChannels() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> new SqueezeExcitation(32, 16).forward(Tensor.rand(1, 16, 4, 4)));
        assertTrue(e.getMessage().contains("[N, 32, H, W]") && e.getMessage().contains("[1, 16, 4, 4]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SqueezeExcitation(8, 16));
    }

    @Test
    void selectiveKernelWeighsItsTwoPathsPerChannelSummingToOne() {
        SelectiveKernel sk = new SelectiveKernel(8, 16, 1);
        Tensor w = sk.weights(Tensor.randn(2, 8, 6, 6));
        assertArrayEquals(new int[] {2, 2, 16}, w.shape());
        assertAllIn01(w);
        Tensor sum = w.sum(1);
        for (int i = 0; i < sum.numel(); i++) {
            assertEquals(1.0, sum.getFlat(i), 1e-6);
        }
        assertArrayEquals(new int[] {2, 16, 3, 3}, new SelectiveKernel(8, 16, 2).forward(Tensor.randn(2, 8, 6, 6)).shape());
    }

    @Test
    void selectiveKernelHasItsHandCountedParameters() {
        // two 3x3 convs 2 * 64*64*9 = 73,728 + their BNs 2 * 128; z = max(64/16, 32) = 32:
        // fuse 64*32 = 2,048 + BN1d 64; select 2 * (32*64 + 64) = 4,224; sum 80,320
        assertEquals(80_320, new SelectiveKernel(64, 64, 1).numParameters());
    }

    @Test
    void cbamWeighsChannelsThenPositionsInZeroOne() {
        Tensor x = Tensor.randn(2, 32, 5, 5);
        Tensor channel = new ChannelAttention(32, 16).weights(x);
        assertArrayEquals(new int[] {2, 32, 1, 1}, channel.shape());
        assertAllIn01(channel);
        Tensor spatial = new SpatialAttention(7).weights(x);
        assertArrayEquals(new int[] {2, 1, 5, 5}, spatial.shape());
        assertAllIn01(spatial);
        assertArrayEquals(x.shape(), new Cbam(32, 16).forward(x).shape());
        // MLP 64*4 + 4 + 4*64 + 64 = 580; spatial 7x7 conv 2*49 + 1 = 99
        assertEquals(679, new Cbam(64, 16).numParameters());
    }

    @Test
    void spatialAttentionSeesOnlyTheChannelMeanAndMax() {
        // Reordering the channels changes neither their mean nor their maximum at any position.
        Tensor x = Tensor.randn(1, 3, 4, 4);
        Tensor reordered = Tensor.cat(1, x.narrow(1, 2, 1), x.narrow(1, 0, 2));
        SpatialAttention attention = new SpatialAttention(3);
        assertArrayEquals(attention.weights(x).toArray(), attention.weights(reordered).toArray(), 1e-6f);
    }

    @Test
    void attentionResNetsAddTheirHandCountedParametersToResNet18() {
        // ResNet-18 (28x28) 11,172,810 (ResNetTest). SE per block c^2/8 + c/16 + c: 580, 2,184, 8,464, 33,312
        // for c = 64 .. 512, twice each: 89,080
        assertEquals(11_172_810 + 89_080, ResNet.seResnet18().numParameters());
        // CBAM: the same MLPs plus a 99-parameter spatial conv in each of 8 blocks
        assertEquals(11_172_810 + 89_080 + 8 * 99, ResNet.cbamResnet18().numParameters());
        // SK replaces conv1 + BN (in*out*9 + 2 out) by in*out*18 + 4 out + 32 out + 64 + 2 (32 out + out):
        // in*out*9 + 100 out + 64 more per block; sum in*out*9 = 4,718,592, sum out = 1,920: 4,911,104
        assertEquals(11_172_810 + 4_911_104, ResNet.skResnet18().numParameters());
    }

    @Test
    void attentionResNetsOverfitOneBatch() throws Exception {
        for (Module net : new Module[] {ResNet.seResnet18(), ResNet.skResnet18(), ResNet.cbamResnet18()}) {
            Generator.manualSeed(0);
            double[] loss = OneBatch.lossBeforeAndAfter(net, new SGD(net.parameters(), 0.05).momentum(0.9), 10);
            assertTrue(loss[1] < 0.5 * loss[0], Arrays.toString(loss));
        }
    }
}
