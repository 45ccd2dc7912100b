package dlprep.models;

import dlprep.engine.optim.SGD;
import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeNetBatchNormTest {

    @Test
    void mapsImagesToTenLogitsInTrainingAndEvaluation() {
        LeNetBatchNorm net = new LeNetBatchNorm();
        assertArrayEquals(new int[] {8, 10}, net.forward(Tensor.rand(8, 1, 28, 28)).shape());
        net.eval(); // running statistics: a single image is fine
        assertArrayEquals(new int[] {1, 10}, net.forward(Tensor.rand(1, 1, 28, 28)).shape());
    }

    @Test
    void hasTheParameterCountOfTheOriginalLayout() {
        // conv 1*6*25 + 6 = 156, BN 2*6 = 12; conv 6*16*25 + 16 = 2,416, BN 2*16 = 32;
        // linear 256*120 + 120 = 30,840, BN 2*120 = 240; linear 120*84 + 84 = 10,164, BN 2*84 = 168;
        // linear 84*10 + 10 = 850; sum 44,878 (the running statistics are buffers, not parameters)
        assertEquals(44_878, new LeNetBatchNorm().numParameters());
    }

    @Test
    void batchNormSitsBetweenEachConvolutionOrHiddenLinearAndItsSigmoid() {
        String layers = new LeNetBatchNorm().toString();
        assertTrue(layers.matches("(?s).*Conv2d.*\n.*BatchNorm2d.*\n.*Sigmoid.*"
                + "\n.*MaxPool2d.*\n.*Conv2d.*\n.*BatchNorm2d.*\n.*Sigmoid.*\n.*MaxPool2d.*\n.*Flatten.*"
                + "\n.*Linear.*\n.*BatchNorm1d.*\n.*Sigmoid.*\n.*Linear.*\n.*BatchNorm1d.*\n.*Sigmoid.*\n.*Linear.*"), layers);
    }

    @Test
    void overfitsOneBatch() throws Exception {
        Generator.manualSeed(0);
        LeNetBatchNorm net = new LeNetBatchNorm();
        double[] loss = OneBatch.lossBeforeAndAfter(net, new SGD(net.parameters(), 1.0), 50);
        assertTrue(loss[1] < 0.5 * loss[0], Arrays.toString(loss));
    }
}
