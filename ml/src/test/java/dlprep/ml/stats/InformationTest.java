package dlprep.ml.stats;

import static dlprep.ml.stats.InformationUnit.BITS;
import static dlprep.ml.stats.InformationUnit.NATS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InformationTest {

    private static final double[] P = {0.5, 0.5};
    private static final double[] Q = {0.25, 0.75};

    @Test
    void klDivergenceByHandAndItsAsymmetry() {
        // KL(P || Q) = 0.5 log(0.5 / 0.25) + 0.5 log(0.5 / 0.75) = 0.5 (log 2 + log 2/3) = 0.1438410 nats
        assertEquals(0.5 * (Math.log(2) + Math.log(2.0 / 3)), Information.klDivergence(P, Q, NATS), 1e-15);
        assertEquals(0.5 * (1 + Math.log(2.0 / 3) / Math.log(2)), Information.klDivergence(P, Q, BITS), 1e-15);
        // KL(Q || P) = 0.25 log 0.5 + 0.75 log 1.5 = 0.1308120 nats: not the same
        assertEquals(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), Information.klDivergence(Q, P, NATS), 1e-15);
        assertEquals(0, Information.klDivergence(Q, Q, NATS), 0);
    }

    @Test
    void crossEntropyIsEntropyPlusKl() {
        // H(P, Q) = -(0.5 log 0.25 + 0.5 log 0.75) = 0.8369882 = H(P) + KL(P || Q) = log 2 + 0.1438410
        assertEquals(-(0.5 * Math.log(0.25) + 0.5 * Math.log(0.75)), Information.crossEntropy(P, Q, NATS), 1e-15);
        assertEquals(Information.entropy(P, NATS) + Information.klDivergence(P, Q, NATS),
                Information.crossEntropy(P, Q, NATS), 1e-15);
        // One-hot label: cross-entropy is -log of the probability given to the true class.
        assertEquals(-Math.log(0.75), Information.crossEntropy(new double[] {0, 1}, Q, NATS), 1e-15);
    }

    @Test
    void impossibleOutcomeMakesKlInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, Information.klDivergence(P, new double[] {1, 0}, NATS));
        assertEquals(Math.log(2), Information.klDivergence(new double[] {1, 0}, P, NATS), 1e-15); // 1 * log(1 / 0.5)
    }

    @Test
    void mutualInformationOfIndependentAndCopiedVariables() {
        assertEquals(0, Information.mutualInformation(new double[][] {{0.25, 0.25}, {0.25, 0.25}}, BITS), 1e-15);
        // Y = X for a fair bit: knowing Y gives the whole bit.
        assertEquals(1, Information.mutualInformation(new double[][] {{0.5, 0}, {0, 0.5}}, BITS), 1e-15);
    }

    @Test
    void mutualInformationIsTheSumOfMarginalEntropiesMinusTheJoint() {
        double[][] joint = {{0.1, 0.2, 0.05}, {0.3, 0.05, 0.3}};
        double[] px = {0.35, 0.65};
        double[] py = {0.4, 0.25, 0.35};
        double[] flat = {0.1, 0.2, 0.05, 0.3, 0.05, 0.3};
        double expected = Information.entropy(px, NATS) + Information.entropy(py, NATS) - Information.entropy(flat, NATS);
        assertEquals(expected, Information.mutualInformation(joint, NATS), 1e-15);
        assertTrue(expected > 0);
    }

    @Test
    void badDistributionsAreNamed() {
        var sum = assertThrows(IllegalArgumentException.class, () -> Information.entropy(new double[] {0.2, 0.2}, NATS));
        assertTrue(sum.getMessage().contains("entropy: the probabilities sum to 0.4"), sum.getMessage());
        var negative = assertThrows(IllegalArgumentException.class,
                () -> Information.klDivergence(P, new double[] {1.5, -0.5}, NATS));
        assertTrue(negative.getMessage().contains("klDivergence (q): probability 1 is -0.5"), negative.getMessage());
        var lengths = assertThrows(IllegalArgumentException.class,
                () -> Information.crossEntropy(P, new double[] {1}, NATS));
        assertTrue(lengths.getMessage().contains("p has 2 outcomes but q has 1"), lengths.getMessage());
    }
}
