package dlprep.ml.bayes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstimationTest {

    @Test
    void threeHeadsUnderABetaTwoTwoPriorAsInTheNote() {
        // MLE 3/3 = 1; posterior Beta(2 + 3, 2 + 0) = Beta(5, 2); MAP (5 - 1)/(5 + 2 - 2) = 0.8; mean 5/7
        assertEquals(1.0, BetaBernoulli.mle(3, 3));
        BetaBernoulli posterior = new BetaBernoulli(2, 2).posterior(3, 3);
        assertEquals(new BetaBernoulli(5, 2), posterior);
        assertEquals(0.8, posterior.mode(), 1e-15);
        assertEquals(5.0 / 7, posterior.predictiveHeads(), 1e-15);
        // variance 5 * 2/(7^2 * 8) = 10/392
        assertEquals(10.0 / 392, posterior.variance(), 1e-15);
    }

    @Test
    void uniformPriorGivesLaplacesRuleOfSuccessionAndMapEqualToMle() {
        BetaBernoulli posterior = new BetaBernoulli(1, 1).posterior(3, 3);
        assertEquals(4.0 / 5, posterior.predictiveHeads(), 1e-15); // (3 + 1)/(3 + 2)
        assertEquals(BetaBernoulli.mle(3, 3), posterior.mode(), 1e-15); // (1 + 3 - 1)/(1 + 1 + 3 - 2) = 1
        assertEquals(BetaBernoulli.mle(7, 20), new BetaBernoulli(1, 1).posterior(7, 20).mode(), 1e-15);
    }

    @Test
    void theBeliefNarrowsAsTossesArrive() {
        BetaBernoulli prior = new BetaBernoulli(2, 2);
        // the same frequency 0.7 from 10 and from 1000 tosses: variance shrinks about a hundredfold
        double few = prior.posterior(7, 10).variance();   // Beta(9, 5): 45/(196 * 15) = 0.01531
        double many = prior.posterior(700, 1000).variance(); // Beta(702, 302): about 0.7 * 0.3 / 1004 ~ 0.000209
        assertEquals(45.0 / (196 * 15), few, 1e-15);
        assertTrue(many < few / 70, few + " vs " + many);
    }

    @Test
    void gaussianPosteriorAddsPrecisionsAndWeighsTheMeans() {
        // prior N(0, 1), noise variance 1, data 1, 2, 3: precision 1 + 3/1 = 4, variance 1/4,
        // mean (1/4)(0/1 + 3 * 2/1) = 1.5; the MLE is the sample mean 2
        GaussianMean posterior = new GaussianMean(0, 1, 1).posterior(new double[] {1, 2, 3});
        assertEquals(2.0, GaussianMean.mle(new double[] {1, 2, 3}), 1e-15);
        assertEquals(1.5, posterior.map(), 1e-15);
        assertEquals(0.25, posterior.variance(), 1e-15);
        assertEquals(1.25, posterior.predictiveVariance(), 1e-15); // noise 1 + what is left unknown 1/4
    }

    @Test
    void badInputIsRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> BetaBernoulli.mle(0, 0));
        assertTrue(e.getMessage().contains("no tosses yet"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BetaBernoulli(1, 1).posterior(4, 3));
        assertTrue(e.getMessage().contains("4 heads in 3 tosses"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BetaBernoulli(0.5, 0.5).mode());
        assertTrue(e.getMessage().contains("no single mode"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BetaBernoulli(0, 1));
        assertTrue(e.getMessage().contains("alpha = 0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GaussianMean.mle(new double[] {1, Double.NaN}));
        assertTrue(e.getMessage().contains("point 1 is NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new GaussianMean(0, 0, 1));
        assertTrue(e.getMessage().contains("prior N(0.0, 0.0)"), e.getMessage());
    }
}
