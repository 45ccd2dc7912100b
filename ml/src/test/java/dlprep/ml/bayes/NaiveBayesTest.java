package dlprep.ml.bayes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NaiveBayesTest {

    // the note's eight mails: features (contains "free", contains "meeting"), label 1 = spam, 0 = ham
    private static final double[][] MAILS = {{1, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 1}, {1, 1}, {0, 0}, {0, 1}};
    private static final int[] SPAM = {1, 1, 1, 0, 0, 0, 0, 0};

    @Test
    void laplaceSmoothedProbabilitiesOfTheNote() {
        BernoulliNaiveBayes nb = new BernoulliNaiveBayes().fit(MAILS, SPAM);
        // ham: free (1 + 1)/(5 + 2) = 2/7, meeting (4 + 1)/7 = 5/7; spam: free (3 + 1)/(3 + 2) = 4/5, meeting 2/5
        assertArrayEquals(new double[][] {{2.0 / 7, 5.0 / 7}, {4.0 / 5, 2.0 / 5}}, nb.featureProbabilities());
        double[][] p = nb.predictProba(new double[][] {{1, 0}, {0, 0}});
        // (free, no meeting): spam 3/8 * 4/5 * 3/5 = 0.18, ham 5/8 * 2/7 * 2/7 = 0.0510 -> 0.18/0.2310 = 0.779
        assertEquals(0.18 / (0.18 + 5.0 / 8 * 4 / 49), p[0][1], 1e-12);
        // (neither): spam 3/8 * 1/5 * 3/5 = 0.045, ham 5/8 * 5/7 * 2/7 = 0.1276 -> 0.261
        assertEquals(0.045 / (0.045 + 5.0 / 8 * 10 / 49), p[1][1], 1e-12);
        assertArrayEquals(new int[] {1, 0}, nb.predict(new double[][] {{1, 0}, {0, 0}}));
    }

    @Test
    void withoutSmoothingAnUnseenFeatureValueRulesTheClassOut() {
        // MLE: P(free = 0 | spam) = 0/3, so a mail without "free" is ham with probability 1
        double[][] p = new BernoulliNaiveBayes(0, 0).fit(MAILS, SPAM).predictProba(new double[][] {{0, 0}});
        assertEquals(0.0, p[0][1]);
        assertEquals(1.0, p[0][0]);
    }

    @Test
    void gaussianNaiveBayesUsesClassMomentsAndScikitLearnsVarianceSmoothing() {
        // class 0: {0, 2}, mean 1, variance 1; class 1: {4, 6, 8}, mean 6, variance 8/3;
        // all rows: variance of {0, 2, 4, 6, 8} = 8, so var_smoothing 0.5 adds 4: variances 5 and 20/3
        double[][] x = {{0}, {2}, {4}, {6}, {8}};
        GaussianNaiveBayes nb = new GaussianNaiveBayes(0.5).fit(x, new int[] {0, 0, 1, 1, 1});
        assertArrayEquals(new double[][] {{1}, {6}}, nb.means());
        assertArrayEquals(new double[] {5, 20.0 / 3}, new double[] {nb.variances()[0][0], nb.variances()[1][0]}, 1e-12);
        // at x = 3: log(2/5) + log N(3; 1, 5) against log(3/5) + log N(3; 6, 20/3);
        // scikit-learn 1.2.1's GaussianNB(var_smoothing=0.5).predict_proba([[3]]) = [0.50334393, 0.49665607]
        double joint0 = Math.log(0.4) - 0.5 * Math.log(2 * Math.PI * 5) - 4 / 10.0;
        double joint1 = Math.log(0.6) - 0.5 * Math.log(2 * Math.PI * 20 / 3) - 9 / (40.0 / 3);
        double p0 = 1 / (1 + Math.exp(joint1 - joint0));
        assertEquals(p0, nb.predictProba(new double[][] {{3}})[0][0], 1e-12);
        assertEquals(0.50334393, p0, 1e-8);
    }

    @Test
    void badInputIsRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new GaussianNaiveBayes().fit(new double[][] {{1}, {2}}, new int[] {0, 0}));
        assertTrue(e.getMessage().contains("every label is 0; a classifier needs at least two classes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new GaussianNaiveBayes().fit(new double[][] {{1}, {2}}, new int[] {0, 2}));
        assertTrue(e.getMessage().contains("class 1 has no training rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new GaussianNaiveBayes().fit(new double[][] {{1}, {Double.NaN}}, new int[] {0, 1}));
        assertTrue(e.getMessage().contains("row 1, feature 0 is NaN"), e.getMessage());
        BernoulliNaiveBayes nb = new BernoulliNaiveBayes().fit(MAILS, SPAM);
        e = assertThrows(IllegalArgumentException.class, () -> nb.predict(new double[][] {{1, 0, 1}}));
        assertTrue(e.getMessage().contains("row 0 has 3 features, expected 2 (as in fit)"), e.getMessage());
        var s = assertThrows(IllegalStateException.class, () -> new GaussianNaiveBayes().predict(MAILS));
        assertTrue(s.getMessage().contains("not fitted; call fit first"), s.getMessage());
    }
}
