package dlprep.ml.stats;

import static dlprep.ml.stats.InformationUnit.BITS;
import static dlprep.ml.stats.InformationUnit.NATS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void bernoulliByHand() {
        Bernoulli fair = new Bernoulli(0.5);
        assertEquals(1, fair.entropy(BITS), 1e-15);
        assertEquals(Math.log(2), fair.entropy(NATS), 1e-15);
        Bernoulli biased = new Bernoulli(0.25);
        assertEquals(0.25, biased.pmf(1));
        assertEquals(Math.log(0.75), biased.logPmf(0), 1e-15);
        assertEquals(0.1875, biased.variance(), 1e-15); // 0.25 * 0.75
        // -(0.25 log2 0.25 + 0.75 log2 0.75) = 0.5 + 0.75 * 0.4150375 = 0.8112781
        assertEquals(0.8112781244591328, biased.entropy(BITS), 1e-15);
        assertEquals(0, new Bernoulli(1).entropy(BITS));
        assertThrows(IllegalArgumentException.class, () -> new Bernoulli(1.5));
    }

    @Test
    void categoricalByHand() {
        Categorical c = new Categorical(0.5, 0.25, 0.25);
        assertEquals(1.5, c.entropy(BITS), 1e-15);          // 0.5 * 1 + 2 * 0.25 * 2
        assertEquals(0.75, c.mean(), 1e-15);                // 0 * 0.5 + 1 * 0.25 + 2 * 0.25
        assertEquals(0.6875, c.variance(), 1e-15);          // E[X^2] - 0.75^2 = 1.25 - 0.5625
        assertEquals(2, new Categorical(0.25, 0.25, 0.25, 0.25).entropy(BITS), 1e-15); // log2 4
        var e = assertThrows(IllegalArgumentException.class, () -> new Categorical(0.5, 0.6));
        assertTrue(e.getMessage().contains("sum to 1.1"), e.getMessage());
    }

    @Test
    void gaussianByHand() {
        Gaussian n = Gaussian.standard();
        assertEquals(1 / Math.sqrt(2 * Math.PI), n.pdf(0), 1e-16);
        // Far in the tail the density underflows but its log is exact: -40^2 / 2 - log sqrt(2 pi) = -800.9189385
        assertEquals(0, n.pdf(40));
        assertEquals(-800 - 0.5 * Math.log(2 * Math.PI), n.logPdf(40), 1e-12);
        assertEquals(0.5 * Math.log(2 * Math.PI * Math.E), n.entropy(NATS), 1e-15); // 1.4189385
        assertEquals(4, new Gaussian(1, 2).variance());
        // KL(N(0, 1) || N(1, 2^2)) = log 2 + (1 + 1) / 8 - 1/2 = 0.4431472
        assertEquals(Math.log(2) - 0.25, n.klDivergence(new Gaussian(1, 2), NATS), 1e-15);
        assertEquals(0, n.klDivergence(n, NATS), 0);
    }

    @Test
    void gaussianDensityIntegratesToOne() {
        Gaussian g = new Gaussian(1.5, 0.7);
        double sum = 0;
        double h = 1e-3;
        for (double x = -10; x < 10; x += h) {
            sum += g.pdf(x + h / 2) * h; // midpoint rule
        }
        assertEquals(1, sum, 1e-9);
    }
}
