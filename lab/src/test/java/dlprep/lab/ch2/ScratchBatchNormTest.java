package dlprep.lab.ch2;

import dlprep.engine.nn.BatchNorm1d;
import dlprep.engine.nn.BatchNorm2d;
import dlprep.engine.nn.Module;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScratchBatchNormTest {

    @Test
    void trainingPathMatchesNnBatchNormInValuesAndGradients() {
        Generator.manualSeed(3);
        Tensor image = Tensor.randn(4, 3, 5, 5).mul(2).add(1);
        assertSameAsLibrary(ScratchBatchNorm.conv(3), new BatchNorm2d(3), image);
        Tensor features = Tensor.randn(6, 7).mul(3).sub(2);
        assertSameAsLibrary(ScratchBatchNorm.fullyConnected(7), new BatchNorm1d(7), features);
    }

    private static void assertSameAsLibrary(Module scratch, Module library, Tensor input) {
        Tensor x1 = input.detach().requiresGrad(true);
        Tensor x2 = input.detach().requiresGrad(true);
        Tensor weights = Tensor.randn(input.shape());
        Tensor y1 = scratch.forward(x1);
        Tensor y2 = library.forward(x2);
        assertArrayEquals(y2.toArray(), y1.toArray(), 1e-5f);
        y1.mul(weights).sum().backward();
        y2.mul(weights).sum().backward();
        assertArrayEquals(x2.grad().toArray(), x1.grad().toArray(), 1e-5f);
    }

    @Test
    void trainingBlendsBatchStatisticsIntoMovingAveragesThatInferenceUses() {
        // One channel, batch values 1, 2, 3, 6: mean 3, biased variance (4 + 1 + 0 + 9) / 4 = 3.5.
        // From zero, momentum 0.9: moving mean 0.1 * 3 = 0.3, moving variance 0.1 * 3.5 = 0.35.
        ScratchBatchNorm bn = ScratchBatchNorm.conv(1);
        bn.forward(Tensor.of(new float[] {1, 2, 3, 6}, 4, 1, 1, 1));
        assertEquals(0.3, bn.getBuffer("moving_mean").item(), 1e-6);
        assertEquals(0.35, bn.getBuffer("moving_var").item(), 1e-6);
        bn.eval();
        // Inference: (x - 0.3) / sqrt(0.35 + 1e-5) with gamma 1, beta 0; for x = 2: 1.7 / 0.591616 = 2.873487.
        double y = bn.forward(Tensor.of(new float[] {2}, 1, 1, 1, 1)).item();
        assertEquals(1.7 / Math.sqrt(0.35 + 1e-5), y, 1e-5);
    }

    @Test
    void wrongChannelCountNamesBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScratchBatchNorm.conv(6).forward(Tensor.zeros(2, 5, 3, 3)));
        assertTrue(e.getMessage().contains("[1, 6, 1, 1]") && e.getMessage().contains("[2, 5, 3, 3]"), e.getMessage());
    }
}
