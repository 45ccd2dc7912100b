package dlprep.lab.ch2;

import dlprep.engine.tensor.Generator;
import dlprep.engine.tensor.Tensor;
import dlprep.models.LeNet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightInitTest {

    @Test
    void xavierRedrawsWeightsWithinItsBoundAndKeepsBiases() {
        Generator.manualSeed(0);
        LeNet net = LeNet.sigmoidAvgPool();
        float[] bias = net.getParameter("layers.7.bias").toArray();
        WeightInit.xavier(net);
        // Linear(400, 120): PyTorch's default bound is 1/sqrt(400) = 0.05, Xavier's sqrt(6 / (400 + 120)) = 0.1074.
        double max = maxAbs(net.getParameter("layers.7.weight"));
        assertTrue(max > 0.1 && max <= Math.sqrt(6.0 / 520), "max |w| " + max);
        assertArrayEquals(bias, net.getParameter("layers.7.bias").toArray());
        // Conv2d(6, 16, 5): fan in 6*25 = 150, fan out 16*25 = 400; default bound 1/sqrt(150) = 0.082, Xavier's 0.1044.
        double conv = maxAbs(net.getParameter("layers.3.weight"));
        assertTrue(conv > 0.09 && conv <= Math.sqrt(6.0 / 550), "max |w| " + conv);
    }

    @Test
    void heRedrawsWeightsWithinItsFanInBoundButKeepsBiasesAndTheOutputLayer() {
        Generator.manualSeed(0);
        LeNet net = LeNet.reluMaxPool();
        float[] bias = net.getParameter("layers.0.bias").toArray();
        float[] output = net.getParameter("layers.11.weight").toArray();
        WeightInit.he(net);
        assertArrayEquals(output, net.getParameter("layers.11.weight").toArray());
        // Conv2d(1, 6, 5): fan in 25, He's bound sqrt(6 / 25) = 0.49 (PyTorch's default 1/sqrt(25) = 0.2, Xavier's
        // sqrt(6 / (25 + 150)) = 0.185); 150 draws reach past 0.45 unless the bound is wrong.
        double conv = maxAbs(net.getParameter("layers.0.weight"));
        assertTrue(conv > 0.45 && conv <= Math.sqrt(6.0 / 25), "max |w| " + conv);
        assertArrayEquals(bias, net.getParameter("layers.0.bias").toArray());
        // Linear(400, 120): sqrt(6 / 400) = 0.1225, against Xavier's 0.1074 above.
        double linear = maxAbs(net.getParameter("layers.7.weight"));
        assertTrue(linear > 0.11 && linear <= Math.sqrt(6.0 / 400), "max |w| " + linear);
    }

    private static double maxAbs(Tensor t) {
        double max = 0;
        for (float v : t.toArray()) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
