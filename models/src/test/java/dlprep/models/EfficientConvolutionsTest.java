package dlprep.models;

import dlprep.engine.nn.Module;
import dlprep.engine.optim.Adam;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Depthwise-separable and dilated convolutions, and the small networks built from them. */
class EfficientConvolutionsTest {

    @Test
    void depthwiseSeparableConvHasFarFewerParametersThanAFullConvolution() {
        DepthwiseSeparableConv conv = new DepthwiseSeparableConv(32, 64, 2);
        assertArrayEquals(new int[] {2, 64, 4, 4}, conv.forward(Tensor.rand(2, 32, 8, 8)).shape());
        assertTrue(conv.toString().contains("groups=32"), conv.toString());
        // depthwise 32*9 = 288 + BN 64, pointwise 32*64 = 2,048 + BN 128: 2,528, against 32*64*9 = 18,432
        assertEquals(2_528, conv.numParameters());
    }

    @Test
    void mobileNetSmallHasTheHandCountedParameters() {
        // stem 1*32*9 + BN 64 = 352; each block in*9 + 2 in + in*out + 2 out: 2,528 + 9,152 + 18,048 + 34,688
        // + 68,864 + 134,912; linear 512*10 + 10 = 5,130; sum 273,674
        assertEquals(273_674, new MobileNetSmall().numParameters());
    }

    @Test
    void dilatedStackKeepsTheSize() {
        assertArrayEquals(new int[] {2, 8, 28, 28}, new DilatedStack(1, 8, 1, 2, 4).forward(Tensor.rand(2, 1, 28, 28)).shape());
    }

    @Test
    void dilatedStackSeesExactlyItsReceptiveField() {
        // dilations 1, 2, 4: field 1 + 2 * (1 + 2 + 4) = 15, i.e. 7 pixels either side of the centre
        Generator.manualSeed(1);
        DilatedStack stack = new DilatedStack(1, 8, 1, 2, 4);
        stack.eval();
        Tensor x = Tensor.rand(1, 1, 21, 21).requiresGrad(true);
        stack.forward(x).narrow(2, 10, 1).narrow(3, 10, 1).sum().backward();
        Tensor g = x.grad();
        for (int i = 0; i < 21; i++) {
            boolean inside = Math.abs(i - 10) <= 7;
            assertEquals(inside, g.get(0, 0, i, 10) != 0, "row " + i);
            assertEquals(inside, g.get(0, 0, 10, i) != 0, "column " + i);
        }
        assertNotEquals(0.0, g.get(0, 0, 3, 17));
    }

    @Test
    void smallNetworksMapImagesToTenLogitsAndOverfitOneBatch() throws Exception {
        for (Module net : new Module[] {new MobileNetSmall(), new DilatedNet(16)}) {
            Generator.manualSeed(0);
            assertArrayEquals(new int[] {2, 10}, net.forward(Tensor.rand(2, 1, 28, 28)).shape());
            double[] loss = OneBatch.lossBeforeAndAfter(net, new Adam(net.parameters(), 0.01), 20);
            assertTrue(loss[1] < 0.5 * loss[0], net.getClass().getSimpleName() + " " + Arrays.toString(loss));
        }
    }
}
