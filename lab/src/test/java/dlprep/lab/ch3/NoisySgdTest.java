package dlprep.lab.ch3;

import dlprep.lab.Experiments;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoisySgdTest {

    @Test
    void firstStepAddsTheNoiseToTheGradientAndScalesTheRateFromStepTwo() {
        // noise fixed at its mean 0.1 (a draw of 0 from N(0, 1)); gradient at (-5, -2) is (-10, -8)
        // constant: x1 = -5 - 0.1 * (-10 + 0.1) = -4.01, x2 = -2 - 0.1 * (-8 + 0.1) = -1.21
        double[][] c = NoisySgd.path(NoisySgd.Schedule.CONSTANT, 0.1, () -> 0.1);
        assertArrayClose(new double[] {-4.01, -1.21}, c[1]);
        // exponential, counter at 2 on the first step: lr = 0.1 e^-0.2 = 0.0818731, x1 = -5 + 0.0818731 * 9.9 = -4.189457
        double[][] e = NoisySgd.path(NoisySgd.Schedule.EXPONENTIAL, 0.1, () -> 0.1);
        assertEquals(-5 + 0.1 * Math.exp(-0.2) * 9.9, e[1][0], 1e-12);
        assertEquals(-4.189457, e[1][0], 1e-6);
        // polynomial: lr = 0.1 * 1.2^-0.5 = 0.0912871, x1 = -5 + 0.0912871 * 9.9 = -4.096258
        assertEquals(-4.096258, NoisySgd.path(NoisySgd.Schedule.POLYNOMIAL, 0.1, () -> 0.1)[1][0], 1e-6);
        assertEquals(1001, e.length);
    }

    @Test
    void theSameSeedGivesTheSameRunAndTheStatisticsMatchTheNotesExactValues() throws Exception {
        var e = Experiments.get("sgd-noise-decay");
        Map<String, Double> a = e.run(e.defaults(), ev -> { });
        assertEquals(a, e.run(e.defaults(), ev -> { }));
        // notes/03-dl/14-sgd-and-learning-rate.md computes the exact mean and standard deviation of x1 at the end:
        // constant -0.05 / 0.167, exponential about -0.87 / 0.07; 1000 seeds estimate them within a few standard errors
        assertEquals(-0.05, a.get("constant_x1_mean"), 0.02);
        assertEquals(0.167, a.get("constant_x1_std"), 0.02);
        assertEquals(-0.87, a.get("exponential_x1_mean"), 0.02);
        var bad = assertThrows(IllegalArgumentException.class, () -> e.run(e.defaults().with(10, null, null, null, null),
                ev -> { }));
        assertTrue(bad.getMessage().startsWith("--epochs has no meaning for sgd-noise-decay"), bad.getMessage());
    }

    private static void assertArrayClose(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12, "coordinate " + i);
        }
    }
}
